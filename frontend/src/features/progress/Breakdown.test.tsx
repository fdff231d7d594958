import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import { aKpi, aLeaderboard, aProgress, aSeries, fakeGateway, liveStream, NOW, theRecords } from '../../testing/kpis';
import { renderWithProviders } from '../../testing/render';
import { ProgressPage } from './ProgressPage';

const revenue = aProgress({ metricId: 'deals.won.amount', name: '月間受注金額', actual: 4500000, target: 10000000 });

/** The revenue KPI's detail page, the KPI filtered as given; the leaderboard answers by owner or team. */
function renderRevenue(filters: Record<string, string> = {}) {
  const stream = liveStream();
  const gateway = fakeGateway({
    '/api/analytics/kpis/k1/progress': revenue,
    '/api/kpi/kpis/k1': aKpi('k1', '月間受注金額', 'deals.won.amount', filters),
    '/api/analytics/metrics/deals.won.amount/series': (url: URL) =>
      aSeries(url.searchParams.get('from')!, url.searchParams.get('to')!),
    '/api/analytics/metrics/deals.won.amount/records': theRecords('deals.won.amount', 0,
      { total: 0, sum: 0, truncated: false, records: [] }),
    '/api/analytics/metrics/deals.won.amount/leaderboard': (url: URL) => url.searchParams.get('by') === 'team'
      ? aLeaderboard('deals.won.amount', 'TEAM', [[1, 'team-west', 2700000], [2, 'team-east', 1800000]])
      : aLeaderboard('deals.won.amount', 'OWNER',
        [[1, 'u-ito', 2700000], [2, 'u-sato', 1200000], [3, 'u-gone', 600000]]),
  }, stream.response);
  vi.stubGlobal('fetch', gateway.fetch);
  renderWithProviders(
    <Routes>
      <Route path="/progress/:kpiId" element={<ProgressPage />} />
    </Routes>,
    undefined,
    '/progress/k1',
  );
  return gateway;
}

/** Each row of a ranking as its cells' text. */
const rowsOf = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1).map((row) =>
    within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent));

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Breakdown of a KPI figure', () => {
  it('ranks the owners by the KPI figure over its period and filters, by name, then the teams', async () => {
    const gateway = renderRevenue({ source: 'web' });

    const section = await screen.findByRole('region', { name: 'Breakdown' });
    const owners = await within(section).findByRole('table', { name: '月間受注金額 by owner' });
    await waitFor(() => expect(rowsOf(owners)).toEqual([
      ['1', 'Kenta Ito', '¥2,700,000'],
      ['2', '佐藤 花子', '¥1,200,000'],
      ['3', 'u-gone', '¥600,000'],
    ]));
    const [byOwner] = gateway.calls('/api/analytics/metrics/deals.won.amount/leaderboard');
    expect(Object.fromEntries(byOwner.searchParams)).toEqual({
      from: '2026-11-01', to: '2026-12-01', by: 'owner', source: 'web',
    });

    await userEvent.click(within(section).getByRole('tab', { name: 'By team' }));

    const teams = await within(section).findByRole('table', { name: '月間受注金額 by team' });
    expect(rowsOf(teams)).toEqual([['1', '西日本営業部', '¥2,700,000'], ['2', '東日本営業部', '¥1,800,000']]);
    expect(within(section).getByRole('tab', { name: 'By team' })).toHaveAttribute('aria-selected', 'true');
    expect(gateway.calls('/api/analytics/metrics/deals.won.amount/leaderboard').at(-1)!.searchParams.get('by'))
      .toBe('team');
  });

  it('opens by team for a KPI of one owner, whom there is no ranking among', async () => {
    const gateway = renderRevenue({ ownerId: 'u-sato' });

    const section = await screen.findByRole('region', { name: 'Breakdown' });
    expect(await within(section).findByRole('table', { name: '月間受注金額 by team' })).toBeInTheDocument();
    const [byTeam] = gateway.calls('/api/analytics/metrics/deals.won.amount/leaderboard');
    expect(byTeam.searchParams.get('by')).toBe('team');
    expect(byTeam.searchParams.get('ownerId')).toBe('u-sato');

    await userEvent.click(within(section).getByRole('tab', { name: 'By owner' }));

    expect(within(section).getByTestId('breakdown-only')).toHaveTextContent("This KPI counts only 佐藤 花子's records.");
    expect(gateway.calls('/api/analytics/metrics/deals.won.amount/leaderboard')).toHaveLength(1);
  });
});
