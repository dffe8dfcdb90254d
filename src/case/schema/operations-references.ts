/**
 * Cross-references of the operations part: every unit, component, municipality, area and scenario named
 * exists, ids are unique, one budget per unit and year, and the shared costs of a unit go to its members
 * (a service sale may go to any municipality of the case, since buyers need not be members).
 * @module
 */
import type { z } from 'zod';
import type { CaseDocumentShape } from './case-document-shape.ts';

type Shape = z.output<typeof CaseDocumentShape>;
type Path = (string | number)[];

export function checkOperationsReferences(doc: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const ops = doc.operations;
  const municipalities = new Set<string>(doc.participants.map((p) => p.municipalityNumber));
  const areas = new Set(doc.serviceAreas.map((a) => a.id));
  const scenarios = new Set(doc.scenarios.map((s) => s.id));
  const members = new Map<string, Set<string>>();

  ops.units.forEach((unit, u) => {
    const at = ['operations', 'units', u];
    if (members.has(unit.id)) issue([...at, 'id'], 'duplicate_id');
    const own = new Set<string>();
    unit.members.forEach((m, i) => {
      if (!municipalities.has(m.municipality))
        issue([...at, 'members', i, 'municipality'], 'unknown_reference');
      if (own.has(m.municipality)) issue([...at, 'members', i, 'municipality'], 'duplicate_member');
      own.add(m.municipality);
      if (m.joins !== undefined && m.leaves !== undefined && m.leaves <= m.joins)
        issue([...at, 'members', i, 'leaves'], 'leaves_before_joins');
    });
    members.set(unit.id, own);
    const host = unit.hostMunicipality?.value;
    if (host !== undefined && !municipalities.has(host))
      issue([...at, 'hostMunicipality', 'value'], 'unknown_reference');
    if (unit.scenarioId !== undefined && !scenarios.has(unit.scenarioId))
      issue([...at, 'scenarioId'], 'unknown_reference');
    unit.areaIds.forEach((id, i) => {
      if (!areas.has(id)) issue([...at, 'areaIds', i], 'unknown_reference');
    });
  });

  const budgets = new Set<string>();
  const componentsOf = new Map<string, Set<string>>();
  ops.budgets.forEach((budget, b) => {
    const at = ['operations', 'budgets', b];
    const own = members.get(budget.unitId);
    if (own === undefined) issue([...at, 'unitId'], 'unknown_reference');
    const key = `${budget.unitId}|${budget.year}`;
    if (budgets.has(key)) issue([...at, 'year'], 'duplicate_budget');
    budgets.add(key);
    const ids = new Set<string>();
    budget.components.forEach((c, k) => {
      const cat = [...at, 'components', k];
      if (ids.has(c.id)) issue([...cat, 'id'], 'duplicate_id');
      ids.add(c.id);
      if (c.areaId !== undefined && !areas.has(c.areaId)) issue([...cat, 'areaId'], 'unknown_reference');
      const seen = new Set<string>();
      c.participants.forEach((m, i) => {
        if (!municipalities.has(m)) issue([...cat, 'participants', i], 'unknown_reference');
        else if (own !== undefined && c.kind !== 'serviceSale' && !own.has(m))
          issue([...cat, 'participants', i], 'not_a_member');
        if (seen.has(m)) issue([...cat, 'participants', i], 'duplicate_member');
        seen.add(m);
      });
      c.phaseIn?.oldShares.forEach((s, i) => {
        if (!c.participants.includes(s.municipality))
          issue([...cat, 'phaseIn', 'oldShares', i, 'municipality'], 'unknown_reference');
      });
    });
    componentsOf.set(key, ids);
    budget.ledgerRules.forEach((rule, r) => {
      if (!ids.has(rule.component)) issue([...at, 'ledgerRules', r, 'component'], 'unknown_reference');
    });
  });

  ops.settlements.forEach((s, i) => {
    const at = ['operations', 'settlements', i];
    const components = componentsOf.get(`${s.unitId}|${s.year}`);
    // A settlement needs the budget of its year: the keys and participants it is split by.
    if (components === undefined) issue([...at, 'year'], 'unknown_reference');
    s.actualPerComponent.forEach((a, k) => {
      if (components !== undefined && !components.has(a.componentId))
        issue([...at, 'actualPerComponent', k, 'componentId'], 'unknown_reference');
    });
    s.paidOnAccount?.forEach((p, k) => {
      if (!municipalities.has(p.municipality))
        issue([...at, 'paidOnAccount', k, 'municipality'], 'unknown_reference');
    });
  });

  const plans = new Set<string>();
  ops.benefitPlans.forEach((plan, p) => {
    const at = ['operations', 'benefitPlans', p];
    if (plans.has(plan.id)) issue([...at, 'id'], 'duplicate_id');
    plans.add(plan.id);
    if (!members.has(plan.unitId)) issue([...at, 'unitId'], 'unknown_reference');
    if ('studyFigure' in plan.baseline) {
      const figure = plan.baseline.studyFigure;
      if (!areas.has(figure.areaId)) issue([...at, 'baseline', 'studyFigure', 'areaId'], 'unknown_reference');
      if (figure.municipality !== undefined && !municipalities.has(figure.municipality))
        issue([...at, 'baseline', 'studyFigure', 'municipality'], 'unknown_reference');
    }
  });
}
