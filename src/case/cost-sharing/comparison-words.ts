/**
 * The cost-sharing comparison in words, in bokmål, nynorsk and English: the model the coalition costs are
 * derived from, the table's warnings, the methods' warnings, whether the core is empty, and each row's label
 * and core sentences. The screens, `flokk share` and the API word things the same way through this module.
 * @module
 */
import { formatNok, formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import type { CostKeyErrorCode } from '../../engine/cost-sharing/cost-key-error.ts';
import type { UnavailableReason } from '../../engine/games/method-unavailable.ts';
import { allocationLabel } from './allocation-labels.ts';
import type {
  AllocationRow,
  AllocationWarning,
  UnavailableKey,
  UnavailableMethod,
} from './allocation-rows.ts';
import type { GameAnalysis } from './analyse-game.ts';
import type { AreaCostModel } from './area-cost-model.ts';
import type { CostTableWarning } from './coalition-costs.ts';
import { amountUnit, coreSentences, formatAmountSpoken, joinNames, verdictAmounts } from './core-sentence.ts';

type NameOf = (municipality: string) => string;

const percent = (value: number) => `${formatNumber(value * 100, 1)} %`;

const MODEL = {
  nb: {
    rule: 'Én kommune alene betaler det tjenesten koster den i dag (lønn + andre kostnader, fra grunnlaget). En gruppe på to eller flere betaler den felles enhetens årlige driftskostnad ved full effekt om bare de samarbeider: (1 − innsparingsandel) × lønnskostnad i dag + andre kostnader + nye løpende kostnader. Modellen antar at en mindre enhet sparer samme andel og har de samme nye kostnadene; der utredningen har egne tall, erstatter de de avledede.',
    area: (name: string, m: AreaCostModel) =>
      `${name}: innsparingsandel ${percent(m.savingsShare)} (median), nye løpende kostnader ${formatNok(Math.round(m.recurringCosts))} per år, full effekt fra ${m.fullEffectYear}.`,
  },
  nn: {
    rule: 'Éin kommune åleine betaler det tenesta kostar han i dag (løn + andre kostnader, frå grunnlaget). Ei gruppe på to eller fleire betaler den årlege driftskostnaden til den felles eininga ved full effekt om berre dei samarbeider: (1 − innsparingsdel) × lønskostnad i dag + andre kostnader + nye løpande kostnader. Modellen føreset at ei mindre eining sparer same del og har dei same nye kostnadene; der utgreiinga har eigne tal, erstattar dei dei avleidde.',
    area: (name: string, m: AreaCostModel) =>
      `${name}: innsparingsdel ${percent(m.savingsShare)} (median), nye løpande kostnader ${formatNok(Math.round(m.recurringCosts))} per år, full effekt frå ${m.fullEffectYear}.`,
  },
  en: {
    rule: "A municipality alone pays what the service costs it today (labour + other costs, from the baseline). A group of two or more pays the joint unit's annual running cost at full effect if only its members cooperate: (1 − savings share) × labour cost today + other costs + new recurring costs. The model assumes a smaller unit saves the same share and has the same new costs; where the study has its own figures, they replace the derived ones.",
    area: (name: string, m: AreaCostModel) =>
      `${name}: savings share ${percent(m.savingsShare)} (median), new recurring costs ${formatNok(Math.round(m.recurringCosts))} a year, full effect from ${m.fullEffectYear}.`,
  },
} satisfies Record<Language, unknown>;

/**
 * The model of the coalition costs: the rule, then one line per area with its figures.
 * @example modelStatement(table.models, (id) => areaName(id), 'nb')[1] // → 'Lønn, regnskap og fakturering: innsparingsandel 20,7 % (median), …'
 */
export function modelStatement(
  models: readonly AreaCostModel[],
  areaName: (areaId: string) => string,
  language: Language,
): string[] {
  const t = MODEL[language];
  return [t.rule, ...models.map((m) => t.area(areaName(m.areaId), m))];
}

const TABLE_WARNING: Record<
  Language,
  Record<CostTableWarning['code'], (who: string, amount: number) => string>
> = {
  nb: {
    not_subadditive: (who, a) =>
      `Ikke subadditivt: ${who} koster ${formatAmountSpoken(a)} mer sammen enn fordelt på to mindre grupper.`,
    not_convex: (who, a) =>
      `Ikke konvekst: en kommunes ekstra kostnad øker når gruppen vokser (mest i ${who}, ${formatAmountSpoken(a)}). Da ligger ikke Shapley-verdien alltid i kjernen.`,
    missing_cost_today: (who) =>
      `Grunnlaget mangler kostnad for ${who}; grupper med kommunen har ingen avledet kostnad.`,
    missing_coalition_costs: (_, a) =>
      `${a} grupper mangler kostnad. Fordelingene kan ikke regnes ut før tabellen er fullstendig.`,
  },
  nn: {
    not_subadditive: (who, a) =>
      `Ikkje subadditivt: ${who} kostar ${formatAmountSpoken(a)} meir saman enn fordelt på to mindre grupper.`,
    not_convex: (who, a) =>
      `Ikkje konvekst: ekstrakostnaden til ein kommune aukar når gruppa veks (mest i ${who}, ${formatAmountSpoken(a)}). Då ligg ikkje Shapley-verdien alltid i kjernen.`,
    missing_cost_today: (who) =>
      `Grunnlaget manglar kostnad for ${who}; grupper med kommunen har ingen avleidd kostnad.`,
    missing_coalition_costs: (_, a) =>
      `${a} grupper manglar kostnad. Fordelingane kan ikkje reknast ut før tabellen er fullstendig.`,
  },
  en: {
    not_subadditive: (who, a) =>
      `Not subadditive: ${who} cost ${formatAmountSpoken(a)} more together than split into two smaller groups.`,
    not_convex: (who, a) =>
      `Not convex: a municipality's extra cost grows as the group grows (most in ${who}, ${formatAmountSpoken(a)}). The Shapley value then need not lie in the core.`,
    missing_cost_today: (who) => `The baseline has no cost for ${who}; groups with it have no derived cost.`,
    missing_coalition_costs: (_, a) =>
      `${a} groups have no cost. The allocations cannot be computed until the table is complete.`,
  },
};

/**
 * A warning of the coalition-cost table in words.
 * @example tableWarningText({ code: 'not_subadditive', members: ['5028', '5029'], amount: 700_000 }, name, 'nb')
 * // → 'Ikke subadditivt: Melhus og Skaun koster 0,7 mill. kr mer sammen enn fordelt på to mindre grupper.'
 */
export function tableWarningText(warning: CostTableWarning, nameOf: NameOf, language: Language): string {
  const who = 'members' in warning ? joinNames(warning.members.map(nameOf), language) : '';
  return TABLE_WARNING[language][warning.code](who, 'amount' in warning ? warning.amount : 0);
}

const METHOD_WARNING: Record<Language, Record<string, (who: string, amount: string) => string>> = {
  nb: {
    core_empty: (_, a) => `Kjernen er tom; metoden tillot hver gruppe å betale inntil ${a} mer enn alene.`,
    imputation_set_empty: () => 'Kostnadene alene dekker ikke totalen, så noen må betale mer enn alene.',
    zero_stand_alone_cost: (who) =>
      `${who} har ingen kostnad alene og er holdt utenfor sammenligningen av relativ gevinst.`,
    negative_remaining_benefit: (who) =>
      `${who} har høyere separabel kostnad enn kostnaden alene; restnytten er satt til 0.`,
    no_remaining_benefit: () => 'Ingen har restnytte; den felles kostnaden er delt likt.',
  },
  nn: {
    core_empty: (_, a) => `Kjernen er tom; metoden lét kvar gruppe betale inntil ${a} meir enn åleine.`,
    imputation_set_empty: () =>
      'Kostnadene åleine dekkjer ikkje totalen, så nokon må betale meir enn åleine.',
    zero_stand_alone_cost: (who) =>
      `${who} har ingen kostnad åleine og er halden utanfor samanlikninga av relativ vinst.`,
    negative_remaining_benefit: (who) =>
      `${who} har høgare separabel kostnad enn kostnaden åleine; restnytta er sett til 0.`,
    no_remaining_benefit: () => 'Ingen har restnytte; den felles kostnaden er delt likt.',
  },
  en: {
    core_empty: (_, a) => `The core is empty; the method let each group pay up to ${a} more than alone.`,
    imputation_set_empty: () =>
      'The stand-alone costs do not cover the total, so someone must pay more than alone.',
    zero_stand_alone_cost: (who) =>
      `${who} has no stand-alone cost and is left out of the comparison of relative savings.`,
    negative_remaining_benefit: (who) =>
      `${who} has a separable cost above its stand-alone cost; its remaining benefit is taken as 0.`,
    no_remaining_benefit: () => 'Nobody has a remaining benefit; the joint cost is split equally.',
  },
};

/** A method's warning in words. */
export function methodWarningText(warning: AllocationWarning, nameOf: NameOf, language: Language): string {
  const who = warning.municipality
    ? nameOf(warning.municipality)
    : joinNames((warning.members ?? []).map(nameOf), language);
  const text = METHOD_WARNING[language][warning.code];
  return text ? text(who, formatAmountSpoken(warning.amount ?? 0)) : warning.code;
}

const UNAVAILABLE_METHOD: Record<Language, Record<UnavailableReason, string>> = {
  nb: {
    zero_standalone_costs: 'Kan ikke beregnes: metoden krever at hver kommune har en kostnad alene over 0.',
    zero_group_cost: 'Kan ikke beregnes: metoden krever at hver gruppe av kommuner har en kostnad over 0.',
    infeasible_lp:
      'Kan ikke beregnes: regnestykket metoden bygger på (et lineært program) har ingen løsning med disse kostnadene.',
    unbounded_lp:
      'Kan ikke beregnes: regnestykket metoden bygger på (et lineært program) har ingen endelig løsning med disse kostnadene.',
    numerical:
      'Kan ikke beregnes: kostnadene er for store eller for ulike i størrelse til at metoden kan regnes ut pålitelig.',
  },
  nn: {
    zero_standalone_costs:
      'Kan ikkje reknast ut: metoden krev at kvar kommune har ein kostnad åleine over 0.',
    zero_group_cost: 'Kan ikkje reknast ut: metoden krev at kvar gruppe av kommunar har ein kostnad over 0.',
    infeasible_lp:
      'Kan ikkje reknast ut: reknestykket metoden byggjer på (eit lineært program) har inga løysing med desse kostnadene.',
    unbounded_lp:
      'Kan ikkje reknast ut: reknestykket metoden byggjer på (eit lineært program) har inga endeleg løysing med desse kostnadene.',
    numerical:
      'Kan ikkje reknast ut: kostnadene er for store eller for ulike i storleik til at metoden kan reknast ut påliteleg.',
  },
  en: {
    zero_standalone_costs:
      'Cannot be computed: the method needs every municipality to have a stand-alone cost above 0.',
    zero_group_cost:
      'Cannot be computed: the method needs every group of municipalities to have a cost above 0.',
    infeasible_lp:
      'Cannot be computed: the calculation the method rests on (a linear program) has no solution with these costs.',
    unbounded_lp:
      'Cannot be computed: the calculation the method rests on (a linear program) has no finite solution with these costs.',
    numerical:
      'Cannot be computed: the costs are too large or too different in size for the method to be computed reliably.',
  },
};

/**
 * Why a method cannot allocate the game, in plain words.
 * @example unavailableReasonText('zero_standalone_costs', 'nb') // → 'Kan ikke beregnes: metoden krever at hver kommune har en kostnad alene over 0.'
 */
export function unavailableReasonText(reason: UnavailableReason, language: Language): string {
  return UNAVAILABLE_METHOD[language][reason];
}

const UNAVAILABLE_KEY: Record<Language, Record<CostKeyErrorCode, string>> = {
  nb: {
    no_participants: 'Kan ikke brukes: ingen kommuner å fordele mellom.',
    invalid_weight: 'Kan ikke brukes: et tall nøkkelen bygger på, er negativt eller ugyldig.',
    zero_total_weight: 'Kan ikke brukes: tallene nøkkelen bygger på, er 0 for alle kommunene.',
    missing_population: 'Kan ikke brukes: folketallet mangler for minst én kommune.',
    missing_volume: 'Kan ikke brukes: volumtallet mangler for minst én kommune.',
    invalid_option: 'Kan ikke brukes: et valg for nøkkelen mangler eller er utenfor gyldig område.',
    unknown_key: 'Kan ikke brukes: nøkkelen er ukjent.',
    non_integer_total: 'Kan ikke brukes: beløpet som skal fordeles, er ikke hele kroner.',
  },
  nn: {
    no_participants: 'Kan ikkje brukast: ingen kommunar å fordele mellom.',
    invalid_weight: 'Kan ikkje brukast: eit tal nøkkelen byggjer på, er negativt eller ugyldig.',
    zero_total_weight: 'Kan ikkje brukast: tala nøkkelen byggjer på, er 0 for alle kommunane.',
    missing_population: 'Kan ikkje brukast: folketalet manglar for minst éin kommune.',
    missing_volume: 'Kan ikkje brukast: volumtalet manglar for minst éin kommune.',
    invalid_option: 'Kan ikkje brukast: eit val for nøkkelen manglar eller er utanfor gyldig område.',
    unknown_key: 'Kan ikkje brukast: nøkkelen er ukjend.',
    non_integer_total: 'Kan ikkje brukast: beløpet som skal fordelast, er ikkje heile kroner.',
  },
  en: {
    no_participants: 'Cannot be used: no municipalities to share among.',
    invalid_weight: 'Cannot be used: a figure the key rests on is negative or invalid.',
    zero_total_weight: 'Cannot be used: the figures the key rests on are 0 for every municipality.',
    missing_population: 'Cannot be used: the population is missing for at least one municipality.',
    missing_volume: 'Cannot be used: the volume figure is missing for at least one municipality.',
    invalid_option: 'Cannot be used: an option of the key is missing or out of range.',
    unknown_key: 'Cannot be used: the key is unknown.',
    non_integer_total: 'Cannot be used: the amount to share is not whole kroner.',
  },
};

/** Why a key cannot be applied, in plain words; the code itself for one this module does not know. */
export function unavailableKeyText(reason: string, language: Language): string {
  return (UNAVAILABLE_KEY[language] as Record<string, string>)[reason] ?? reason;
}

const CORE = {
  nb: {
    empty: (a: string) =>
      `Kjernen er tom: ingen fordeling lar hver gruppe betale høyst det den ville betalt alene. Minste kjerne: hver gruppe må tåle ${a} mer.`,
    point: 'Kjernen er ett eneste punkt: bare én fordeling lar ingen gruppe betale mer enn alene.',
    open: (a: string) =>
      `Kjernen er ikke tom: det finnes fordelinger der hver gruppe betaler minst ${a} mindre enn alene.`,
    unknown: 'Om kjernen er tom, kan ikke avgjøres: minste kjerne kan ikke beregnes med disse kostnadene.',
  },
  nn: {
    empty: (a: string) =>
      `Kjernen er tom: inga fordeling lèt kvar gruppe betale høgst det ho ville betalt åleine. Minste kjerne: kvar gruppe må tole ${a} meir.`,
    point: 'Kjernen er eitt einaste punkt: berre éi fordeling lèt ingen gruppe betale meir enn åleine.',
    open: (a: string) =>
      `Kjernen er ikkje tom: det finst fordelingar der kvar gruppe betaler minst ${a} mindre enn åleine.`,
    unknown:
      'Om kjernen er tom, kan ikkje avgjerast: minste kjerne kan ikkje reknast ut med desse kostnadene.',
  },
  en: {
    empty: (a: string) =>
      `The core is empty: no allocation lets every group pay at most its own cost. Least core: each group must accept ${a} more.`,
    point: 'The core is a single point: only one allocation lets no group pay more than alone.',
    open: (a: string) =>
      `The core is not empty: there are allocations where every group pays at least ${a} less than alone.`,
    unknown:
      'Whether the core is empty cannot be decided: the least core cannot be computed with these costs.',
  },
} satisfies Record<Language, unknown>;

/**
 * Whether the core is empty, one point, or larger, from the least-core value ε (Maschler, Peleg & Shapley
 * 1979): ε > 0 empty, ε = 0 (within a krone) a point or a face, ε < 0 room for every group to gain |ε|;
 * null when the least core could not be computed.
 * @example coreSummary(-0.4, 'nb') // → 'Kjernen er ett eneste punkt: …' (less than a krone is rounding)
 */
export function coreSummary(leastCoreValue: number | null, language: Language): string {
  const t = CORE[language];
  if (leastCoreValue === null) return t.unknown;
  if (leastCoreValue > 0.5) return t.empty(formatAmountSpoken(leastCoreValue));
  if (leastCoreValue > -0.5) return t.point;
  return t.open(formatAmountSpoken(-leastCoreValue));
}

/** An allocation row with its label and core sentences in one language. */
export type WordedAllocationRow = AllocationRow & {
  label: string;
  coreSentences: string[];
  warningTexts: string[];
};

/**
 * Adds the label, the core sentences and the warnings in words to each row, for JSON output.
 * @example wordedRows(analysis.allocations, name, 'nb')[0]?.coreSentences // → ['Melhus betaler 1,2 mill. kr mer enn alene.', …]
 */
export function wordedRows(
  rows: readonly AllocationRow[],
  nameOf: NameOf,
  language: Language,
): WordedAllocationRow[] {
  // The rows' core sentences share a column: one unit for all of them, never «86 439 kr» beside «0,4 mill. kr».
  const unit = amountUnit(rows.flatMap((row) => verdictAmounts(row.core)));
  return rows.map((row) => ({
    ...row,
    label: allocationLabel(row, language),
    coreSentences: coreSentences(row.core, nameOf, language, unit),
    warningTexts: row.warnings.map((w) => methodWarningText(w, nameOf, language)),
  }));
}

/** A method that cannot allocate the game, with its name and the reason in one language. */
export type WordedUnavailableMethod = UnavailableMethod & { label: string; reasonText: string };

/** A key that cannot be applied, with its name and the reason in one language. */
export type WordedUnavailableKey = UnavailableKey & { label: string; reasonText: string };

/** The analysis with every row, every unavailable key and method, and the core summary in words. */
export type WordedAnalysis = Omit<GameAnalysis, 'allocations' | 'unavailableKeys' | 'unavailableMethods'> & {
  allocations: WordedAllocationRow[];
  unavailableKeys: WordedUnavailableKey[];
  unavailableMethods: WordedUnavailableMethod[];
  coreSummary: string;
};

/**
 * The analysis in words, for JSON output: labels, core sentences, warnings, and why a key or method is
 * unavailable («Kan ikke beregnes: metoden krever at hver kommune har en kostnad alene over 0.»).
 * @example wordedAnalysis(analysis, name, 'nb').unavailableMethods[0]?.reasonText
 */
export function wordedAnalysis(analysis: GameAnalysis, nameOf: NameOf, language: Language): WordedAnalysis {
  return {
    ...analysis,
    allocations: wordedRows(analysis.allocations, nameOf, language),
    unavailableKeys: analysis.unavailableKeys.map((key) => ({
      ...key,
      label: allocationLabel(
        { labelKey: `costKey.${key.keyId}.label`, ...(key.options ? { options: key.options } : {}) },
        language,
      ),
      reasonText: unavailableKeyText(key.reason, language),
    })),
    unavailableMethods: analysis.unavailableMethods.map((method) => ({
      ...method,
      label: allocationLabel(method, language),
      reasonText: unavailableReasonText(method.reason, language),
    })),
    coreSummary: coreSummary(analysis.leastCoreValue, language),
  };
}
