/**
 * Bokmål messages for the table downloads (Excel and CSV).
 * @module
 */
export const exportNb = {
  'export.download': 'Last ned:',
  'export.excel': 'Excel',
  'export.csv': 'CSV',
  'export.hint':
    'Excel gir ekte tall med norske tallformater og et ark med kildene. CSV åpnes direkte i norsk Excel (semikolon og desimalkomma).',
  'export.wholeCase': 'Hele saken som Excel-arbeidsbok',
  'export.wholeCaseHint':
    'Alle tabellene i saken, ett ark per tabell, og et ark «Kilder» med revisjonen, datoen, kildene og plassholderne.',
  'export.wholeCaseHeading': 'Tabellene som regneark',
  'export.table.baseline': 'grunnlaget',
  'export.table.profile': 'samarbeidsprofilen',
  'export.table.benchmark': 'KOSTRA-sammenligningen',
  'export.table.cash-flows': 'kontantstrømmene per kommune og år',
  'export.table.budget-view': 'budsjettvisningen',
  'export.table.socio-economic-view': 'den samfunnsøkonomiske visningen',
  'export.table.cost-sharing': 'sammenligningen av fordelingsnøkler og metoder',
  'export.table.fairness': 'rettferdighetssjekken',
  'export.table.people': 'ansatte og aldersgrupper',
  'export.table.departures': 'forventede avganger',
  'export.table.switchboard': 'dimensjoneringen av sentralbordet',
  'export.table.model-matrix': 'matrisen over samarbeidsmodeller',
  'export.table.model-ranking': 'rangeringen av samarbeidsmodeller',
  'export.table.operations-budget': 'driftsbudsjettet per budsjettdel og kommune',
  'export.table.a-konto': 'a-konto-fakturalinjene',
  'export.table.benefits': 'gevinstplanene og målingene',
} as const;
