/**
 * The engine's warnings about a scenario (`missing_baseline`, `attrition_limits_savings`, …) in words,
 * naming the area, municipality and year they concern, and the editor's own warning that no costs are
 * estimated.
 * @module
 */
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { Scenario } from '../../../case/schema/scenario.ts';
import type { ScenarioWarning } from '../../../engine/economics/scenario-input.ts';
import type { Language } from '../../../i18n/language.ts';
import { localized } from '../../i18n/localized-text.ts';
import { messageKeyOr } from '../../i18n/message-key.ts';
import type { Translate } from '../../i18n/use-t.ts';

/** The service area's name in the interface language, or its id. */
export function areaName(document: CaseDocument, areaId: string, language: Language): string {
  const area = document.serviceAreas.find((candidate) => candidate.id === areaId);
  return area ? localized(area.name, language) : areaId;
}

export function municipalityName(document: CaseDocument, number: string): string {
  return document.participants.find((p) => p.municipalityNumber === number)?.name ?? number;
}

/**
 * One sentence per warning. Engine paths start `['serviceAreas', a, …]` or `['grants', g, …]`, in the
 * scenario's order.
 */
export function warningMessage(
  warning: ScenarioWarning,
  scenario: Scenario,
  document: CaseDocument,
  t: Translate,
  language: Language,
): string {
  const [root, index, , participant] = warning.path;
  const area = root === 'serviceAreas' && typeof index === 'number' ? scenario.areas[index] : undefined;
  const municipality = area && typeof participant === 'number' ? (area.participants[participant] ?? '') : '';
  return t(messageKeyOr(`warning.${warning.code}`, 'warning.unknown'), {
    area: area ? areaName(document, area.areaId, language) : '',
    municipality: municipality === '' ? '' : municipalityName(document, municipality),
    year: warning.year ?? '',
    code: warning.code,
  });
}

/** Areas with neither one-off nor recurring costs: the seeds name the kinds but give no amounts. */
export function areasWithoutCosts(scenario: Scenario): string[] {
  return scenario.areas
    .filter((area) => area.oneOffCosts.length === 0 && area.recurringCosts.length === 0)
    .map((area) => area.areaId);
}
