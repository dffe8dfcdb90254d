/**
 * The words for each step of an explanation, in bokmål, nynorsk and English: what the figure is (its label,
 * with the municipality, area and year filled in) and its formula in words. The engine names the step; the
 * words live here so that the web, the CLI, the API and the documents say the same.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { PEOPLE_CHOICE_STEP_WORDS } from './people-choice-words.ts';

type Words = Record<Language, { label: string; formula: string }>;

/** `{municipality}`, `{area}`, `{year}`, `{grant}`, `{cost}`, `{method}`, `{members}`, `{field}` are filled in. */
export const STEP_WORDS: Readonly<Record<string, Words>> = {
  // Switchboard, departure and model-choice steps.
  ...PEOPLE_CHOICE_STEP_WORDS,
  npv: {
    nb: {
      label: 'Netto nåverdi for {municipality}',
      formula: 'Summen over årene av netto effekt ganget med årets diskonteringsfaktor.',
    },
    nn: {
      label: 'Netto noverdi for {municipality}',
      formula: 'Summen over åra av netto effekt gonga med diskonteringsfaktoren for året.',
    },
    en: {
      label: 'Net present value for {municipality}',
      formula: 'The sum over the years of the net effect times the year’s discount factor.',
    },
  },
  net: {
    nb: {
      label: 'Netto effekt for {municipality} i {year}',
      formula:
        'Kostnad i dag som faller bort, minus andelen av fellesenhetens kostnad og av engangskostnadene, pluss andelen av tilskudd.',
    },
    nn: {
      label: 'Netto effekt for {municipality} i {year}',
      formula:
        'Kostnad i dag som fell bort, minus delen av kostnaden til fellesenheten og av eingongskostnadene, pluss delen av tilskot.',
    },
    en: {
      label: 'Net effect for {municipality} in {year}',
      formula:
        'Today’s cost avoided, minus the share of the joint unit’s cost and of the one-off costs, plus the share of grants.',
    },
  },
  net_total: {
    nb: { label: 'Netto effekt i alt i {year}', formula: 'Summen av kommunenes netto effekt.' },
    nn: { label: 'Netto effekt i alt i {year}', formula: 'Summen av netto effekten til kommunane.' },
    en: { label: 'Total net effect in {year}', formula: 'The sum of the municipalities’ net effects.' },
  },
  payback: {
    nb: {
      label: 'Tilbakebetalingsår for {municipality}',
      formula: 'Første år der summen av netto effekt hittil holder seg på eller over null.',
    },
    nn: {
      label: 'Tilbakebetalingsår for {municipality}',
      formula: 'Første året der summen av netto effekt så langt held seg på eller over null.',
    },
    en: {
      label: 'Payback year for {municipality}',
      formula: 'The first year from which the cumulative net effect stays at or above zero.',
    },
  },
  cost_today: {
    nb: {
      label: 'Kostnad i dag for {municipality}, {area}, {year}',
      formula:
        'Lønnskostnad ganget med reallønnsindeksen, pluss andre kostnader og kjente ekstrakostnader ved å fortsette alene, avrundet til hele kroner.',
    },
    nn: {
      label: 'Kostnad i dag for {municipality}, {area}, {year}',
      formula:
        'Lønnskostnad gonga med reallønsindeksen, pluss andre kostnader og kjende ekstrakostnader ved å halde fram åleine, avrunda til heile kroner.',
    },
    en: {
      label: 'Cost today for {municipality}, {area}, {year}',
      formula:
        'Labour cost times the real wage index, plus other costs and known extra costs of going alone, rounded to whole kroner.',
    },
  },
  joint_share: {
    nb: {
      label: 'Andel av fellesenhetens kostnad for {municipality}, {area}, {year}',
      formula:
        'Fellesenhetens kostnad fordelt etter kostnadsnøkkelen, i hele kroner etter største rest-metoden.',
    },
    nn: {
      label: 'Del av kostnaden til fellesenheten for {municipality}, {area}, {year}',
      formula:
        'Kostnaden til fellesenheten fordelt etter kostnadsnøkkelen, i heile kroner etter største rest-metoden.',
    },
    en: {
      label: 'Share of the joint unit’s cost for {municipality}, {area}, {year}',
      formula:
        'The joint unit’s cost split by the cost key, in whole kroner by the largest-remainder method.',
    },
  },
  one_off_share: {
    nb: {
      label: 'Andel av engangskostnadene for {municipality}, {area}, {year}',
      formula:
        'Årets engangskostnader fordelt etter nøkkelen for engangskostnader, i hele kroner etter største rest-metoden.',
    },
    nn: {
      label: 'Del av eingongskostnadene for {municipality}, {area}, {year}',
      formula:
        'Eingongskostnadene for året fordelte etter nøkkelen for eingongskostnader, i heile kroner etter største rest-metoden.',
    },
    en: {
      label: 'Share of the one-off costs for {municipality}, {area}, {year}',
      formula:
        'The year’s one-off costs split by the one-off key, in whole kroner by the largest-remainder method.',
    },
  },
  grant_share: {
    nb: {
      label: 'Andel av tilskuddet {grant} for {municipality}, {year}',
      formula: 'Tilskuddet fordelt etter tilskuddets nøkkel, i hele kroner etter største rest-metoden.',
    },
    nn: {
      label: 'Del av tilskotet {grant} for {municipality}, {year}',
      formula: 'Tilskotet fordelt etter nøkkelen for tilskotet, i heile kroner etter største rest-metoden.',
    },
    en: {
      label: 'Share of the grant {grant} for {municipality}, {year}',
      formula: 'The grant split by its key, in whole kroner by the largest-remainder method.',
    },
  },
  grant: {
    nb: {
      label: 'Tilskudd som regnes med: {grant}',
      formula: 'Tilskuddet, men ikke mer enn kostnadene det finansierer.',
    },
    nn: {
      label: 'Tilskot som blir rekna med: {grant}',
      formula: 'Tilskotet, men ikkje meir enn kostnadene det finansierer.',
    },
    en: { label: 'Grant counted: {grant}', formula: 'The grant, but no more than the costs it finances.' },
  },
  joint_cost: {
    nb: {
      label: 'Fellesenhetens kostnad, {area}, {year}',
      formula:
        'Nye løpende kostnader, pluss dagens lønnskostnad ganget med reallønnsindeksen og med det som er igjen etter innsparingen, pluss andre kostnader.',
    },
    nn: {
      label: 'Kostnaden til fellesenheten, {area}, {year}',
      formula:
        'Nye løpande kostnader, pluss lønnskostnaden i dag gonga med reallønsindeksen og med det som er att etter innsparinga, pluss andre kostnader.',
    },
    en: {
      label: 'The joint unit’s cost, {area}, {year}',
      formula:
        'New recurring costs, plus today’s labour cost times the real wage index and what is left after the saving, plus other costs.',
    },
  },
  one_off: {
    nb: { label: 'Engangskostnader, {area}, {year}', formula: 'Summen av årets engangskostnader.' },
    nn: { label: 'Eingongskostnader, {area}, {year}', formula: 'Summen av eingongskostnadene for året.' },
    en: { label: 'One-off costs, {area}, {year}', formula: 'The sum of the year’s one-off costs.' },
  },
  recurring: {
    nb: {
      label: 'Nye løpende kostnader, {area}, {year}',
      formula: 'Summen av de nye løpende kostnadene som gjelder i året.',
    },
    nn: {
      label: 'Nye løpande kostnader, {area}, {year}',
      formula: 'Summen av dei nye løpande kostnadene som gjeld i året.',
    },
    en: {
      label: 'New recurring costs, {area}, {year}',
      formula: 'The sum of the new recurring costs that apply in the year.',
    },
  },
  extras: {
    nb: {
      label: 'Kjente ekstrakostnader ved å fortsette alene for {municipality}, {area}, {year}',
      formula: 'Summen av kostnadene i nullalternativet som gjelder i året.',
    },
    nn: {
      label: 'Kjende ekstrakostnader ved å halde fram åleine for {municipality}, {area}, {year}',
      formula: 'Summen av kostnadene i nullalternativet som gjeld i året.',
    },
    en: {
      label: 'Known extra costs of going alone for {municipality}, {area}, {year}',
      formula: 'The sum of the zero alternative’s costs that apply in the year.',
    },
  },
  reduction: {
    nb: {
      label: 'Innsparing oppnådd, {area}, {year}',
      formula: 'Innsparingsandelen ganget med opptrappingen, men ikke mer enn naturlig avgang tillater.',
    },
    nn: {
      label: 'Innsparing oppnådd, {area}, {year}',
      formula: 'Innsparingsdelen gonga med opptrappinga, men ikkje meir enn naturleg avgang tillèt.',
    },
    en: {
      label: 'Saving reached, {area}, {year}',
      formula: 'The savings share times the ramp-up, but no more than natural attrition allows.',
    },
  },
  ramp_up: {
    nb: {
      label: 'Opptrapping, {area}, {year}',
      formula: 'Del av full effekt i driftsår k: (k + 1) delt på (opptrappingsår + 1), høyst 1.',
    },
    nn: {
      label: 'Opptrapping, {area}, {year}',
      formula: 'Del av full effekt i driftsår k: (k + 1) delt på (opptrappingsår + 1), høgst 1.',
    },
    en: {
      label: 'Ramp-up, {area}, {year}',
      formula: 'Share of full effect in operating year k: (k + 1) over (ramp-up years + 1), at most 1.',
    },
  },
  attrition_limit: {
    nb: {
      label: 'Grense fra naturlig avgang, {area}, {year}',
      formula: 'Årlig avgang ganget med antall driftsår.',
    },
    nn: {
      label: 'Grense frå naturleg avgang, {area}, {year}',
      formula: 'Årleg avgang gonga med talet på driftsår.',
    },
    en: {
      label: 'Limit from natural attrition, {area}, {year}',
      formula: 'Yearly attrition times the number of operating years.',
    },
  },
  wage_index: {
    nb: {
      label: 'Reallønnsindeks for {year}',
      formula: 'Én pluss reallønnsveksten, opphøyd i antall år etter basisåret.',
    },
    nn: {
      label: 'Reallønsindeks for {year}',
      formula: 'Éin pluss reallønsveksten, opphøgd i talet på år etter basisåret.',
    },
    en: {
      label: 'Real wage index for {year}',
      formula: 'One plus real wage growth, to the power of the years since the base year.',
    },
  },
  discount_factor: {
    nb: {
      label: 'Diskonteringsfaktor for {year}',
      formula: 'Produktet over årene etter basisåret av 1 delt på (1 + kalkulasjonsrenten).',
    },
    nn: {
      label: 'Diskonteringsfaktor for {year}',
      formula: 'Produktet over åra etter basisåret av 1 delt på (1 + kalkulasjonsrenta).',
    },
    en: {
      label: 'Discount factor for {year}',
      formula: 'The product over the years since the base year of 1 over (1 + the discount rate).',
    },
  },
  labour_total: {
    nb: { label: 'Lønnskostnad i dag i alt, {area}', formula: 'Summen over kommunene.' },
    nn: { label: 'Lønnskostnad i dag i alt, {area}', formula: 'Summen over kommunane.' },
    en: { label: 'Total labour cost today, {area}', formula: 'The sum over the municipalities.' },
  },
  other_total: {
    nb: { label: 'Andre kostnader i dag i alt, {area}', formula: 'Summen over kommunene.' },
    nn: { label: 'Andre kostnader i dag i alt, {area}', formula: 'Summen over kommunane.' },
    en: { label: 'Total other costs today, {area}', formula: 'The sum over the municipalities.' },
  },
  baseline_sum: {
    nb: { label: '{field}', formula: 'Summen av grunnlagsradene for kommunen i tjenesteområdet.' },
    nn: { label: '{field}', formula: 'Summen av grunnlagsradene for kommunen i tenesteområdet.' },
    en: { label: '{field}', formula: 'The sum of the municipality’s baseline rows in the service area.' },
  },
  key_share: {
    nb: { label: '{field}', formula: 'Kommunens del av grunnlaget for nøkkelen, delt på summen for alle.' },
    nn: {
      label: '{field}',
      formula: 'Delen til kommunen av grunnlaget for nøkkelen, delt på summen for alle.',
    },
    en: { label: '{field}', formula: 'The municipality’s part of the key’s basis, over the sum for all.' },
  },
  field: {
    nb: { label: '{field}', formula: 'Et tall i saken.' },
    nn: { label: '{field}', formula: 'Eit tal i saka.' },
    en: { label: '{field}', formula: 'A figure in the case.' },
  },
  uncertain_field: {
    nb: {
      label: '{field}',
      formula: 'Medianen (P50) av fordelingen som er lagt inn: halvparten av utfallene ligger under.',
    },
    nn: {
      label: '{field}',
      formula: 'Medianen (P50) av fordelinga som er lagd inn: halvparten av utfalla ligg under.',
    },
    en: {
      label: '{field}',
      formula: 'The median (P50) of the distribution entered: half of the outcomes lie below.',
    },
  },
  simulated: {
    nb: {
      label: '{statistic} for {municipality}',
      formula:
        'Regnet ved Monte Carlo-simulering: {draws} trekk fra fordelingene nedenfor, med frø {seed}. Samme frø og antall trekk gir samme tall.',
    },
    nn: {
      label: '{statistic} for {municipality}',
      formula:
        'Rekna ved Monte Carlo-simulering: {draws} trekk frå fordelingane nedanfor, med frø {seed}. Same frø og tal på trekk gir same tal.',
    },
    en: {
      label: '{statistic} for {municipality}',
      formula:
        'Computed by Monte Carlo simulation: {draws} draws from the distributions below, seed {seed}. The same seed and number of draws give the same figure.',
    },
  },
  allocation: {
    nb: {
      label: '{method}: beløp for {municipality}',
      formula: 'Metoden anvendt på kostnadene for hver gruppe av kommuner (koalisjonskostnadene).',
    },
    nn: {
      label: '{method}: beløp for {municipality}',
      formula: 'Metoden brukt på kostnadene for kvar gruppe av kommunar (koalisjonskostnadene).',
    },
    en: {
      label: '{method}: amount for {municipality}',
      formula: 'The method applied to the costs of every group of municipalities (the coalition costs).',
    },
  },
  coalition_cost: {
    nb: {
      label: 'Kostnad for {members} sammen, {area}',
      formula:
        'Lønnskostnad ganget med det som er igjen etter gruppens innsparing, pluss andre kostnader og nye løpende kostnader.',
    },
    nn: {
      label: 'Kostnad for {members} saman, {area}',
      formula:
        'Lønnskostnad gonga med det som er att etter innsparinga til gruppa, pluss andre kostnader og nye løpande kostnader.',
    },
    en: {
      label: 'Cost for {members} together, {area}',
      formula:
        'Labour cost times what is left after the group’s saving, plus other costs and new recurring costs.',
    },
  },
  coalition_alone: {
    nb: { label: 'Kostnad for {members} alene, {area}', formula: 'Lønnskostnad og andre kostnader i dag.' },
    nn: { label: 'Kostnad for {members} åleine, {area}', formula: 'Lønnskostnad og andre kostnader i dag.' },
    en: { label: 'Cost for {members} alone, {area}', formula: 'Labour cost and other costs today.' },
  },
  coalition_package: {
    nb: { label: 'Kostnad for {members}, alle områdene', formula: 'Summen over tjenesteområdene.' },
    nn: { label: 'Kostnad for {members}, alle områda', formula: 'Summen over tenesteområda.' },
    en: { label: 'Cost for {members}, all areas', formula: 'The sum over the service areas.' },
  },
  group_savings: {
    nb: {
      label: 'Innsparingsandel for {members}, {area}',
      formula:
        'Innsparingsandelen for hele enheten ganget med stordriftskurven ved gruppens årsverk, delt på kurven ved alle årsverk.',
    },
    nn: {
      label: 'Innsparingsdel for {members}, {area}',
      formula:
        'Innsparingsdelen for heile eininga gonga med stordriftskurva ved årsverka til gruppa, delt på kurva ved alle årsverk.',
    },
    en: {
      label: 'Savings share for {members}, {area}',
      formula:
        'The whole unit’s savings share times the scale curve at the group’s FTE, over the curve at all FTE.',
    },
  },
};

/** The Monte Carlo statistics in words. */
export const STATISTIC_WORDS: Readonly<Record<string, Record<Language, string>>> = {
  p10: { nb: 'Lav netto nåverdi (P10)', nn: 'Låg netto noverdi (P10)', en: 'Low net present value (P10)' },
  p50: {
    nb: 'Median netto nåverdi (P50)',
    nn: 'Median netto noverdi (P50)',
    en: 'Median net present value (P50)',
  },
  p90: { nb: 'Høy netto nåverdi (P90)', nn: 'Høg netto noverdi (P90)', en: 'High net present value (P90)' },
  mean: { nb: 'Forventet netto nåverdi', nn: 'Forventa netto noverdi', en: 'Expected net present value' },
  probabilityOfLoss: { nb: 'Sannsynlighet for tap', nn: 'Sannsyn for tap', en: 'Probability of a loss' },
};

/**
 * The words of `step` with the parameters filled in; an unknown step falls back to the field wording.
 * @example stepWords('npv', 'nb', { municipality: 'Melhus' }).label // → 'Netto nåverdi for Melhus'
 */
export function stepWords(
  step: string,
  language: Language,
  params: Readonly<Record<string, string | number>>,
): { label: string; formula: string } {
  const words = (STEP_WORDS[step] ?? (STEP_WORDS.field as Words))[language];
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
  return { label: fill(words.label), formula: fill(words.formula) };
}
