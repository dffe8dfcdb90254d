/** Every API route. The app, the OpenAPI document and the route × role tests all walk this list. */
import type { Route } from '../route.ts';
import { authRoutes } from './auth.ts';
import { caseRoutes } from './cases.ts';
import { memberRoutes } from './members.ts';
import { publicRoutes } from './public.ts';
import { scenarioRoutes } from './scenarios.ts';

export const allRoutes: readonly Route[] = [
  ...authRoutes,
  ...caseRoutes,
  ...memberRoutes,
  ...scenarioRoutes,
  ...publicRoutes,
];
