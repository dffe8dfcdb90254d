/**
 * «Rettferdighetssjekk»: the core check of the cost-sharing page for every allocation in every scope of the
 * scenario: whether it is in the core (no municipality or group pays more than it would alone), how many
 * groups pay too much, the largest overcharge and by whom, and the check in words. Each scope's summary of
 * the core (empty, a single point, or room to choose) is in the notes. From `compareAllocations`.
 * @module
 */
import type { Language } from '../../../i18n/language.ts';
import { localize } from '../../process/localize.ts';
import type { ExportCell, ExportTableBuilder } from '../export-table.ts';
import { comparisonNotes, comparisonSources, scenarioComparisons } from './cost-sharing-comparisons.ts';
import { municipalityName, say } from './table-helpers.ts';

const WORDS = {
  nb: {
    sheet: 'Rettferdighetssjekk',
    title: (scenario: string) =>
      `Kjernesjekk for hver fordeling av den felles enhetens kostnad i «${scenario}»: betaler noen kommune eller gruppe mer enn alene?`,
    scope: 'Område',
    allocation: 'Fordeling',
    inCore: 'I kjernen',
    groups: 'Grupper som betaler mer enn alene (antall)',
    largest: 'Største overbetaling (kr per år)',
    who: 'Gruppen med største overbetaling',
    words: 'Kjernesjekken i ord',
    yes: 'Ja',
    no: 'Nei',
    core: 'Kjernen er de fordelingene der ingen kommune eller gruppe av kommuner betaler mer enn de ville gjort alene; en fordeling utenfor kjernen gir noen en grunn til å gå ut av samarbeidet.',
    incomplete: 'Tabellen mangler kostnad for noen grupper, så kjernen kan ikke sjekkes.',
  },
  nn: {
    sheet: 'Rettferdsjekk',
    title: (scenario: string) =>
      `Kjernesjekk for kvar fordeling av kostnaden til den felles eininga i «${scenario}»: betaler nokon kommune eller gruppe meir enn åleine?`,
    scope: 'Område',
    allocation: 'Fordeling',
    inCore: 'I kjernen',
    groups: 'Grupper som betaler meir enn åleine (tal)',
    largest: 'Største overbetaling (kr per år)',
    who: 'Gruppa med største overbetaling',
    words: 'Kjernesjekken i ord',
    yes: 'Ja',
    no: 'Nei',
    core: 'Kjernen er dei fordelingane der ingen kommune eller gruppe av kommunar betaler meir enn dei ville gjort åleine; ei fordeling utanfor kjernen gir nokon ein grunn til å gå ut av samarbeidet.',
    incomplete: 'Tabellen manglar kostnad for nokre grupper, så kjernen kan ikkje sjekkast.',
  },
  en: {
    sheet: 'Fairness check',
    title: (scenario: string) =>
      `Core check of each allocation of the joint unit's cost in «${scenario}»: does any municipality or group pay more than alone?`,
    scope: 'Area',
    allocation: 'Allocation',
    inCore: 'In the core',
    groups: 'Groups paying more than alone (number)',
    largest: 'Largest overcharge (NOK a year)',
    who: 'Group with the largest overcharge',
    words: 'The core check in words',
    yes: 'Yes',
    no: 'No',
    core: 'The core is the allocations in which no municipality or group of municipalities pays more than it would alone; an allocation outside the core gives someone a reason to leave the cooperation.',
    incomplete: 'The table lacks a cost for some groups, so the core cannot be checked.',
  },
} satisfies Record<Language, unknown>;

export const fairnessTable: ExportTableBuilder = (document, context) => {
  const found = scenarioComparisons(document, context);
  if (!found) return null;
  const { language } = context;
  const w = say(language, WORDS);
  const rows = found.scopes.flatMap((scope): ExportCell[][] => {
    const analysis = scope.view.analysis;
    if (!analysis) return [[scope.name, '', '', null, null, '', w.incomplete]];
    return analysis.allocations.map((row) => [
      scope.name,
      row.label,
      row.core.inCore ? w.yes : w.no,
      row.core.violationCount,
      // In the core nobody is overcharged: the largest overcharge is a true zero, not a missing figure.
      row.core.largest === null ? 0 : Math.round(row.core.largest.excess),
      row.core.largest === null
        ? ''
        : row.core.largest.members.map((m) => municipalityName(document, m)).join(', '),
      row.coreSentences.join(' '),
    ]);
  });
  const summaries = found.scopes.flatMap((s) =>
    s.view.analysis ? [`${s.name}: ${s.view.analysis.coreSummary}`] : [],
  );
  return {
    id: 'fairness',
    sheetName: w.sheet,
    title: w.title(localize(found.scenario.name, language)),
    columns: [
      { header: w.scope, format: 'text' },
      { header: w.allocation, format: 'text' },
      { header: w.inCore, format: 'text' },
      { header: w.groups, format: 'integer' },
      { header: w.largest, format: 'nok' },
      { header: w.who, format: 'text' },
      { header: w.words, format: 'text' },
    ],
    rows,
    notes: [w.core, ...summaries, ...comparisonNotes(document, found, language)],
    sources: comparisonSources(document, found, w.sheet, language),
  };
};
