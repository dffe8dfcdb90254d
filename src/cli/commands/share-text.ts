/**
 * The texts of `flokk share` in bokmål, nynorsk and English: messages and the `--help` text.
 * @module
 */
import type { Language } from '../../i18n/language.ts';

const nb = {
  noScenarios: 'Saken har ingen scenarier.',
  unknownScenario: (id: string, ids: string) => `Ukjent scenario «${id}». Saken har: ${ids}`,
  chooseScenario: (ids: string) => `Velg scenario med --scenario: ${ids}`,
  unknownArea: (id: string, ids: string) => `Scenarioet har ikke området «${id}». Det har: ${ids}`,
  unknownMethod: (id: string, ids: string) => `Ukjent fordeling «${id}». Velg blant: ${ids}`,
  gameAlone: '--game tar ingen saksfil, --default, --scenario, --area eller --method.',
  invalidGame: (file: string) => `${file}: kostnadstabellen er ikke gyldig`,
  gameHeading: (file: string) => `Kostnadsspill fra ${file}`,
  package: 'hele pakken (alle områdene)',
  unavailableTitle: 'Fordelinger som ikke kan beregnes her:',
  netUnavailable: (method: string) =>
    `Netto effekt per år vises ikke: ${method} kan ikke beregnes her. Velg en annen fordeling med --method.`,
};

export type ShareText = typeof nb;

export const SHARE_TEXT: Record<Language, ShareText> = {
  nb,
  nn: {
    ...nb,
    noScenarios: 'Saka har ingen scenario.',
    unknownScenario: (id, ids) => `Ukjent scenario «${id}». Saka har: ${ids}`,
    chooseScenario: (ids) => `Vel scenario med --scenario: ${ids}`,
    unknownArea: (id, ids) => `Scenarioet har ikkje området «${id}». Det har: ${ids}`,
    unknownMethod: (id, ids) => `Ukjend fordeling «${id}». Vel mellom: ${ids}`,
    gameAlone: '--game tek inga saksfil, --default, --scenario, --area eller --method.',
    invalidGame: (file) => `${file}: kostnadstabellen er ikkje gyldig`,
    gameHeading: (file) => `Kostnadsspel frå ${file}`,
    package: 'heile pakken (alle områda)',
    unavailableTitle: 'Fordelingar som ikkje kan reknast ut her:',
    netUnavailable: (method) =>
      `Netto effekt per år blir ikkje vist: ${method} kan ikkje reknast ut her. Vel ei anna fordeling med --method.`,
  },
  en: {
    noScenarios: 'The case has no scenarios.',
    unknownScenario: (id, ids) => `Unknown scenario "${id}". The case has: ${ids}`,
    chooseScenario: (ids) => `Choose a scenario with --scenario: ${ids}`,
    unknownArea: (id, ids) => `The scenario has no area "${id}". It has: ${ids}`,
    unknownMethod: (id, ids) => `Unknown allocation "${id}". Choose from: ${ids}`,
    gameAlone: '--game takes no case file, --default, --scenario, --area or --method.',
    invalidGame: (file) => `${file}: the cost table is not valid`,
    gameHeading: (file) => `Cost game from ${file}`,
    package: 'the whole package (every area)',
    unavailableTitle: 'Allocations that cannot be computed here:',
    netUnavailable: (method) =>
      `No net effect per year: ${method} cannot be computed here. Choose another allocation with --method.`,
  },
};

const TABLE_EXAMPLE = '{ "players": ["A", "B"], "costs": [{ "coalition": ["A"], "cost": 6 }, …] }';

export const SHARE_HELP: Record<Language, string> = {
  nb: [
    'Regner kostnaden c(S) for hver gruppe kommuner i et tjenesteområde av scenarioet (uten --area: hele pakken),',
    'avledet fra scenarioet eller oppgitt i saken (costGames), og deler den felles driftskostnaden etter',
    'folketall, lik andel, volum og hybrid, og etter Shapley-verdien, nukleolus (også per medlem og proporsjonal),',
    'minste kjerne, SCRB og lik relativ gevinst (EPM). For hver fordeling: kroner per kommune, andel av',
    'innsparingen og kjernesjekken («Melhus betaler 0,3 mill. kr mer enn alene»), og netto effekt per år.',
    '',
    'Valg:',
    '  --scenario ID  scenarioet (påkrevd når saken har flere)',
    '  --area ID      tjenesteområdet; uten: hele pakken',
    '  --method ID    fordelingen for netto effekt per år (standard nucleolus)',
    '  --game FIL     et kostnadsspill som tabell (JSON):',
    `                 ${TABLE_EXAMPLE}`,
    '  --json         skriv JSON',
  ].join('\n'),
  nn: [
    'Reknar kostnaden c(S) for kvar gruppe kommunar i eit tenesteområde i scenarioet (utan --area: heile pakken),',
    'avleidd frå scenarioet eller oppgitt i saka (costGames), og deler den felles driftskostnaden etter',
    'folketal, lik del, volum og hybrid, og etter Shapley-verdien, nukleolus (òg per medlem og proporsjonal),',
    'minste kjerne, SCRB og lik relativ vinst (EPM). For kvar fordeling: kroner per kommune, del av',
    'innsparinga og kjernesjekken («Melhus betaler 0,3 mill. kr meir enn åleine»), og netto effekt per år.',
    '',
    'Val:',
    '  --scenario ID  scenarioet (påkravd når saka har fleire)',
    '  --area ID      tenesteområdet; utan: heile pakken',
    '  --method ID    fordelinga for netto effekt per år (standard nucleolus)',
    '  --game FIL     eit kostnadsspel som tabell (JSON):',
    `                 ${TABLE_EXAMPLE}`,
    '  --json         skriv JSON',
  ].join('\n'),
  en: [
    'Computes the cost c(S) of every group of municipalities in a service area of the scenario (without --area:',
    'the whole package), derived from the scenario or typed in the case (costGames), and shares the joint running',
    'cost by population, equal shares, volume and hybrid keys, and by the Shapley value, the nucleolus (also',
    'per-capita and proportional), the least core, SCRB and the Equal Profit Method. For each: kroner per',
    'municipality, share of the saving, the core check ("Melhus pays 0,3 mill. kr more than alone"), and the net',
    'effect per year.',
    '',
    'Options:',
    '  --scenario ID  the scenario (required when the case has several)',
    '  --area ID      the service area; without it, the whole package',
    '  --method ID    the allocation for the net effect per year (default nucleolus)',
    '  --game FILE    a cost game as a table (JSON):',
    `                 ${TABLE_EXAMPLE}`,
    '  --json         write JSON',
  ].join('\n'),
};
