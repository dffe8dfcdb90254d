/**
 * The cooperation as one unit: the participants' population, area and density added up, the combined baseline
 * staffing and costs per service area, FTE per 1 000 inhabitants, the staff's ages as a reader may see them,
 * and the single municipalities of about the same size to compare the unit with.
 *
 * Built from the document as the viewer's role sees it: a reader's document has the ages of groups under 5
 * persons withheld already (`documentForRole`), so nothing here can give them back.
 * @module
 */
import { baselineTotals, type BaselineTotal, type PartialSum } from '../../engine/baseline-totals.ts';
import { populationSum, type PopulationSum } from '../population-sum.ts';
import type { RedactedCase } from '../redact-personal-data.ts';
import type { AgeInfo, BaselineRow } from '../schema/baseline.ts';
import type { PopulationFigure } from '../schema/participants.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { comparableMunicipalities, type ComparableMunicipalities } from './comparable-municipalities.ts';
import type { ReferenceDataset, ReferenceMunicipality } from './reference-data.ts';

export interface ProfileMember {
  number: string;
  name: string;
  /** Population at 1 January of `referenceYear` (SSB 07459); `null` if the reference data lacks it. */
  population: number | null;
  areaKm2: number | null;
  kostraGroup: number | null;
}

export interface AreaStaffing {
  areaId: string;
  /** Both scopes (the unit's own staff and the same work done in other units) added up. */
  fte: PartialSum;
  decentralFte: PartialSum;
  labourCost: PartialSum;
  otherCost: PartialSum;
  /** fte ÷ population × 1 000; `null` when either is unknown. */
  ftePer1000: number | null;
}

export interface AgeGroup {
  municipalityNumber: string;
  scope: BaselineRow['scope'];
  /** Ages as the source gives them; `null` when withheld or not given (see `withheld`). */
  ages: AgeInfo | null;
  /** True when withheld because the group may have fewer than 5 persons. */
  withheld: boolean;
}

export interface CooperationProfile {
  referenceYear: number | null;
  members: ProfileMember[];
  /** Sum of the members' populations; `null` unless every member's is known (a part-sum is no one's figure). */
  population: number | null;
  areaKm2: number | null;
  /** Inhabitants per km². */
  density: number | null;
  /** The case's own population figures, with their sources, beside the reference data. */
  caseFigures: {
    sum: PopulationSum | null;
    combined: PopulationFigure[];
    /** The reference data's sum at the date of the case's sum, when it has that year. */
    referenceAtSameDate: number | null;
    /** case sum − reference sum at the same date; `null` when they cannot be compared. */
    difference: number | null;
  };
  areas: AreaStaffing[];
  total: Omit<AreaStaffing, 'areaId'>;
  ages: { areaId: string; groups: AgeGroup[] }[];
  /** Number of age groups withheld for this viewer. */
  withheldAgeGroups: number;
  comparable: ComparableMunicipalities;
}

function addSums(sums: readonly PartialSum[]): PartialSum {
  const known = sums.filter((s) => s.value !== null);
  return {
    value:
      known.length === 0 ? null : Math.round(known.reduce((sum, s) => sum + (s.value ?? 0), 0) * 100) / 100,
    known: sums.reduce((n, s) => n + s.known, 0),
    missing: sums.reduce((n, s) => n + s.missing, 0),
  };
}

const EMPTY: PartialSum = { value: null, known: 0, missing: 0 };

function otherCostSum(rows: readonly BaselineRow[]): PartialSum {
  return addSums(
    rows
      .flatMap((row) => row.otherCosts)
      .map((c) => ({
        value: c.amount,
        known: c.amount === null ? 0 : 1,
        missing: c.amount === null ? 1 : 0,
      })),
  );
}

function per1000(fte: number | null, population: number | null): number | null {
  if (fte === null || population === null || population === 0) return null;
  return (fte / population) * 1000;
}

function areaStaffing(
  areaId: string,
  totals: readonly BaselineTotal[],
  rows: readonly BaselineRow[],
  population: number | null,
): AreaStaffing {
  const own = totals.filter((t) => t.areaId === areaId);
  const fte = addSums(own.map((t) => t.fte));
  return {
    areaId,
    fte,
    decentralFte: own.find((t) => t.scope === 'decentral')?.fte ?? EMPTY,
    labourCost: addSums(own.map((t) => t.labourCost)),
    otherCost: otherCostSum(rows.filter((r) => r.areaId === areaId)),
    ftePer1000: per1000(fte.value, population),
  };
}

/** The latest year every participant has a reference population for. */
function latestCommonYear(members: readonly (ReferenceMunicipality | undefined)[]): number | null {
  const known = members.filter((m) => m !== undefined);
  if (known.length === 0) return null;
  const years = Object.keys(known[0]?.population ?? {})
    .filter((year) => known.every((m) => m.population[year] !== undefined))
    .map(Number)
    .sort((a, b) => b - a);
  return years[0] ?? null;
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
}

function caseFigures(document: CaseDocument, references: readonly (ReferenceMunicipality | undefined)[]) {
  const sum = populationSum(document);
  const year = sum ? sum.referenceDate.slice(0, 4) : null;
  const atSameDate =
    sum && sum.referenceDate.endsWith('-01-01') && year !== null
      ? sumOrNull(references.map((m) => m?.population[year] ?? null))
      : null;
  return {
    sum,
    combined: document.combinedPopulation,
    referenceAtSameDate: atSameDate,
    difference: sum && atSameDate !== null ? sum.value - atSameDate : null,
  };
}

/**
 * The profile of the case's participants as one unit, from the document as the viewer may see it.
 * @param totals the baseline totals when already computed (the case view has them); computed here otherwise.
 * @example cooperationProfile(redactPersonalData(defaultCase()), shippedReferenceData()).population // → 32_490
 */
export function cooperationProfile(
  redacted: RedactedCase,
  reference: ReferenceDataset,
  totals: readonly BaselineTotal[] = baselineTotals(redacted.document.baseline),
): CooperationProfile {
  const { document, suppressed } = redacted;
  const byNumber = new Map(reference.municipalities.map((m) => [m.number, m]));
  const references = document.participants.map((p) => byNumber.get(p.municipalityNumber));
  const year = latestCommonYear(references);
  const members: ProfileMember[] = document.participants.map((p, i) => {
    const m = references[i];
    return {
      number: p.municipalityNumber,
      name: p.name,
      population: (m && year !== null ? m.population[String(year)] : undefined) ?? null,
      areaKm2: m?.areaKm2 ?? null,
      kostraGroup: m?.kostraGroup ?? null,
    };
  });
  const population = sumOrNull(members.map((m) => m.population));
  const area = sumOrNull(members.map((m) => m.areaKm2));
  const areas = document.serviceAreas
    .map((a) => a.id)
    .filter((id) => document.baseline.some((r) => r.areaId === id))
    .map((id) => areaStaffing(id, totals, document.baseline, population));
  const fte = addSums(areas.map((a) => a.fte));
  const withheld = new Set(suppressed);
  const ages = areas.map(({ areaId }) => ({
    areaId,
    groups: document.baseline.flatMap((row, index) =>
      row.areaId === areaId
        ? [
            {
              municipalityNumber: row.municipalityNumber,
              scope: row.scope,
              ages: row.ages,
              withheld: withheld.has(`baseline[${index}].ages`),
            },
          ]
        : [],
    ),
  }));
  return {
    referenceYear: year,
    members,
    population,
    areaKm2: area,
    density: population !== null && area !== null && area > 0 ? population / area : null,
    caseFigures: caseFigures(document, references),
    areas,
    total: {
      fte,
      decentralFte: addSums(areas.map((a) => a.decentralFte)),
      labourCost: addSums(areas.map((a) => a.labourCost)),
      otherCost: addSums(areas.map((a) => a.otherCost)),
      ftePer1000: per1000(fte.value, population),
    },
    ages,
    withheldAgeGroups: ages.flatMap((a) => a.groups).filter((g) => g.withheld).length,
    comparable: comparableMunicipalities(reference, population, year, new Set(members.map((m) => m.number))),
  };
}
