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
const BaselineEditPage = lazy(() => import('../pages/baseline-edit-page.tsx'));
const RevisionHistoryPage = lazy(() => import('../pages/revision-history-page.tsx'));
const RevisionPage = lazy(() => import('../pages/revision-page.tsx'));
const PublicStatusPage = lazy(() => import('../pages/public-status-page.tsx'));
const NotFoundPage = lazy(() => import('../pages/not-found-page.tsx'));

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
                { path: '/saker/:caseId', element: <CaseOverviewPage /> },
                { path: '/saker/:caseId/grunnlag', element: <BaselineEditPage /> },
                { path: '/saker/:caseId/historikk', element: <RevisionHistoryPage /> },
                { path: '/saker/:caseId/historikk/:revision', element: <RevisionPage /> },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
