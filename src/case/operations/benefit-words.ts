/**
 * What a benefit's status says, in words, and the one-sentence answer for a unit's benefits («2 av 6 er på
 * sporet …»), in bokmål, nynorsk and English. The API, the CLI and the web page all read these, so the three
 * never say different things about the same plans.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import type { BenefitViewStatus } from './benefit-view.ts';

/** A plan's status in the summary: the view's, or `invalid` when the plan cannot be judged (a field is wrong). */
export type BenefitSummaryStatus = BenefitViewStatus | 'invalid';

/** The summary's order: from what is done to what is missing. */
export const BENEFIT_SUMMARY_STATUSES: readonly BenefitSummaryStatus[] = [
  'reached',
  'onTrack',
  'behind',
  'noMeasurement',
  'noTarget',
  'noBaseline',
  'invalid',
];

type Words = Record<Language, string>;
const w = (nb: string, nn: string, en: string): Words => ({ nb, nn, en });

/** The status's name and what it means for the council. */
const STATUS_WORDS: Record<BenefitSummaryStatus, { label: Words; meaning: Words }> = {
  reached: {
    label: w('Nådd', 'Nådd', 'Reached'),
    meaning: w(
      'Siste måling er på eller forbi målet.',
      'Siste måling er på eller forbi målet.',
      'The latest measurement is at or beyond the target.',
    ),
  },
  onTrack: {
    label: w('På sporet', 'På sporet', 'On track'),
    meaning: w(
      'Siste måling er på eller foran den planlagte banen fra nullpunktet til målet.',
      'Siste måling er på eller framfor den planlagde banen frå nullpunktet til målet.',
      'The latest measurement is on or ahead of the planned path from the baseline to the target.',
    ),
  },
  behind: {
    label: w('Bak planen', 'Bak planen', 'Behind plan'),
    meaning: w(
      'Siste måling ligger bak den planlagte banen. Gevinstansvarlig bør vurdere tiltakene.',
      'Siste måling ligg bak den planlagde banen. Gevinstansvarleg bør vurdere tiltaka.',
      'The latest measurement is behind the planned path. The benefit owner should review the measures.',
    ),
  },
  noMeasurement: {
    label: w('Ikke målt ennå', 'Ikkje målt enno', 'Not measured yet'),
    meaning: w(
      'Ingen måling er registrert etter nullpunktet, så det er ennå ikke kjent om gevinsten kommer.',
      'Inga måling er registrert etter nullpunktet, så det er enno ikkje kjent om gevinsten kjem.',
      'No measurement has been recorded after the baseline, so it is not yet known whether the benefit comes.',
    ),
  },
  noTarget: {
    label: w('Mål ikke satt', 'Mål ikkje sett', 'No target set'),
    meaning: w(
      'Ingen har satt et mål og en dato for gevinsten, så status kan ikke vurderes.',
      'Ingen har sett eit mål og ein dato for gevinsten, så status kan ikkje vurderast.',
      'Nobody has set a target and a date for the benefit, so its status cannot be judged.',
    ),
  },
  noBaseline: {
    label: w('Nullpunkt mangler', 'Nullpunkt manglar', 'No baseline'),
    meaning: w(
      'Utredningen har ikke tallet nullpunktet skal hentes fra, så status kan ikke vurderes.',
      'Utgreiinga har ikkje talet nullpunktet skal hentast frå, så status kan ikkje vurderast.',
      'The study lacks the figure the baseline is taken from, so the status cannot be judged.',
    ),
  },
  invalid: {
    label: w('Kan ikke vurderes', 'Kan ikkje vurderast', 'Cannot be judged'),
    meaning: w(
      'Gevinstplanen har et felt som må rettes før status kan vurderes.',
      'Gevinstplanen har eit felt som må rettast før status kan vurderast.',
      'The benefit plan has a field that must be corrected before its status can be judged.',
    ),
  },
};

export function benefitStatusWords(
  status: BenefitSummaryStatus,
  language: Language,
): { label: string; meaning: string } {
  const words = STATUS_WORDS[status];
  return { label: words.label[language], meaning: words.meaning[language] };
}

/** How each status is counted in the answer: «{n} …». */
const COUNTED: Record<BenefitSummaryStatus, Words> = {
  reached: w('{n} er nådd', '{n} er nådde', '{n} reached'),
  onTrack: w('{n} er på sporet', '{n} er på sporet', '{n} on track'),
  behind: w('{n} ligger bak planen', '{n} ligg bak planen', '{n} behind plan'),
  noMeasurement: w('{n} er ikke målt ennå', '{n} er ikkje målte enno', '{n} not measured yet'),
  noTarget: w('{n} har ikke mål ennå', '{n} har ikkje mål enno', '{n} without a target yet'),
  noBaseline: w('{n} mangler nullpunkt', '{n} manglar nullpunkt', '{n} without a baseline'),
  invalid: w('{n} har feil i planen', '{n} har feil i planen', '{n} with an error in the plan'),
};

const AND: Words = w('og', 'og', 'and');

function list(parts: string[], language: Language): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${AND[language]} ${parts[parts.length - 1]}`;
}

/**
 * The answer first: how many of the unit's benefits are on track, then the rest by status.
 * @example benefitsAnswer({ onTrack: 2, behind: 1, noTarget: 3 }, 'nb') // → '2 av 6 er på sporet, 1 ligger bak planen og 3 har ikke mål ennå.'
 */
export function benefitsAnswer(
  counts: Partial<Record<BenefitSummaryStatus, number>>,
  language: Language,
): string {
  const total = BENEFIT_SUMMARY_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  if (total === 0) {
    return w(
      'Enheten har ingen gevinstplaner ennå.',
      'Eininga har ingen gevinstplanar enno.',
      'The unit has no benefit plans yet.',
    )[language];
  }
  if (counts.noTarget === total) {
    return w(
      `Ingen av de ${total} gevinstene har et mål ennå.`,
      `Ingen av dei ${total} gevinstane har eit mål enno.`,
      `None of the ${total} benefits has a target yet.`,
    )[language];
  }
  const onTrack = counts.onTrack ?? 0;
  const lead =
    onTrack === 0
      ? w(
          `Ingen av de ${total} er på sporet`,
          `Ingen av dei ${total} er på sporet`,
          `None of the ${total} is on track`,
        )
      : w(
          `${onTrack} av ${total} er på sporet`,
          `${onTrack} av ${total} er på sporet`,
          `${onTrack} of ${total} on track`,
        );
  const rest = BENEFIT_SUMMARY_STATUSES.filter((s) => s !== 'onTrack' && (counts[s] ?? 0) > 0).map((s) =>
    COUNTED[s][language].replace('{n}', String(counts[s])),
  );
  return `${list([lead[language], ...rest], language)}.`;
}
