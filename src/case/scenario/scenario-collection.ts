/**
 * Adding and removing scenarios in a case document: a blank scenario, a copy of another under a new name, and
 * removal. Pure functions on the document; the server saves the result as a new revision. A scenario that
 * something else in the case refers to (a cost game, a non-priced assessment, agreement terms) is not removed:
 * the answer names what refers to it, so the user can change that first instead of losing it unseen.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { idFromName } from '../id-from-name.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { LocalizedText } from '../schema/common.ts';
import { placeholder } from '../schema/provenance.ts';
import type { Scenario } from '../schema/scenario.ts';

const WHO_SETS = 'Prosjektleder';

export { idFromName };

/** `base`, or `base-2`, `base-3` … : the first that no scenario of the case has. */
export function uniqueScenarioId(document: CaseDocument, base: string): string {
  const taken = new Set(document.scenarios.map((s) => s.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A scenario with no service areas and every general setting a placeholder: something can be computed, and
 * every page shows that nobody has set the values. `baseYear` is the price year the caller chooses.
 */
export function blankScenario(id: string, name: LocalizedText, baseYear: number): Scenario {
  const note = 'Nytt scenario: ingen kilde eller beslutning ennå.';
  return {
    id,
    name,
    baseYear,
    horizonYears: 10,
    areas: [],
    grants: [],
    realWageGrowth: { distribution: { kind: 'fixed', value: 0 }, provenance: placeholder(WHO_SETS, note) },
    inflation: { value: 0, provenance: placeholder(WHO_SETS, note) },
    fieldProvenance: {
      baseYear: placeholder(WHO_SETS, note),
      horizonYears: placeholder(WHO_SETS, note),
    },
  };
}

export interface AddedScenario {
  document: CaseDocument;
  scenario: Scenario;
}

/** The name in the three languages: the one name given is the user's own words in each. */
function nameOf(name: string): LocalizedText {
  return { nb: name };
}

/** Adds a blank scenario named `name`, with a fresh id. */
export function addBlankScenario(document: CaseDocument, name: string, baseYear: number): AddedScenario {
  const scenario = blankScenario(uniqueScenarioId(document, idFromName(name)), nameOf(name), baseYear);
  return { document: { ...document, scenarios: [...document.scenarios, scenario] }, scenario };
}

/**
 * Adds a copy of scenario `sourceId` named `name`, with a fresh id; every setting, area and provenance is
 * copied as it is, so a placeholder stays a placeholder. `null` if there is no such scenario.
 */
export function addScenarioCopy(
  document: CaseDocument,
  sourceId: string,
  name: string,
): AddedScenario | null {
  const source = document.scenarios.find((s) => s.id === sourceId);
  if (!source) return null;
  const scenario: Scenario = {
    ...structuredClone(source),
    id: uniqueScenarioId(document, idFromName(name)),
    name: nameOf(name),
  };
  return { document: { ...document, scenarios: [...document.scenarios, scenario] }, scenario };
}

/** One part of the case that refers to a scenario, in words, with the path of the reference. */
export interface ScenarioReference {
  path: string;
  words: string;
}

const REFERENCE_WORDS = {
  costGame: {
    nb: (id: string) => `kostnadsspillet «${id}»`,
    nn: (id: string) => `kostnadsspelet «${id}»`,
    en: (id: string) => `the cost game «${id}»`,
  },
  nonPriced: {
    nb: (name: string) => `vurderingen av den ikke-prissatte virkningen «${name}»`,
    nn: (name: string) => `vurderinga av den ikkje-prissette verknaden «${name}»`,
    en: (name: string) => `the assessment of the non-priced effect «${name}»`,
  },
  agreement: {
    nb: (id: string) => `avtalevilkårene «${id}»`,
    nn: (id: string) => `avtalevilkåra «${id}»`,
    en: (id: string) => `the agreement terms «${id}»`,
  },
  unit: {
    nb: (name: string) => `den felles enheten «${name}»`,
    nn: (name: string) => `den felles eininga «${name}»`,
    en: (name: string) => `the joint unit «${name}»`,
  },
} as const;

/** Everything in the case that refers to scenario `scenarioId`, named in `language`. */
export function scenarioReferences(
  document: CaseDocument,
  scenarioId: string,
  language: Language,
): ScenarioReference[] {
  const found: ScenarioReference[] = [];
  document.costGames.forEach((game, i) => {
    if (game.scenarioId === scenarioId)
      found.push({ path: `costGames[${i}].scenarioId`, words: REFERENCE_WORDS.costGame[language](game.id) });
  });
  document.nonPricedEffects.forEach((effect, i) => {
    const a = effect.assessments.findIndex((assessment) => assessment.scenarioId === scenarioId);
    if (a >= 0)
      found.push({
        path: `nonPricedEffects[${i}].assessments[${a}].scenarioId`,
        words: REFERENCE_WORDS.nonPriced[language](effect.name[language] ?? effect.name.nb),
      });
  });
  document.agreementTerms.forEach((terms, i) => {
    if (terms.scenarioId === scenarioId)
      found.push({
        path: `agreementTerms[${i}].scenarioId`,
        words: REFERENCE_WORDS.agreement[language](terms.name ?? terms.modelId),
      });
  });
  document.operations.units.forEach((unit, i) => {
    if (unit.scenarioId === scenarioId)
      found.push({
        path: `operations.units[${i}].scenarioId`,
        words: REFERENCE_WORDS.unit[language](unit.name[language] ?? unit.name.nb),
      });
  });
  return found;
}

export type RemovedScenario =
  | { kind: 'removed'; document: CaseDocument; scenario: Scenario }
  | { kind: 'not-found' }
  | { kind: 'referenced'; references: ScenarioReference[] };

/** The case without scenario `scenarioId`, unless something refers to it. */
export function removeScenario(
  document: CaseDocument,
  scenarioId: string,
  language: Language,
): RemovedScenario {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return { kind: 'not-found' };
  const references = scenarioReferences(document, scenarioId, language);
  if (references.length > 0) return { kind: 'referenced', references };
  return {
    kind: 'removed',
    scenario,
    document: { ...document, scenarios: document.scenarios.filter((s) => s.id !== scenarioId) },
  };
}

/** The revision comment: «Nytt scenario «…» (kopi av «…»)» or «Nytt scenario «…»». */
export function addedComment(name: string, copyOf: string | null, language: Language): string {
  if (copyOf === null)
    return { nb: `Nytt scenario «${name}»`, nn: `Nytt scenario «${name}»`, en: `New scenario «${name}»` }[
      language
    ];
  return {
    nb: `Nytt scenario «${name}» (kopi av «${copyOf}»)`,
    nn: `Nytt scenario «${name}» (kopi av «${copyOf}»)`,
    en: `New scenario «${name}» (copy of «${copyOf}»)`,
  }[language];
}

/** The revision comment of a removal: «Slettet scenario «…»». */
export function removedComment(name: string, language: Language): string {
  return {
    nb: `Slettet scenario «${name}»`,
    nn: `Sletta scenario «${name}»`,
    en: `Deleted scenario «${name}»`,
  }[language];
}

/** Why a removal was refused, naming each part that refers to the scenario. */
export function referencedMessage(
  name: string,
  references: readonly ScenarioReference[],
  language: Language,
) {
  const list = references.map((r) => r.words).join(', ');
  return {
    nb: `Scenarioet «${name}» kan ikke slettes fordi ${list} viser til det. Endre det først. Ingenting er lagret.`,
    nn: `Scenarioet «${name}» kan ikkje slettast fordi ${list} viser til det. Endre det først. Ingenting er lagra.`,
    en: `The scenario «${name}» cannot be deleted because ${list} refers to it. Change that first. Nothing was saved.`,
  }[language];
}
