/**
 * Bokmål messages for where baseline figures come from: the source chooser of a changed figure, own values
 * and figures that differ from what their source states.
 * @module
 */
export const sourcesNb = {
  'field.fteSource': 'Kilde for årsverk',
  'field.headcountSource': 'Kilde for antall personer',
  'field.labourCostSource': 'Kilde for lønnskostnad',
  'field.agesSource': 'Kilde for alder',
  'field.fteSourceText': 'Sted i kilden for årsverk',
  'field.headcountSourceText': 'Sted i kilden for antall personer',
  'field.labourCostSourceText': 'Sted i kilden for lønnskostnad',
  'field.agesSourceText': 'Sted i kilden for alder',
  'edit.sourceLegend.fte': 'Ny kilde for årsverk',
  'edit.sourceLegend.headcount': 'Ny kilde for antall personer',
  'edit.sourceLegend.labourCost': 'Ny kilde for lønnskostnad',
  'edit.sourceLegend.ages': 'Ny kilde for alder',
  'edit.sourceHint':
    'Tallet er endret, så den gamle kilden stemmer ikke lenger. Velg dokumentet det nye tallet står i, eller «Egen verdi».',
  'edit.sourceWas': 'Kilden var: {source}',
  'edit.sourceChoose': 'Velg kilde',
  'edit.sourceOwn': 'Egen verdi',
  'edit.sourceLocatorHint': 'Side, tabell eller avsnitt',
  'edit.sourceNote': 'Merknad til egen verdi (valgfri)',
  'edit.sourceNoteHint': 'Navnet ditt og datoen blir lagret sammen med verdien.',
  'edit.sourceRequired': 'Oppgi ny kilde for tallet eller merk det som egen verdi',
  'edit.locatorRequired': 'Skriv hvor i kilden tallet står, for eksempel side eller tabell.',
  'source.ownValue': 'Egen verdi – lagt inn av {name} {date}',
  'baseline.deviates': '{municipality}, {field}: Avviker fra kilden: kilden oppgir {stated}',
  'baseline.deviatesMark': 'avviker',
} as const satisfies Record<string, string>;

export type SourcesMessages = Record<keyof typeof sourcesNb, string>;
