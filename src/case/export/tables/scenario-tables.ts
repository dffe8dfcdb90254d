/**
 * Every export table but the baseline, by id, with whether it needs the LP solver: the integrator merges this
 * into the export registry in one line. A scenario table needs the solver when the scenario's keys are an
 * LP-based allocation method (`scenarioNeedsSolver`); the key comparison and the fairness check always do.
 * @module
 */
import { scenarioNeedsSolver } from '../../scenario/resolve-allocation-keys.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import type { ExportTableBuilder, ExportTableId } from '../export-table.ts';
import { budgetViewTable } from './budget-view-table.ts';
import { cashFlowsTable } from './cash-flows-table.ts';
import { costSharingTable } from './cost-sharing-table.ts';
import { departuresTable } from './departures-table.ts';
import { fairnessTable } from './fairness-table.ts';
import { modelMatrixTable } from './model-matrix-table.ts';
import { modelRankingTable } from './model-ranking-table.ts';
import { peopleTable } from './people-table.ts';
import { socioEconomicViewTable } from './socio-economic-view-table.ts';
import { switchboardTable } from './switchboard-table.ts';
import { benefitsTable } from './benefits-table.ts';

export interface MoreExportTable {
  build: ExportTableBuilder;
  /** True when `build` must be given `context.solver`; `scenarioId` omitted means the case's first scenario. */
  needsSolver: (document: CaseDocument, scenarioId: string | undefined) => boolean;
  /** Built from the whole document and redacted by role inside the builder (see `ExportEntry`). */
  redactsByRole?: true;
}

const scenarioOf = (document: CaseDocument, scenarioId: string | undefined) =>
  scenarioId ?? document.scenarios[0]?.id;

/** The scenario's own keys decide: a nucleolus or least-core key needs the solver to compute the net effect. */
const scenarioKeys = (document: CaseDocument, scenarioId: string | undefined) => {
  const id = scenarioOf(document, scenarioId);
  return id !== undefined && scenarioNeedsSolver(document, id);
};

/** The comparison computes every method, the nucleolus among them, whenever there is a scenario to compare. */
const comparison = (document: CaseDocument, scenarioId: string | undefined) => {
  const id = scenarioOf(document, scenarioId);
  return id !== undefined && document.scenarios.some((s) => s.id === id);
};

const never = () => false;

export const MORE_EXPORT_TABLES: Record<
  Exclude<
    ExportTableId,
    'baseline' | 'profile' | 'benchmark' | 'operations-budget' | 'a-konto' | 'settlement'
  >,
  MoreExportTable
> = {
  'cash-flows': { build: cashFlowsTable, needsSolver: scenarioKeys },
  'budget-view': { build: budgetViewTable, needsSolver: scenarioKeys },
  'socio-economic-view': { build: socioEconomicViewTable, needsSolver: scenarioKeys },
  'cost-sharing': { build: costSharingTable, needsSolver: comparison },
  fairness: { build: fairnessTable, needsSolver: comparison },
  people: { build: peopleTable, needsSolver: never, redactsByRole: true },
  departures: { build: departuresTable, needsSolver: never, redactsByRole: true },
  switchboard: { build: switchboardTable, needsSolver: never },
  'model-matrix': { build: modelMatrixTable, needsSolver: never },
  'model-ranking': { build: modelRankingTable, needsSolver: never },
  benefits: { build: benefitsTable, needsSolver: never },
};
