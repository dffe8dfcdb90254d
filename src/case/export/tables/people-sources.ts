/**
 * What the people tables share: the people view redacted for the reader's role before anything is read from
 * it (groups that may hold fewer than 5 persons, and what would give them back by subtraction, are withheld),
 * the workforce assumptions as placeholders or missing fields, and the notes on `:` and the two bounds.
 * @module
 */
import type { Language } from '../../../i18n/language.ts';
import { isPlaceholder } from '../../schema/provenance.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import { peopleView, type PeopleView } from '../../people/people-view.ts';
import { redactWorkforce } from '../../people/redact-workforce.ts';
import type { WorkforceAssumptions } from '../../schema/people.ts';
import type { ExportContext, ExportSource } from '../export-table.ts';
import { citedSources, say } from './table-helpers.ts';

/** The cell of a figure withheld to protect persons, as SSB writes it. */
export const WITHHELD = ':';

/** The people view as `context.role` may see it: redacted before any row is built. */
export function redactedPeople(document: CaseDocument, context: ExportContext): PeopleView {
  const scenarioId =
    context.scenarioId !== undefined && document.scenarios.some((s) => s.id === context.scenarioId)
      ? context.scenarioId
      : undefined;
  return redactWorkforce(peopleView(document, scenarioId), context.role);
}

const FIELDS = {
  nb: {
    earlyRetirementAge: 'Alder for AFP',
    earlyRetirementShare: 'Andel som går av med AFP ved 62 år',
    ordinaryRetirementAge: 'Vanlig pensjonsalder',
    ordinaryRetirementShare: 'Andel som går av ved vanlig pensjonsalder',
    upperAgeLimit: 'Øvre aldersgrense',
    yearlyTurnover: 'Årlig turnover',
  },
  nn: {
    earlyRetirementAge: 'Alder for AFP',
    earlyRetirementShare: 'Del som går av med AFP ved 62 år',
    ordinaryRetirementAge: 'Vanleg pensjonsalder',
    ordinaryRetirementShare: 'Del som går av ved vanleg pensjonsalder',
    upperAgeLimit: 'Øvre aldersgrense',
    yearlyTurnover: 'Årleg turnover',
  },
  en: {
    earlyRetirementAge: 'AFP age',
    earlyRetirementShare: 'Share retiring with AFP at 62',
    ordinaryRetirementAge: 'Ordinary retirement age',
    ordinaryRetirementShare: 'Share retiring at the ordinary age',
    upperAgeLimit: 'Upper age limit',
    yearlyTurnover: 'Yearly turnover',
  },
} satisfies Record<Language, Record<keyof WorkforceAssumptions, string>>;

const NOTES = {
  nb: {
    missing: 'Forutsetninger som mangler (ikke regnet med)',
    placeholders: 'Bygger på plassholdere (forutsetninger ingen har fastsatt ennå)',
    withheld:
      '«:» betyr at tallet er skjermet: gruppen kan ha færre enn 5 personer, og alder og avgang kan avsløre enkeltpersoner. Der summen for felles enhet minus de andre kommunene ville gitt et skjermet tall, er også flere tall skjermet.',
    bounds:
      'Kildene gir ikke andelene som går av med AFP eller ved vanlig pensjonsalder. I stedet for å gjette viser tabellen to ytterpunkter: lav = ingen går av før øvre aldersgrense, høy = alle går av ved første mulige alder.',
  },
  nn: {
    missing: 'Føresetnader som manglar (ikkje rekna med)',
    placeholders: 'Byggjer på plasshaldarar (føresetnader ingen har fastsett enno)',
    withheld:
      '«:» tyder at talet er skjerma: gruppa kan ha færre enn 5 personar, og alder og avgang kan avsløre einskildpersonar. Der summen for felles eining minus dei andre kommunane ville gitt eit skjerma tal, er også fleire tal skjerma.',
    bounds:
      'Kjeldene gir ikkje delane som går av med AFP eller ved vanleg pensjonsalder. I staden for å gjette viser tabellen to ytterpunkt: låg = ingen går av før øvre aldersgrense, høg = alle går av ved første moglege alder.',
  },
  en: {
    missing: 'Assumptions missing (not counted)',
    placeholders: 'Rests on placeholders (assumptions nobody has set yet)',
    withheld:
      '«:» means the figure is withheld: the group may have fewer than 5 persons, and ages and departures could reveal individuals. Where the joint unit’s total less the other municipalities would give a withheld figure back, further figures are withheld too.',
    bounds:
      'The sources give neither the share retiring with AFP nor the share retiring at the ordinary age. Instead of guessing, the table shows two bounds: low = nobody leaves before the upper age limit, high = everybody leaves at the first possible age.',
  },
} satisfies Record<Language, unknown>;

/** The assumptions' placeholders and the source documents of the baseline rows the tables read. */
export function peopleSources(document: CaseDocument, sheetName: string, language: Language): ExportSource[] {
  const labels = say(language, FIELDS);
  const assumptions = document.people.workforce;
  const placeholders = (Object.keys(labels) as (keyof WorkforceAssumptions)[]).flatMap((key) => {
    const field = assumptions[key];
    if (field.value === null || !isPlaceholder(field.provenance)) return [];
    const { toBeSetBy, note } = field.provenance.placeholder;
    return [
      {
        kind: 'placeholder' as const,
        label: labels[key],
        detail: [toBeSetBy, note].filter((part) => part !== undefined && part !== '').join('. '),
        usedIn: [sheetName],
      },
    ];
  });
  const central = document.baseline.filter((r) => r.scope === 'central');
  return [...placeholders, ...citedSources(document, [assumptions, central], sheetName, language)];
}

/** The notes: placeholders and missing assumptions by name, the two bounds, and what `:` means. */
export function peopleNotes(view: PeopleView, document: CaseDocument, language: Language): string[] {
  const labels = say(language, FIELDS);
  const w = say(language, NOTES);
  const assumptions = document.people.workforce;
  const keys = Object.keys(labels) as (keyof WorkforceAssumptions)[];
  const placeholders = keys.filter(
    (k) => assumptions[k].value !== null && isPlaceholder(assumptions[k].provenance),
  );
  const missing = keys.filter((k) => assumptions[k].value === null);
  return [
    ...(placeholders.length ? [`${w.placeholders}: ${placeholders.map((k) => labels[k]).join('; ')}.`] : []),
    ...(missing.length ? [`${w.missing}: ${missing.map((k) => labels[k]).join('; ')}.`] : []),
    ...(view.workforce.bounded ? [w.bounds] : []),
    ...(view.suppressed.length ? [w.withheld] : []),
  ];
}
