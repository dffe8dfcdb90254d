/**
 * The switchboard for a case: today's FTE and cost per municipality from the baseline, and, once call
 * volumes, handling time, opening hours and the service target are entered, the sizing of separate
 * switchboards against one pooled (Erlang C, or Erlang A when callers' patience is given), the pooling gain
 * in FTE and kroner and the pooled cost shared with the case's cost keys. Until then it lists what is missing.
 * @module
 */
import { allocateByKey } from '../../engine/cost-sharing/registry.ts';
import { erlangAModel } from '../../engine/queueing/erlang-a-staffing.ts';
import { FTE_HOURS_PER_YEAR } from '../../engine/queueing/fte-conversion.ts';
import {
  type SwitchboardInput,
  type SwitchboardSizing,
  switchboardSizing,
} from '../../engine/queueing/switchboard-sizing.ts';
import type { CaseDocument } from '../schema/case-document.ts';

/** The service area id of the switchboard in the default case. */
export const SWITCHBOARD_AREA = 'sentralbord';

export interface SwitchboardToday {
  municipalityNumber: string;
  fte: number | null;
  labourCost: number | null;
}

export interface SwitchboardView {
  areaId: string;
  today: SwitchboardToday[];
  /** Document paths of inputs still empty, e.g. `people.switchboard.ahtSeconds`. */
  missing: string[];
  /** `null` until every input needed is entered. */
  sizing: SwitchboardSizing | null;
  /** The pooled cost split by each cost key the case can use (population and equal share). */
  costShares: { keyId: string; shares: Record<string, number> }[];
}

function today(document: CaseDocument, areaId: string): SwitchboardToday[] {
  return document.participants.map((p) => {
    const rows = document.baseline.filter(
      (r) => r.areaId === areaId && r.scope === 'central' && r.municipalityNumber === p.municipalityNumber,
    );
    const sum = (pick: (r: (typeof rows)[number]) => number | null) =>
      rows.length === 0 || rows.some((r) => pick(r) === null)
        ? null
        : rows.reduce((s, r) => s + (pick(r) ?? 0), 0);
    return {
      municipalityNumber: p.municipalityNumber,
      fte: sum((r) => r.fte),
      labourCost: sum((r) => r.labourCost),
    };
  });
}

const costPerFte = (rows: readonly SwitchboardToday[]): number | null => {
  const fte = rows.reduce((s, r) => s + (r.fte ?? 0), 0);
  if (rows.some((r) => r.fte === null || r.labourCost === null) || fte === 0) return null;
  return Math.round(rows.reduce((s, r) => s + (r.labourCost ?? 0), 0) / fte);
};

function missingParameters(document: CaseDocument): string[] {
  const s = document.people.switchboard;
  const required = [
    'ahtSeconds',
    'targetServiceLevel',
    'targetSeconds',
    'shrinkage',
    'openWeeksPerYear',
  ] as const;
  const missing: string[] = required.filter((k) => s[k].value === null).map((k) => `people.switchboard.${k}`);
  document.participants.forEach((p) => {
    const entered = s.municipalities.find((m) => m.municipalityNumber === p.municipalityNumber);
    if (!entered || entered.calls === null) missing.push(`people.switchboard.calls.${p.municipalityNumber}`);
    if (!entered || entered.openingHours === null)
      missing.push(`people.switchboard.openingHours.${p.municipalityNumber}`);
  });
  return missing;
}

function sizingInput(document: CaseDocument, rows: readonly SwitchboardToday[]): SwitchboardInput {
  const s = document.people.switchboard;
  const patience = s.patienceSeconds.value;
  return {
    municipalities: document.participants.map((p) => {
      const entered = s.municipalities.find((m) => m.municipalityNumber === p.municipalityNumber);
      const own = rows.filter((r) => r.municipalityNumber === p.municipalityNumber);
      return {
        municipalityNumber: p.municipalityNumber,
        calls: entered?.calls ?? null,
        openingHours: entered?.openingHours ?? null,
        labourCostPerFteNok: costPerFte(own),
      };
    }),
    parameters: {
      intervalMinutes: s.intervalMinutes,
      ahtSeconds: s.ahtSeconds.value,
      targetServiceLevel: s.targetServiceLevel.value ?? 0,
      targetSeconds: s.targetSeconds.value ?? 0,
      ...(s.maxOccupancy.value === null ? {} : { maxOccupancy: s.maxOccupancy.value }),
      shrinkage: s.shrinkage.value ?? 0,
      fteHoursPerYear: FTE_HOURS_PER_YEAR,
      openWeeksPerYear: s.openWeeksPerYear.value ?? 0,
      pooledLabourCostPerFteNok: costPerFte(rows),
    },
    ...(patience === null ? {} : { queueModel: erlangAModel(patience) }),
  };
}

function costShares(document: CaseDocument, sizing: SwitchboardSizing | null): SwitchboardView['costShares'] {
  const total = sizing?.pooled?.costNok;
  if (total === null || total === undefined) return [];
  const participants = document.participants.map((p) => ({
    id: p.municipalityNumber,
    population: p.population,
  }));
  return (['population', 'equal'] as const).map((keyId) => {
    const amounts = allocateByKey(Math.round(total), participants, { keyId });
    return { keyId, shares: Object.fromEntries(participants.map((p, i) => [p.id, amounts[i] ?? 0])) };
  });
}

/**
 * The switchboard view of a case.
 * @example switchboardView(defaultCase()).missing // → ['people.switchboard.ahtSeconds', …]
 */
export function switchboardView(document: CaseDocument, areaId = SWITCHBOARD_AREA): SwitchboardView {
  const rows = today(document, areaId);
  const missing = missingParameters(document);
  const parametersMissing = missing.some((m) => !m.includes('.calls.') && !m.includes('.openingHours.'));
  const sizing = parametersMissing ? null : switchboardSizing(sizingInput(document, rows));
  return { areaId, today: rows, missing, sizing, costShares: costShares(document, sizing) };
}
