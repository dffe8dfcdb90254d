/**
 * Savings tied to people (issue 13, point 6): the FTE reduction a scenario assumes in each area and year,
 * checked against the departures the workforce projection expects (retirement and turnover, from the
 * ages in the baseline). What the reduction asks beyond natural attrition must go by other means:
 * moving people to other work, not filling temporary posts, or redundancies, and then the staff rules
 * apply (arbeidsmiljøloven chapter 16 for those transferred, § 15-7's protection against dismissal for
 * any reduction beyond attrition). Two bounds, as in the projection: `high` (everybody retires at the
 * first age) gives the fewest FTE beyond attrition, `low` (nobody before the upper age limit) the most.
 * @module
 */
import { expectedDepartures } from '../../engine/workforce/expected-departures.ts';
import type { CashFlowResult } from '../../engine/economics/scenario-cash-flows.ts';
import {
  assumptionsFor,
  firstProjectionYear,
  groupsOf,
  PROJECTION_YEARS,
} from '../people/workforce-projection.ts';
import type { CaseDocument } from '../schema/case-document.ts';

export interface AttritionYear {
  year: number;
  /** FTE the joint unit has fewer than today, by the scenario (0 before it starts). */
  reductionFte: number;
  /** Expected FTE departed since the projection's first year, under each bound; null without ages. */
  departedFte: { low: number; high: number } | null;
  /** FTE that must go by other means: at least (most departures) and at most (fewest); null without ages. */
  beyondAttritionFte: { atLeast: number; atMost: number } | null;
}

export interface AreaAttritionCheck {
  areaId: string;
  years: AttritionYear[];
  /**
   * The year that may need most FTE to go by other means (the largest «at most», ties by «at least»), with
   * both bounds; null when attrition covers every year or ages are missing.
   */
  worst: { year: number; atLeast: number; atMost: number } | null;
  /** True when the baseline has no ages for some participant, so departures cannot be projected. */
  agesMissing: boolean;
}

function departuresByYear(document: CaseDocument, areaId: string, participants: readonly string[]) {
  const groups = groupsOf(document, areaId, {}).filter((g) => participants.includes(g.id));
  if (groups.length === 0 || groups.some((g) => g.ages === null)) return null;
  const firstYear = firstProjectionYear(document);
  const project = (bound: 'low' | 'high') =>
    expectedDepartures({
      groups,
      firstYear,
      years: PROJECTION_YEARS,
      assumptions: assumptionsFor(document, bound),
    });
  const low = project('low');
  const high = project('high');
  const cumulative = (p: typeof low) => {
    const byYear = new Map<number, number>();
    let sum = 0;
    for (let i = 0; i < PROJECTION_YEARS; i++) {
      for (const unit of p.groups) sum += unit.years[i]?.departedFte ?? 0;
      byYear.set(firstYear + i, sum);
    }
    return byYear;
  };
  return {
    low: cumulative(low),
    high: cumulative(high),
    firstYear,
    lastYear: firstYear + PROJECTION_YEARS - 1,
  };
}

/**
 * The attrition check of every area of a scenario, from its cash flows (`computeCashFlows`).
 * @example attritionCheck(document, 'administrative-tjenester', analysis.cashFlows)[0].worst // → { year: 2030, atLeast: 2.1, atMost: 3.6 }
 */
export function attritionCheck(
  document: CaseDocument,
  scenarioId: string,
  cashFlows: CashFlowResult,
): AreaAttritionCheck[] {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return [];
  return cashFlows.areas.map((area) => {
    const participants = scenario.areas.find((a) => a.areaId === area.areaId)?.participants ?? [];
    const departures = departuresByYear(document, area.areaId, participants);
    const years = cashFlows.years.map((year, y): AttritionYear => {
      const joint = area.fteJointUnit[y] ?? 0;
      const reductionFte = joint === 0 ? 0 : Math.max(0, area.fteToday - joint);
      if (!departures) return { year, reductionFte, departedFte: null, beyondAttritionFte: null };
      // Beyond the projection's years, departures are held at their last value (no more are counted).
      const at = Math.min(Math.max(year, departures.firstYear - 1), departures.lastYear);
      const departedFte = { low: departures.low.get(at) ?? 0, high: departures.high.get(at) ?? 0 };
      return {
        year,
        reductionFte,
        departedFte,
        beyondAttritionFte: {
          atLeast: Math.max(0, reductionFte - departedFte.high),
          atMost: Math.max(0, reductionFte - departedFte.low),
        },
      };
    });
    const worstYear = years.reduce<AttritionYear | null>((best, y) => {
      const beyond = y.beyondAttritionFte;
      if (!beyond || beyond.atMost <= 1e-9) return best;
      const top = best?.beyondAttritionFte;
      if (!top) return y;
      const more = beyond.atMost > top.atMost + 1e-9;
      const tieButWorse = Math.abs(beyond.atMost - top.atMost) <= 1e-9 && beyond.atLeast > top.atLeast;
      return more || tieButWorse ? y : best;
    }, null);
    return {
      areaId: area.areaId,
      years,
      worst: worstYear?.beyondAttritionFte ? { year: worstYear.year, ...worstYear.beyondAttritionFte } : null,
      agesMissing: departures === null,
    };
  });
}
