/**
 * Nynorsk messages for the table downloads (Excel and CSV).
 * @module
 */
import type { exportNb } from './messages-nb-export.ts';

export const exportNn: Record<keyof typeof exportNb, string> = {
  'export.download': 'Last ned:',
  'export.excel': 'Excel',
  'export.csv': 'CSV',
  'export.hint':
    'Excel gir ekte tal med norske talformat og eit ark med kjeldene. CSV blir opna direkte i norsk Excel (semikolon og desimalkomma).',
  'export.wholeCase': 'Heile saka som Excel-arbeidsbok',
  'export.wholeCaseHint':
    'Alle tabellane i saka, eitt ark per tabell, og eit ark «Kjelder» med revisjonen, datoen, kjeldene og plasshaldarane.',
  'export.wholeCaseHeading': 'Tabellane som rekneark',
  'export.table.baseline': 'grunnlaget',
  'export.table.profile': 'samarbeidsprofilen',
  'export.table.benchmark': 'KOSTRA-samanlikninga',
  'export.table.cash-flows': 'kontantstraumane per kommune og år',
  'export.table.budget-view': 'budsjettvisinga',
  'export.table.socio-economic-view': 'den samfunnsøkonomiske visinga',
  'export.table.cost-sharing': 'samanlikninga av fordelingsnøklar og metodar',
  'export.table.fairness': 'rettferdskontrollen',
  'export.table.people': 'tilsette og aldersgrupper',
  'export.table.departures': 'venta avgangar',
  'export.table.switchboard': 'dimensjoneringa av sentralbordet',
  'export.table.model-matrix': 'matrisa over samarbeidsmodellar',
  'export.table.model-ranking': 'rangeringa av samarbeidsmodellar',
  'export.table.operations-budget': 'driftsbudsjettet per budsjettdel og kommune',
  'export.table.a-konto': 'a-konto-fakturalinjene',
  'export.table.benefits': 'gevinstplanane og målingane',
};
