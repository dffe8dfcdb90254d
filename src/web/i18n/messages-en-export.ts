/**
 * English messages for the table downloads (Excel and CSV).
 * @module
 */
import type { exportNb } from './messages-nb-export.ts';

export const exportEn: Record<keyof typeof exportNb, string> = {
  'export.download': 'Download:',
  'export.excel': 'Excel',
  'export.csv': 'CSV',
  'export.hint':
    'Excel gives real numbers with Norwegian number formats and a sheet of sources. CSV opens directly in Norwegian Excel (semicolon and decimal comma).',
  'export.wholeCase': 'The whole case as an Excel workbook',
  'export.wholeCaseHint':
    'Every table of the case, one sheet per table, and a «Sources» sheet with the revision, the date, the sources and the placeholders.',
  'export.wholeCaseHeading': 'The tables as spreadsheets',
  'export.table.baseline': 'the baseline',
  'export.table.profile': 'the cooperation profile',
  'export.table.benchmark': 'the KOSTRA benchmark',
  'export.table.cash-flows': 'the cash flows per municipality and year',
  'export.table.budget-view': 'the budget view',
  'export.table.socio-economic-view': 'the socio-economic view',
  'export.table.cost-sharing': 'the comparison of cost keys and methods',
  'export.table.fairness': 'the fairness check',
  'export.table.people': 'staff and age groups',
  'export.table.departures': 'expected departures',
  'export.table.switchboard': 'the switchboard sizing',
  'export.table.model-matrix': 'the matrix of cooperation models',
  'export.table.model-ranking': 'the ranking of cooperation models',
  'export.table.operations-budget': 'the operating budget per component and municipality',
  'export.table.a-konto': 'the on-account invoice lines',
  'export.table.benefits': 'the benefit plans and measurements',
};
