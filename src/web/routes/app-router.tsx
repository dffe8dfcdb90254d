/**
 * The app's addresses. Pages load on demand, so signing in does not download the editor.
 * @module
 */
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../components/app-layout.tsx';
import { RequireSession } from '../components/require-session.tsx';
import { RouteErrorPage } from '../pages/route-error-page.tsx';

const SignInPage = lazy(() => import('../pages/sign-in-page.tsx'));
const CaseListPage = lazy(() => import('../pages/case-list-page.tsx'));
const CaseOverviewPage = lazy(() => import('../pages/case-overview-page.tsx'));
const DecisionPage = lazy(() => import('../pages/decision-page.tsx'));
const BaselineEditPage = lazy(() => import('../pages/baseline-edit-page.tsx'));
const BaselineImportPage = lazy(() => import('../pages/baseline-import-page.tsx'));
const RevisionHistoryPage = lazy(() => import('../pages/revision-history-page.tsx'));
const RevisionPage = lazy(() => import('../pages/revision-page.tsx'));
const ScenarioListPage = lazy(() => import('../pages/scenario-list-page.tsx'));
const ScenarioPage = lazy(() => import('../pages/scenario-page.tsx'));
const ScenarioComparePage = lazy(() => import('../pages/scenario-compare-page.tsx'));
const PublicStatusPage = lazy(() => import('../pages/public-status-page.tsx'));
const ProcessPage = lazy(() => import('../pages/process-page.tsx'));
const PeoplePage = lazy(() => import('../pages/people-page.tsx'));
const BenchmarkPage = lazy(() => import('../pages/benchmark-page.tsx'));
const SwitchboardPage = lazy(() => import('../pages/switchboard-page.tsx'));
const CostSharingPage = lazy(() => import('../pages/cost-sharing-page.tsx'));
const NotFoundPage = lazy(() => import('../pages/not-found-page.tsx'));
const ModelChoicePage = lazy(() => import('../pages/model-choice-page.tsx'));
const MembersPage = lazy(() => import('../pages/members-page.tsx'));
const DocumentsPage = lazy(() => import('../pages/documents-page.tsx'));
const AccountPage = lazy(() => import('../pages/account-page.tsx'));
const SettlementPage = lazy(() => import('../pages/settlement-page.tsx'));
const OperationsPage = lazy(() => import('../pages/operations-page.tsx'));
const BenefitsPage = lazy(() => import('../pages/benefits-page.tsx'));

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { path: '/logg-inn', element: <SignInPage /> },
            { path: '/status/:caseId', element: <PublicStatusPage /> },
            {
              element: <RequireSession />,
              children: [
                { path: '/', element: <CaseListPage /> },
                { path: '/konto', element: <AccountPage /> },
                { path: '/saker/:caseId', element: <DecisionPage /> },
                { path: '/saker/:caseId/oversikt', element: <CaseOverviewPage /> },
                { path: '/saker/:caseId/grunnlag', element: <BaselineEditPage /> },
                { path: '/saker/:caseId/grunnlag/import', element: <BaselineImportPage /> },
                { path: '/saker/:caseId/drift/oppgjor', element: <SettlementPage /> },
                { path: '/saker/:caseId/kostnadsdeling', element: <CostSharingPage /> },
                { path: '/saker/:caseId/modellvalg', element: <ModelChoicePage /> },
                { path: '/saker/:caseId/prosess', element: <ProcessPage /> },
                { path: '/saker/:caseId/ansatte', element: <PeoplePage /> },
                { path: '/saker/:caseId/sammenligning', element: <BenchmarkPage /> },
                { path: '/saker/:caseId/medlemmer', element: <MembersPage /> },
                { path: '/saker/:caseId/sentralbord', element: <SwitchboardPage /> },
                { path: '/saker/:caseId/dokumenter', element: <DocumentsPage /> },
                { path: '/saker/:caseId/historikk', element: <RevisionHistoryPage /> },
                { path: '/saker/:caseId/historikk/:revision', element: <RevisionPage /> },
                { path: '/saker/:caseId/scenarier', element: <ScenarioListPage /> },
                { path: '/saker/:caseId/scenarier/sammenlign', element: <ScenarioComparePage /> },
                { path: '/saker/:caseId/scenarier/:scenarioId', element: <ScenarioPage /> },
                { path: '/saker/:caseId/drift', element: <OperationsPage /> },
                { path: '/saker/:caseId/drift/gevinster', element: <BenefitsPage /> },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
