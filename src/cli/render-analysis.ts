/**
 * `flokk analyse` as text: the answer first (what the result rests on), then the budget view per
 * municipality, the distribution of NPV with uncertainty, the socio-economic view, the attrition check,
 * every placeholder and missing cost, the tornado and the switching values. Amounts in the summaries are
 * rounded to thousands as a budget document gives them; the tables keep whole kroner so that the figures
 * can be traced to the web and the API.
 * @module
 */
import type { ScenarioAnalysis } from '../case/scenario/analyse-scenario.ts';
import { localize } from '../case/process/localize.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import type { IrrVerdict } from '../engine/economics/irr-meaning.ts';
import { consequenceSymbols } from '../engine/non-priced/plus-minus.ts';
import type { CashFlowFigures } from '../engine/economics/scenario-summary.ts';
import { formatBudgetNok, formatFte, formatNok, formatNumber } from '../i18n/format.ts';
import type { Language } from '../i18n/language.ts';
import { renderTextTable } from './text-table.ts';

const NB = {
  restsOn: (p: number, m: number) =>
    `Resultatet bygger på ${p} plassholdere (verdier ingen har fastsatt) og ${m} kostnader som ikke er anslått. Det er ikke et beslutningsgrunnlag før disse er fastsatt.`,
  sound: 'Alle verdier resultatet bygger på har kilde eller vedtak.',
  budget: (first: number, last: number, inflation: string) =>
    `Budsjettvisning: netto virkning per kommune i økonomiplanårene ${first}–${last}, nominelle kroner (pris- og lønnsvekst ${inflation} per år). Positivt tall = lavere utgift enn å fortsette alene.`,
  distribution: (base: number) =>
    `Fordeling per kommune: nåverdi over analyseperioden i faste ${base}-kroner, med usikkerhet (P10–P90)`,
  municipality: 'Kommune',
  median: 'Nåverdi (median)',
  total: 'Totalt',
  payback: 'Tilbakebetalt',
  irr: 'Internrente',
  loss: 'P(tap)',
  notWithin: (year: number) => `ikke innen ${year}`,
  noOutlay: 'ingen utlegg',
  noOutlayNote:
    'Ingen utlegg: ingen kostnad kommer før gevinstene (ingen etableringskostnader er lagt inn), så det er ikke noe å tjene inn.',
  irrReason: {
    no_outlay: 'ikke meningsfull: ingen utlegg',
    gain_first: 'ikke meningsfull: gevinst før kostnad',
    several_sign_changes: 'ikke meningsfull: skifter fortegn flere ganger',
    never_positive: 'ikke meningsfull: aldri positiv',
    no_rate_in_range: 'ikke meningsfull: ingen rente gir nåverdi 0',
  },
  socio: (base: number) =>
    `Samfunnsøkonomisk visning: alle kommunene og staten samlet, faste ${base}-kroner, neddiskontert`,
  resource: 'Ressursvirkning (nåverdi)',
  tax: (rate: string) => `Skattefinansieringskostnad (${rate} av endringen i offentlige utgifter)`,
  residual: (years: number) => `Restverdi (levetid ${years} år)`,
  npv: 'Netto nåverdi',
  transfers: 'Tilskudd holdt utenfor som overføring mellom offentlige organer',
  convention: (s: string) =>
    `Kalkulasjonsrente: ${s}; R-109/21 følges som god praksis (kommuner er ikke bundet av rundskrivet).`,
  step: (rate: string, year: number) => `${rate} fra år ${year}`,
  attrition: 'Innsparing og naturlig avgang',
  attritionLine: (
    area: string,
    fte: string,
    year: number,
    low: string,
    high: string,
    least: string,
    most: string,
  ) =>
    `${area}: scenarioet forutsetter ${fte} årsverk færre i ${year}; forventet naturlig avgang til da er ${low}–${high} årsverk; ${least}–${most} årsverk må tas ut på andre måter (omplassering eller nedbemanning). Da gjelder arbeidsmiljøloven kapittel 16 for dem som overføres og oppsigelsesvernet i § 15-7, og saken skal drøftes med tillitsvalgte.`,
  attritionOk: (area: string) => `${area}: naturlig avgang dekker reduksjonen i alle år.`,
  attritionUnknown: (area: string) =>
    `${area}: avgangen kan ikke beregnes (alder mangler eller er skjermet fordi gruppen har færre enn fem personer).`,
  placeholders: 'Plassholdere (ikke fastsatt)',
  toBeSetBy: (role: string) => `bør fastsettes av ${role}`,
  missing: 'Kostnader som ikke er anslått',
  grants: 'Tilskudd som ikke er regnet med',
  grantReason: {
    finances_no_cost: 'tilskuddet er ikke knyttet til en kostnad det finansierer',
    cost_not_entered: 'kostnaden tilskuddet finansierer, er ikke lagt inn',
  },
  nonPriced:
    'Ikke-prissatte virkninger (vurderes ved siden av nåverdien, aldri lagt inn i den; pluss-minus-matrisen er ikke kontrollert mot DFØ-veilederen)',
  notAssessed: 'ikke vurdert',
  breakEven: (value: string) =>
    `For at samarbeidet skal lønne seg, må de ikke-prissatte virkningene være verdt minst ${value} per år.`,
  draws: (n: number, seed: number) => `Monte Carlo: ${n} trekk, frø ${seed}`,
  tornado: 'Tornado (±20 %): største utslag i total nåverdi',
  switching: 'Byttepunkt (nåverdi = 0)',
  notFound: 'finnes ikke i området',
};
type Words = typeof NB;

const NN: Words = {
  ...NB,
  restsOn: (p, m) =>
    `Resultatet byggjer på ${p} plasshaldarar (verdiar ingen har fastsett) og ${m} kostnader som ikkje er anslått. Det er ikkje eit avgjerdsgrunnlag før desse er fastsette.`,
  sound: 'Alle verdiar resultatet byggjer på har kjelde eller vedtak.',
  budget: (first, last, inflation) =>
    `Budsjettvising: netto verknad per kommune i økonomiplanåra ${first}–${last}, nominelle kroner (pris- og lønsvekst ${inflation} per år). Positivt tal = lågare utgift enn å halde fram åleine.`,
  distribution: (base) =>
    `Fordeling per kommune: noverdi over analyseperioden i faste ${base}-kroner, med uvisse (P10–P90)`,
  median: 'Noverdi (median)',
  noOutlay: 'ingen utlegg',
  noOutlayNote:
    'Ingen utlegg: ingen kostnad kjem før gevinstane (ingen etableringskostnader er lagde inn), så det er ikkje noko å tene inn.',
  irrReason: {
    no_outlay: 'ikkje meiningsfull: ingen utlegg',
    gain_first: 'ikkje meiningsfull: gevinst før kostnad',
    several_sign_changes: 'ikkje meiningsfull: skiftar forteikn fleire gonger',
    never_positive: 'ikkje meiningsfull: aldri positiv',
    no_rate_in_range: 'ikkje meiningsfull: inga rente gir noverdi 0',
  },
  socio: (base) =>
    `Samfunnsøkonomisk vising: alle kommunane og staten samla, faste ${base}-kroner, neddiskontert`,
  resource: 'Ressursverknad (noverdi)',
  npv: 'Netto noverdi',
  transfers: 'Tilskot halde utanfor som overføring mellom offentlege organ',
  attrition: 'Innsparing og naturleg avgang',
  attritionOk: (area) => `${area}: naturleg avgang dekkjer reduksjonen i alle år.`,
  placeholders: 'Plasshaldarar (ikkje fastsette)',
  toBeSetBy: (role) => `bør fastsetjast av ${role}`,
  missing: 'Kostnader som ikkje er anslått',
  grants: 'Tilskot som ikkje er rekna med',
  notFound: 'finst ikkje i området',
  nonPriced:
    'Ikkje-prissette verknader (vurderte ved sida av noverdien, aldri lagde inn i han; pluss-minus-matrisa er ikkje kontrollert mot DFØ-rettleiaren)',
  notAssessed: 'ikkje vurdert',
  breakEven: (value) =>
    `For at samarbeidet skal løne seg, må dei ikkje-prissette verknadene vere verde minst ${value} per år.`,
};

const EN: Words = {
  ...NB,
  restsOn: (p, m) =>
    `The result rests on ${p} placeholders (values nobody has set) and ${m} costs not yet estimated. It is not a basis for a decision until these are set.`,
  sound: 'Every value the result rests on has a source or a decision.',
  budget: (first, last, inflation) =>
    `Budget view: net effect per municipality in the financial plan years ${first}–${last}, nominal kroner (price and wage growth ${inflation} a year). Positive = lower spending than going on alone.`,
  distribution: (base) =>
    `Distribution per municipality: NPV over the analysis period in ${base} kroner, with uncertainty (P10–P90)`,
  municipality: 'Municipality',
  median: 'NPV (median)',
  total: 'Total',
  payback: 'Paid back',
  irr: 'IRR',
  loss: 'P(loss)',
  notWithin: (year) => `not by ${year}`,
  noOutlay: 'no outlay',
  noOutlayNote:
    'No outlay: no cost comes before the gains (no establishment costs are entered), so there is nothing to earn back.',
  irrReason: {
    no_outlay: 'not meaningful: no outlay',
    gain_first: 'not meaningful: gain before cost',
    several_sign_changes: 'not meaningful: changes sign more than once',
    never_positive: 'not meaningful: never positive',
    no_rate_in_range: 'not meaningful: no rate gives NPV 0',
  },
  socio: (base) =>
    `Socio-economic view: all the municipalities and the state together, ${base} kroner, discounted`,
  resource: 'Resource effect (NPV)',
  tax: (rate) => `Tax financing cost (${rate} of the change in public spending)`,
  residual: (years) => `Residual value (lifetime ${years} years)`,
  npv: 'Net present value',
  transfers: 'Grants left out as transfers between public bodies',
  convention: (s) =>
    `Discount rate: ${s}; R-109/21 followed as good practice (municipalities are not bound by it).`,
  step: (rate, year) => `${rate} from year ${year}`,
  attrition: 'Savings and natural attrition',
  attritionLine: (area, fte, year, low, high, least, most) =>
    `${area}: the scenario assumes ${fte} FTE fewer in ${year}; expected natural attrition by then is ${low}–${high} FTE; ${least}–${most} FTE must go by other means (reassignment or redundancy). The Working Environment Act chapter 16 then applies to those transferred, and § 15-7 on dismissal; the union representatives must be consulted.`,
  attritionOk: (area) => `${area}: natural attrition covers the reduction in every year.`,
  attritionUnknown: (area) =>
    `${area}: attrition cannot be projected (ages are missing or withheld because the group has fewer than five persons).`,
  placeholders: 'Placeholders (not set)',
  toBeSetBy: (role) => `ought to be set by ${role}`,
  missing: 'Costs not yet estimated',
  grants: 'Grants not counted',
  grantReason: {
    finances_no_cost: 'the grant is not tied to a cost it finances',
    cost_not_entered: 'the cost the grant finances is not entered',
  },
  nonPriced:
    'Non-priced effects (weighed beside the NPV, never added into it; the plus-minus matrix is not checked against the DFØ guide)',
  notAssessed: 'not assessed',
  breakEven: (value) =>
    `For the cooperation to pay, the non-priced effects must be worth at least ${value} a year.`,
  draws: (n, seed) => `Monte Carlo: ${n} draws, seed ${seed}`,
  tornado: 'Tornado (±20 %): largest swings in total NPV',
  switching: 'Switching values (NPV = 0)',
  notFound: 'not in the range',
};

const WORDS: Record<Language, Words> = { nb: NB, nn: NN, en: EN };

function paybackText(figures: CashFlowFigures, lastYear: number, w: Words): string {
  if (figures.paybackStatus === 'no_outlay') return w.noOutlay;
  return figures.paybackYear === null ? w.notWithin(lastYear) : String(figures.paybackYear);
}

function irrText(irr: IrrVerdict, w: Words, language: Language): string {
  return irr.kind === 'meaningful'
    ? `${formatNumber(irr.rate * 100, 1, language)} %`
    : w.irrReason[irr.reason];
}

function budgetSection(
  a: ScenarioAnalysis,
  name: (id: string) => string,
  w: Words,
  language: Language,
): string[] {
  const { years, perMunicipality, total, inflation } = a.budget;
  if (years.length === 0) return [];
  const columns = [
    { header: w.municipality, align: 'left' },
    ...years.map((y) => ({ header: String(y), align: 'right' }) as const),
  ] as const;
  const rows = Object.entries(perMunicipality).map(([id, values]) => [
    name(id),
    ...values.map((v) => formatBudgetNok(v, language)),
  ]);
  return [
    w.budget(years[0] as number, years.at(-1) as number, `${formatNumber(inflation * 100, 1, language)} %`),
    renderTextTable(columns, rows, [[w.total, ...total.map((v) => formatBudgetNok(v, language))]]),
  ];
}

function distributionSection(
  a: ScenarioAnalysis,
  name: (id: string) => string,
  w: Words,
  language: Language,
): string[] {
  const mc = a.monteCarlo;
  const lastYear = a.cashFlows.years.at(-1) ?? a.cashFlows.baseYear;
  const row = (
    label: string,
    figures: CashFlowFigures,
    dist: { npv: { p10: number; p50: number; p90: number }; probabilityOfLoss: number } | undefined,
  ) => [
    label,
    formatNok(Math.round(figures.npv), language),
    dist ? formatNok(Math.round(dist.npv.p10), language) : '..',
    dist ? formatNok(Math.round(dist.npv.p50), language) : '..',
    dist ? formatNok(Math.round(dist.npv.p90), language) : '..',
    dist ? `${formatNumber(dist.probabilityOfLoss * 100, 1, language)} %` : '..',
    paybackText(figures, lastYear, w),
    irrText(figures.irr, w, language),
  ];
  const rows = Object.entries(a.summary.perMunicipality).map(([id, figures]) =>
    row(name(id), figures, mc.status === 'done' ? mc.perMunicipality[id] : undefined),
  );
  const columns = [
    { header: w.municipality, align: 'left' },
    { header: w.median, align: 'right' },
    { header: 'P10', align: 'right' },
    { header: 'P50', align: 'right' },
    { header: 'P90', align: 'right' },
    { header: w.loss, align: 'right' },
    { header: w.payback, align: 'right' },
    { header: w.irr, align: 'right' },
  ] as const;
  const anyNoOutlay = [a.summary.total, ...Object.values(a.summary.perMunicipality)].some(
    (f) => f.paybackStatus === 'no_outlay',
  );
  return [
    w.distribution(a.cashFlows.baseYear),
    mc.status === 'done' ? w.draws(mc.draws, mc.seed) : '',
    renderTextTable(columns, rows, [
      row(w.total, a.summary.total, mc.status === 'done' ? mc.total : undefined),
    ]),
    ...(anyNoOutlay ? [w.noOutlayNote] : []),
  ];
}

function socioSection(a: ScenarioAnalysis, w: Words, language: Language): string[] {
  const s = a.socioEconomic;
  const c = s.convention;
  const schedule = c.schedule
    .map((step) => w.step(`${formatNumber(step.rate * 100, 1, language)} %`, step.fromYear))
    .join(', ');
  const rate = `${formatNumber(c.taxFinancingRate * 100, 0, language)} %`;
  const transfers = s.transfersLeftOut.reduce((sum, v) => sum + v, 0);
  return [
    w.socio(c.baseYear),
    `  ${w.npv}: ${formatBudgetNok(s.npv, language)}`,
    `    ${w.resource}: ${formatBudgetNok(s.npvResource, language)}`,
    `    ${w.tax(rate)}: ${formatBudgetNok(s.npvTaxFinancing, language)}`,
    `    ${w.residual(c.lifetimeYears)}: ${formatBudgetNok(s.residualValue, language)}`,
    `  ${w.transfers}: ${formatBudgetNok(transfers, language)}`,
    `  ${w.convention(schedule)}`,
  ];
}

function attritionSection(
  a: ScenarioAnalysis,
  areaName: (id: string) => string,
  w: Words,
  language: Language,
): string[] {
  if (a.attrition.length === 0) return [];
  return [
    w.attrition,
    ...a.attrition.map((area) => {
      const name = areaName(area.areaId);
      if (area.agesMissing) return `  ${w.attritionUnknown(name)}`;
      if (!area.worst) return `  ${w.attritionOk(name)}`;
      const year = area.years.find((y) => y.year === area.worst?.year);
      return `  ${w.attritionLine(
        name,
        formatFte(year?.reductionFte ?? 0, language),
        area.worst.year,
        formatFte(year?.departedFte?.low ?? 0, language),
        formatFte(year?.departedFte?.high ?? 0, language),
        formatFte(area.worst.atLeast, language),
        formatFte(area.worst.atMost, language),
      )}`;
    }),
  ];
}

function nonPricedSection(a: ScenarioAnalysis, w: Words, language: Language): string[] {
  const view = a.nonPriced;
  if (view.effects.length === 0) return [];
  const lines = [w.nonPriced];
  for (const effect of view.effects) {
    const cells = effect.cells.map((cell) => {
      const name = view.municipalities.find((m) => m.number === cell.municipality)?.name ?? cell.municipality;
      return `${name} ${cell.consequence === null ? w.notAssessed : consequenceSymbols(cell.consequence)}`;
    });
    lines.push(`  - ${localize(effect.name, language)}: ${cells.join(', ')}`);
  }
  if (view.breakEven.yearlyValue > 0)
    lines.push(w.breakEven(formatBudgetNok(view.breakEven.yearlyValue, language)));
  return lines;
}

function placeholderSection(a: ScenarioAnalysis, w: Words, language: Language): string[] {
  const { placeholders, missingCosts, grantsNotCounted } = a.placeholders;
  const lines: string[] = [];
  if (placeholders.length > 0) {
    lines.push(w.placeholders);
    for (const p of placeholders) {
      const role = p.toBeSetBy ? ` (${w.toBeSetBy(p.toBeSetBy)})` : '';
      lines.push(`  - ${p.label}${role}${p.note ? `: ${p.note}` : ''}`);
    }
  }
  if (missingCosts.length > 0) {
    lines.push(w.missing, ...missingCosts.map((m) => `  - ${m.label}`));
  }
  if (grantsNotCounted.length > 0) {
    lines.push(
      w.grants,
      ...grantsNotCounted.map(
        (g) =>
          `  - ${g.grantId}${g.amount === null ? '' : ` ${formatBudgetNok(g.amount, language)}`}: ${w.grantReason[g.reason]}`,
      ),
    );
  }
  return lines;
}

/** The whole text of `flokk analyse`. */
export function renderAnalysisText(
  analysis: ScenarioAnalysis,
  document: CaseDocument,
  language: Language,
): string {
  const w = WORDS[language];
  const name = (id: string) => document.participants.find((p) => p.municipalityNumber === id)?.name ?? id;
  const areaName = (id: string) => {
    const n = document.serviceAreas.find((a) => a.id === id)?.name;
    return n ? localize(n, language) : id;
  };
  const { placeholders, missingCosts } = analysis.placeholders;
  const scenario = document.scenarios.find((s) => s.id === analysis.scenarioId);
  const tornado = analysis.tornado.bars.map(
    (bar) =>
      `  ${analysis.mapped.labels[bar.inputId] ?? bar.inputId}: ${formatNok(Math.round(bar.low.npv), language)} – ${formatNok(Math.round(bar.high.npv), language)}`,
  );
  const percent = (value: number | null) =>
    value === null ? w.notFound : `${formatNumber(value * 100, 1, language)} %`;
  const sections = [
    [scenario ? localize(scenario.name, language) : analysis.scenarioId],
    [
      placeholders.length + missingCosts.length > 0
        ? w.restsOn(placeholders.length, missingCosts.length)
        : w.sound,
    ],
    budgetSection(analysis, name, w, language),
    distributionSection(analysis, name, w, language),
    socioSection(analysis, w, language),
    nonPricedSection(analysis, w, language),
    attritionSection(analysis, areaName, w, language),
    placeholderSection(analysis, w, language),
    [w.tornado, ...tornado],
    [w.switching, ...analysis.switchingValues.map((s) => `  ${s.label}: ${percent(s.value)}`)],
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.filter((l) => l !== '').join('\n'))
    .join('\n\n')}\n`;
}
