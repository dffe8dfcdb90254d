/**
 * `flokk benefits` as text: the answer first, then each benefit with its status in words, indicator,
 * baseline, target (or that it is a placeholder), owner (or «ikke satt»), measures and measurements.
 * @module
 */
import type { ProvenanceDetail } from '../../case/operations/benefit-view.ts';
import type { BenefitsView } from '../../case/operations/benefits-view.ts';
import { formatNumber, formatPlanDate } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';

type Words = Record<Language, string>;
const w = (nb: string, nn: string, en: string): Words => ({ nb, nn, en });

const WORDS = {
  heading: w('Gevinstrealisering', 'Gevinstrealisering', 'Benefit realisation'),
  status: w('Status', 'Status', 'Status'),
  indicator: w('Indikator', 'Indikator', 'Indicator'),
  baseline: w('Nullpunkt', 'Nullpunkt', 'Baseline'),
  fromStudy: w('fra utredningens tall', 'frå tala i utgreiinga', 'from the study’s figures'),
  target: w('Mål', 'Mål', 'Target'),
  owner: w('Gevinstansvarlig', 'Gevinstansvarleg', 'Benefit owner'),
  measures: w('Tiltak', 'Tiltak', 'Measures'),
  measurements: w('Målinger', 'Målingar', 'Measurements'),
  none: w('ingen', 'ingen', 'none'),
  notSet: w('ikke satt', 'ikkje sett', 'not set'),
  by: w('innen', 'innan', 'by'),
  at: w('per', 'per', 'at'),
  placeholder: w('plassholder – ikke fastsatt', 'plasshaldar – ikkje fastsett', 'placeholder – not set'),
  source: w('kilde', 'kjelde', 'source'),
  decision: w('vedtak', 'vedtak', 'resolution'),
  point: w('punkt', 'punkt', 'point'),
  unknownUnit: w(
    'Saken har ingen felles enhet med id «{unit}».',
    'Saka har inga felles eining med id «{unit}».',
    'The case has no joint unit with id “{unit}”.',
  ),
  noUnits: w(
    'Saken har ingen felles enhet ennå, og derfor ingen gevinstplaner.',
    'Saka har inga felles eining enno, og difor ingen gevinstplanar.',
    'The case has no joint unit yet, and so no benefit plans.',
  ),
};

export function benefitsText(language: Language) {
  return {
    unknownUnit: (unit: string) => WORDS.unknownUnit[language].replace('{unit}', unit),
    noUnits: WORDS.noUnits[language],
  };
}

function value(v: number | null, language: Language): string {
  if (v === null) return formatNumber(null);
  return formatNumber(
    v,
    Number.isInteger(v) ? 0 : Number.isInteger(Math.round(v * 1000) / 100) ? 1 : 2,
    language,
  );
}

function provenance(p: ProvenanceDetail, language: Language): string {
  if (p.source)
    return `${WORDS.source[language]}: ${p.source.title}${p.source.locator ? `, ${p.source.locator}` : ''}`;
  if (p.decision)
    return `${WORDS.decision[language]} ${p.decision.resolutionId}, ${WORDS.point[language]} ${p.decision.point}`;
  return WORDS.placeholder[language];
}

export function renderBenefits(view: BenefitsView, language: Language): string {
  const lines = [`${WORDS.heading[language]} – ${view.unitName}`, view.answer, ''];
  const label = (key: keyof typeof WORDS, text: string) => `  ${WORDS[key][language]}: ${text}`;
  for (const plan of view.plans) {
    lines.push(plan.benefit);
    lines.push(label('status', `${plan.statusText.label} – ${plan.statusText.meaning}`));
    if (!plan.ok) {
      lines.push(`  ${plan.field}`, '');
      continue;
    }
    lines.push(label('indicator', plan.indicator));
    const { baseline, target, owner } = plan;
    const baselineFrom =
      baseline.provenance === null ? WORDS.fromStudy[language] : provenance(baseline.provenance, language);
    lines.push(
      label(
        'baseline',
        `${value(baseline.value, language)} ${WORDS.at[language]} ${formatPlanDate(baseline.date, language)} (${baselineFrom})`,
      ),
    );
    const targetText =
      target.value === null || target.date === null
        ? WORDS.notSet[language]
        : `${value(target.value, language)} ${WORDS.by[language]} ${formatPlanDate(target.date, language)}`;
    lines.push(label('target', `${targetText} (${provenance(target.provenance, language)})`));
    const ownerNote = owner.provenance.kind === 'placeholder' ? ` (${WORDS.placeholder[language]})` : '';
    lines.push(label('owner', `${owner.role ?? WORDS.notSet[language]}${ownerNote}`));
    lines.push(
      label('measures', plan.measures.length === 0 ? WORDS.none[language] : plan.measures.join('; ')),
    );
    const measured = plan.measurements.map(
      (m) =>
        `${formatPlanDate(m.date, language)}: ${value(m.value, language)} (${provenance(m.provenance, language)})`,
    );
    lines.push(label('measurements', measured.length === 0 ? WORDS.none[language] : measured.join('; ')), '');
  }
  return `${lines.join('\n')}\n`;
}
