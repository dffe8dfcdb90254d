/** The words of `flokk agreement-check` and of the refusal of `flokk document agreement --final`. @module */
import type { PointCheck } from '../../case/agreement/build-agreement.ts';
import type { FieldIssue } from '../../common/errors.ts';
import type { Language } from '../../i18n/language.ts';

interface CheckText {
  missingModel: string;
  heading: (model: string) => string;
  present: (section: string) => string;
  missing: string;
  final: (final: boolean) => string;
  refused: string;
}

const TEXT: Record<Language, CheckText> = {
  nb: {
    missingModel: 'Oppgi avtalemodellen med --model ID',
    heading: (model) => `Minsteinnholdet i avtalen for ${model}:`,
    present: (section) => `finnes i «${section}»`,
    missing: 'mangler',
    final: (final) =>
      final ? 'Kan merkes som endelig.' : 'Kan ikke merkes som endelig før alle punktene er på plass.',
    refused: 'Avtalen kan ikke merkes som endelig før minsteinnholdet er på plass. Mangler:',
  },
  nn: {
    missingModel: 'Oppgi avtalemodellen med --model ID',
    heading: (model) => `Minsteinnhaldet i avtalen for ${model}:`,
    present: (section) => `finst i «${section}»`,
    missing: 'manglar',
    final: (final) =>
      final ? 'Kan merkast som endeleg.' : 'Kan ikkje merkast som endeleg før alle punkta er på plass.',
    refused: 'Avtalen kan ikkje merkast som endeleg før minsteinnhaldet er på plass. Manglar:',
  },
  en: {
    missingModel: 'Give the agreement model with --model ID',
    heading: (model) => `The minimum content of the agreement for ${model}:`,
    present: (section) => `present in «${section}»`,
    missing: 'missing',
    final: (final) =>
      final ? 'May be marked final.' : 'Cannot be marked final until every point is in place.',
    refused: 'The agreement cannot be marked final until the minimum content is in place. Missing:',
  },
};

export const agreementCheckText = (language: Language): CheckText => TEXT[language];

/** One point on one line: present with its section, missing with its paragraph and why. */
export function pointLine(point: PointCheck, language: Language): string {
  const t = TEXT[language];
  if (point.status === 'present')
    return `  ✓ ${point.label} (${point.paragraph}): ${t.present(point.section ?? '')}`;
  const reason = point.reason ? ` – ${point.reason}` : '';
  return `  ✗ ${point.label} (${point.paragraph}): ${t.missing}${reason}`;
}

/** The check as text: the heading, one line per point, and whether the draft may be final. */
export function renderAgreementCheck(
  model: string,
  check: { points: PointCheck[]; final: boolean },
  language: Language,
): string {
  const t = TEXT[language];
  const lines = check.points.map((p) => pointLine(p, language));
  return `${t.heading(model)}\n${lines.join('\n')}\n${t.final(check.final)}\n`;
}

/** The refusal of `--final` as issues, one per missing point: the label, then its paragraph and why. */
export function missingPointIssues(points: readonly PointCheck[]): FieldIssue[] {
  return points
    .filter((p) => p.status === 'missing')
    .map((p) => ({
      path: 'final',
      code: 'agreement_incomplete',
      label: p.label,
      message: p.reason ? `${p.paragraph} – ${p.reason}` : p.paragraph,
    }));
}
