/**
 * Cross-references of the typed coalition-cost tables: the scenario and its area must exist, every
 * municipality of a group must take part in that area (in any of the scenario's areas for the package), a
 * group names nobody twice, no group is given twice, and there is at most one table per area and scenario.
 * @module
 */
import type { z } from 'zod';
import type { CaseDocumentShape } from './case-document-shape.ts';

type Shape = z.output<typeof CaseDocumentShape>;
type Path = (string | number)[];

/** The municipalities a table may name: the area's participants, or every area's for the package. */
function participantsOf(doc: Shape, scenarioId: string, areaId: string | undefined): Set<string> | null {
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return null;
  const areas = areaId === undefined ? scenario.areas : scenario.areas.filter((a) => a.areaId === areaId);
  if (areas.length === 0) return null;
  return new Set(areas.flatMap((a) => a.participants));
}

export function checkCostGameReferences(doc: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const ids = new Set<string>();
  const tables = new Set<string>();
  doc.costGames.forEach((game, g) => {
    const at: Path = ['costGames', g];
    if (ids.has(game.id)) issue([...at, 'id'], 'duplicate_id');
    ids.add(game.id);
    const table = `${game.scenarioId}|${game.areaId ?? ''}`;
    if (tables.has(table)) issue(at, 'duplicate_cost_game');
    tables.add(table);
    const allowed = participantsOf(doc, game.scenarioId, game.areaId);
    if (!doc.scenarios.some((s) => s.id === game.scenarioId))
      issue([...at, 'scenarioId'], 'unknown_reference');
    else if (allowed === null) issue([...at, 'areaId'], 'unknown_reference');
    const groups = new Set<string>();
    game.costs.forEach((row, r) => {
      const rowAt = [...at, 'costs', r];
      row.coalition.forEach((m, k) => {
        if (row.coalition.indexOf(m) !== k) issue([...rowAt, 'coalition', k], 'duplicate_member');
        else if (allowed !== null && !allowed.has(m)) issue([...rowAt, 'coalition', k], 'unknown_reference');
      });
      const group = [...new Set(row.coalition)].sort().join(',');
      if (groups.has(group)) issue([...rowAt, 'coalition'], 'duplicate_coalition');
      groups.add(group);
    });
  });
}
