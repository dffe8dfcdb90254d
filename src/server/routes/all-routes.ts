/** Every API route. The app, the OpenAPI document and the route × role tests all walk this list. */
import type { Route } from '../route.ts';
import { analysisCheckRoutes } from './analysis-check.ts';
import { benchmarkRoutes } from './benchmarks.ts';
import { changeEffectRoutes } from './change-effect.ts';
import { authRoutes } from './auth.ts';
import { caseLifecycleRoutes } from './case-lifecycle.ts';
import { caseRoutes } from './cases.ts';
import { restoreRevisionRoute } from './restore-revision.ts';
import { populationFillRoute } from './population-fill.ts';
import { costSharingRoutes } from './cost-sharing.ts';
import { decisionRoutes } from './decision.ts';
import { documentRoutes } from './documents.ts';
import { agreementCheckRoutes } from './agreement-check.ts';
import { explainRoutes } from './explain.ts';
import { exportRoutes } from './export.ts';
import { memberRoutes } from './members.ts';
import { modelChoiceRoutes } from './model-choice.ts';
import { processFeedRoutes } from './process-feeds.ts';
import { publicRoutes } from './public.ts';
import { scenarioCollectionRoutes } from './scenario-collection.ts';
import { scenarioRoutes } from './scenarios.ts';
import { peopleRoutes } from './people.ts';
import { baselineImportRoutes } from './baseline-import.ts';
import { settlementRoutes } from './settlement.ts';
import { operationsRoutes } from './operations.ts';
import { benefitRoutes } from './benefits.ts';

export const allRoutes: readonly Route[] = [
  ...authRoutes,
  ...caseRoutes,
  ...caseLifecycleRoutes,
  restoreRevisionRoute,
  populationFillRoute,
  ...memberRoutes,
  ...scenarioRoutes,
  ...decisionRoutes,
  ...scenarioCollectionRoutes,
  ...costSharingRoutes,
  ...explainRoutes,
  ...modelChoiceRoutes,
  ...peopleRoutes,
  ...publicRoutes,
  ...processFeedRoutes,
  ...analysisCheckRoutes,
  ...changeEffectRoutes,
  ...documentRoutes,
  ...agreementCheckRoutes,
  ...benchmarkRoutes,
  ...baselineImportRoutes,
  ...exportRoutes,
  ...settlementRoutes,
  ...operationsRoutes,
  ...benefitRoutes,
];
