import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiContext } from '../api/ApiContext';
import { createApi } from '../api/clients';
import { ApiError } from '../api/problem';
import { SessionContext } from '../auth/SessionContext';
import type { Session } from '../auth/session';
import { AccountPage } from '../features/accounts/AccountPage';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { ActivitiesPage } from '../features/activities/ActivitiesPage';
import { Dashboard } from '../features/dashboard/Dashboard';
import { DealPage } from '../features/deals/DealPage';
import { DealsPage } from '../features/deals/DealsPage';
import { GoalTree } from '../features/goals/GoalTree';
import { KpiEditor } from '../features/goals/KpiEditor';
import { ImportPage } from '../features/imports/ImportPage';
import { LeaderboardPage } from '../features/leaderboard/LeaderboardPage';
import { LeadPage } from '../features/leads/LeadPage';
import { LeadsPage } from '../features/leads/LeadsPage';
import { OkrBoard } from '../features/okrs/OkrBoard';
import { PipelineBoard } from '../features/pipeline/PipelineBoard';
import { ProgressPage } from '../features/progress/ProgressPage';
import { ReviewPage } from '../features/reviews/ReviewPage';
import { ReviewsPage } from '../features/reviews/ReviewsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { Shell } from '../features/shell/Shell';
import { TeamsPage } from '../features/teams/TeamsPage';
import { WebhooksPage } from '../features/webhooks/WebhooksPage';

const router = createBrowserRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Dashboard /> },
      { path: 'kpis', element: <GoalTree /> },
      { path: 'kpis/:id', element: <KpiEditor /> },
      { path: 'progress/:kpiId', element: <ProgressPage /> },
      { path: 'leaderboard', element: <LeaderboardPage /> },
      { path: 'okrs', element: <OkrBoard /> },
      { path: 'reviews', element: <ReviewsPage /> },
      { path: 'reviews/:kpiId/:period', element: <ReviewPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'pipeline', element: <PipelineBoard /> },
      { path: 'deals', element: <DealsPage /> },
      { path: 'deals/:id', element: <DealPage /> },
      { path: 'leads', element: <LeadsPage /> },
      { path: 'leads/:id', element: <LeadPage /> },
      { path: 'accounts', element: <AccountsPage /> },
      { path: 'accounts/:id', element: <AccountPage /> },
      { path: 'activities', element: <ActivitiesPage /> },
      { path: 'imports', element: <ImportPage /> },
      { path: 'teams', element: <TeamsPage /> },
      { path: 'webhooks', element: <WebhooksPage /> },
      { path: '*', element: <Dashboard /> },
    ],
  },
]);

/** Client errors (4xx) are answers, not glitches: retrying them only delays the message. */
const retry = (failures: number, error: unknown) => !(error instanceof ApiError && error.status < 500) && failures < 2;

export function App({ session }: { session: Session }) {
  const api = useMemo(() => createApi(session), [session]);
  const queries = useMemo(() => new QueryClient({ defaultOptions: { queries: { retry } } }), []);
  return (
    <SessionContext.Provider value={session}>
      <ApiContext.Provider value={api}>
        <QueryClientProvider client={queries}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiContext.Provider>
    </SessionContext.Provider>
  );
}
