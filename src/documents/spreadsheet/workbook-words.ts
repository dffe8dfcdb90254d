/**
 * The words of the workbook itself (the «Kilder» sheet, what `..` means), in bokmål, nynorsk and English.
 * The tables bring their own headers and notes.
 * @module
 */
import type { ExportSource, ExportTableId } from '../../case/export/export-table.ts';
import type { Language } from '../../i18n/language.ts';

export interface WorkbookWords {
  sourcesSheet: string;
  sourcesTitle: (caseTitle: string) => string;
  caseLabel: string;
  revisionLabel: string;
  savedLabel: string;
  exportedLabel: string;
  /** Revision and saved time of a workbook made from a case file, which has neither. */
  fromFile: string;
  placeholderWarning: string;
  noPlaceholders: string;
  missingMeaning: string;
  kindHeader: string;
  labelHeader: string;
  detailHeader: string;
  usedInHeader: string;
  kinds: Record<ExportSource['kind'], string>;
  noSources: string;
  /** Heading of the list of whole-case tables that could not be computed. */
  omittedTitle: string;
  tableNames: Record<ExportTableId, string>;
}

const NB: WorkbookWords = {
  sourcesSheet: 'Kilder',
  sourcesTitle: (caseTitle) => `Kilder, vedtak og plassholdere – ${caseTitle}`,
  caseLabel: 'Sak',
  revisionLabel: 'Revisjon',
  savedLabel: 'Lagret',
  exportedLabel: 'Eksportert',
  fromFile: 'ingen – laget fra en saksfil',
  placeholderWarning:
    'NB: Noen tall bygger på plassholdere – verdier som ikke er fastsatt ennå. De er merket «Plassholder – ikke fastsatt» nedenfor.',
  noPlaceholders: 'Ingen tall bygger på plassholdere.',
  missingMeaning:
    '«..» betyr at kildene ikke gir tallet. «:» betyr at tallet er skjermet av personvernhensyn.',
  kindHeader: 'Type',
  labelHeader: 'Hva',
  detailHeader: 'Detaljer',
  usedInHeader: 'Brukt i ark',
  kinds: {
    source: 'Kilde',
    decision: 'Vedtak',
    placeholder: 'Plassholder – ikke fastsatt',
    'own-value': 'Egen verdi',
    'reference-data': 'Referansedata',
  },
  noSources: 'Tabellene oppgir ingen kilder.',
  omittedTitle: 'Ikke med i arbeidsboken fordi de ikke kan beregnes for denne saken ennå',
  tableNames: {
    baseline: 'Grunnlag',
    profile: 'Samarbeidsprofil',
    benchmark: 'KOSTRA-sammenligning',
    'cash-flows': 'Kontantstrømmer',
    'budget-view': 'Budsjettvirkning',
    'socio-economic-view': 'Samfunnsøkonomisk analyse',
    'cost-sharing': 'Kostnadsdeling',
    fairness: 'Rettferdighetssjekk',
    people: 'Ansatte',
    departures: 'Avganger',
    switchboard: 'Sentralbord',
    'model-matrix': 'Modellmatrise',
    'model-ranking': 'Modellrangering',
    'operations-budget': 'Driftsbudsjett',
    'a-konto': 'A-konto',
    benefits: 'Gevinster',
    settlement: 'Årsoppgjør',
  },
};

const NN: WorkbookWords = {
  sourcesSheet: 'Kjelder',
  sourcesTitle: (caseTitle) => `Kjelder, vedtak og plasshaldarar – ${caseTitle}`,
  caseLabel: 'Sak',
  revisionLabel: 'Revisjon',
  savedLabel: 'Lagra',
  exportedLabel: 'Eksportert',
  fromFile: 'ingen – laga frå ei saksfil',
  placeholderWarning:
    'NB: Nokre tal byggjer på plasshaldarar – verdiar som ikkje er fastsette enno. Dei er merkte «Plasshaldar – ikkje fastsett» nedanfor.',
  noPlaceholders: 'Ingen tal byggjer på plasshaldarar.',
  missingMeaning: '«..» tyder at kjeldene ikkje gir talet. «:» tyder at talet er skjerma av personvernomsyn.',
  kindHeader: 'Type',
  labelHeader: 'Kva',
  detailHeader: 'Detaljar',
  usedInHeader: 'Brukt i ark',
  kinds: {
    source: 'Kjelde',
    decision: 'Vedtak',
    placeholder: 'Plasshaldar – ikkje fastsett',
    'own-value': 'Eigen verdi',
    'reference-data': 'Referansedata',
  },
  noSources: 'Tabellane oppgir ingen kjelder.',
  omittedTitle: 'Ikkje med i arbeidsboka fordi dei ikkje kan reknast ut for denne saka enno',
  tableNames: {
    baseline: 'Grunnlag',
    profile: 'Samarbeidsprofil',
    benchmark: 'KOSTRA-samanlikning',
    'cash-flows': 'Kontantstraumar',
    'budget-view': 'Budsjettverknad',
    'socio-economic-view': 'Samfunnsøkonomisk analyse',
    'cost-sharing': 'Kostnadsdeling',
    fairness: 'Rettferdssjekk',
    people: 'Tilsette',
    departures: 'Avgangar',
    switchboard: 'Sentralbord',
    'model-matrix': 'Modellmatrise',
    'model-ranking': 'Modellrangering',
    'operations-budget': 'Driftsbudsjett',
    'a-konto': 'A-konto',
    benefits: 'Gevinstar',
    settlement: 'Årsoppgjer',
  },
};

const EN: WorkbookWords = {
  sourcesSheet: 'Sources',
  sourcesTitle: (caseTitle) => `Sources, decisions and placeholders – ${caseTitle}`,
  caseLabel: 'Case',
  revisionLabel: 'Revision',
  savedLabel: 'Saved',
  exportedLabel: 'Exported',
  fromFile: 'none – made from a case file',
  placeholderWarning:
    'Note: some figures rest on placeholders – values not yet decided. They are marked «Placeholder – not decided» below.',
  noPlaceholders: 'No figure rests on a placeholder.',
  missingMeaning:
    '«..» means the sources give no figure. «:» means the figure is withheld to protect persons.',
  kindHeader: 'Kind',
  labelHeader: 'What',
  detailHeader: 'Details',
  usedInHeader: 'Used in sheets',
  kinds: {
    source: 'Source',
    decision: 'Decision',
    placeholder: 'Placeholder – not decided',
    'own-value': 'Own value',
    'reference-data': 'Reference data',
  },
  noSources: 'The tables cite no sources.',
  omittedTitle: 'Not in the workbook because they cannot be computed for this case yet',
  tableNames: {
    baseline: 'Baseline',
    profile: 'Cooperation profile',
    benchmark: 'KOSTRA benchmark',
    'cash-flows': 'Cash flows',
    'budget-view': 'Budget effect',
    'socio-economic-view': 'Socio-economic analysis',
    'cost-sharing': 'Cost sharing',
    fairness: 'Fairness check',
    people: 'Staff',
    departures: 'Departures',
    switchboard: 'Switchboard',
    'model-matrix': 'Model matrix',
    'model-ranking': 'Model ranking',
    'operations-budget': 'Operating budget',
    'a-konto': 'On account',
    benefits: 'Benefits',
    settlement: 'Annual settlement',
  },
};

export function workbookWords(language: Language): WorkbookWords {
  return { nb: NB, nn: NN, en: EN }[language];
}
