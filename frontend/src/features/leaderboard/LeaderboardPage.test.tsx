import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n from '../../i18n';
import { aLeaderboard, fakeGateway, liveStream, NOW } from '../../testing/kpis';
import { renderWithProviders } from '../../testing/render';
import { LeaderboardPage } from './LeaderboardPage';

/** The leaderboards of the tenant: revenue and win rate, by owner (with a tie for second) and by team. */
function leaderboards(url: URL) {
  const metric = url.pathname.split('/')[4];
  const team = url.searchParams.get('by') === 'team';
  if (metric === 'deals.win_rate') {
    return aLeaderboard(metric, 'OWNER', [[1, 'u-sato', 0.625], [2, 'u-ito', 0.4], [3, 'u-mori', null]]);
  }
  return team
    ? aLeaderboard(metric, 'TEAM', [[1, 'team-west', 5400000], [2, 'team-east', 3000000]])
    : aLeaderboard(metric, 'OWNER',
      [[1, 'u-ito', 5400000], [2, 'u-sato', 1500000], [2, 'u-mori', 1500000], [4, 'u-gone', 0]]);
}

/** The page, once it shows the first ranking with its names. */
async function renderLeaderboard() {
  const gateway = fakeGateway({
    '/api/analytics/metrics/deals.won.amount/leaderboard': leaderboards,
    '/api/analytics/metrics/deals.win_rate/leaderboard': leaderboards,
  }, liveStream().response);
  vi.stubGlobal('fetch', gateway.fetch);
  renderWithProviders(<LeaderboardPage />, undefined, '/leaderboard');
  await screen.findByText('Kenta Ito');
  return { calls: () => gateway.calls('/api/analytics/metrics/deals.won.amount/leaderboard'), gateway };
}

/** Each row of the ranking as its rank, name and value. */
const ranking = () =>
  within(screen.getByTestId('leaderboard')).getAllByRole('row').slice(1).map((row) =>
    within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent).join(' | '));

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  // unmounted first: a language change re-renders whatever is still on screen
  cleanup();
  await i18n.changeLanguage('en');
});

describe('LeaderboardPage', () => {
  it('ranks the owners by revenue this month, by name, equal values sharing a rank, in the tenant currency',
    async () => {
      const { calls } = await renderLeaderboard();

      expect(screen.getByRole('heading', { name: 'Leaderboard' })).toBeInTheDocument();
      expect(screen.getByRole('table', { name: 'Revenue ranking' })).toBeInTheDocument();
      expect(ranking()).toEqual([
        '1 | Kenta Ito | ¥5,400,000',
        '2 | 佐藤 花子 | ¥1,500,000',
        '2 | 森 大輔 | ¥1,500,000',
        '4 | u-gone | ¥0',
      ]);
      expect(screen.getByTestId('leaderboard-period')).toHaveTextContent('Nov 1, 2026 – Nov 30, 2026');
      expect(screen.getByRole('tab', { name: 'By owner' })).toHaveAttribute('aria-selected', 'true');
      expect(Object.fromEntries(calls()[0].searchParams))
        .toEqual({ from: '2026-11-01', to: '2026-12-01', by: 'owner' });
    });

  it('switches to teams and back to owners', async () => {
    const { calls } = await renderLeaderboard();

    await userEvent.click(screen.getByRole('tab', { name: 'By team' }));

    await waitFor(() => expect(ranking()).toEqual(['1 | 西日本営業部 | ¥5,400,000', '2 | 東日本営業部 | ¥3,000,000']));
    expect(screen.getByRole('columnheader', { name: 'Team' })).toBeInTheDocument();
    expect(calls().at(-1)!.searchParams.get('by')).toBe('team');

    await userEvent.click(screen.getByRole('tab', { name: 'By owner' }));

    await waitFor(() => expect(ranking()[0]).toBe('1 | Kenta Ito | ¥5,400,000'));
    expect(screen.getByRole('columnheader', { name: 'Owner' })).toBeInTheDocument();
  });

  it('ranks by another metric in its unit, those without a value last', async () => {
    const { gateway } = await renderLeaderboard();

    await userEvent.selectOptions(screen.getByLabelText('Metric'), 'deals.win_rate');

    expect(await screen.findByRole('table', { name: 'Win rate ranking' })).toBeInTheDocument();
    expect(ranking()).toEqual(['1 | 佐藤 花子 | 62.5%', '2 | Kenta Ito | 40%', '3 | 森 大輔 | —']);
    expect(gateway.calls('/api/analytics/metrics/deals.win_rate/leaderboard')).toHaveLength(1);
  });

  it('takes the quarter and the fiscal year from the tenant\'s April fiscal year', async () => {
    const { calls } = await renderLeaderboard();

    await userEvent.selectOptions(screen.getByLabelText('Period'), 'This quarter');
    await waitFor(() => expect(calls().at(-1)!.searchParams.get('from')).toBe('2026-10-01'));
    expect(calls().at(-1)!.searchParams.get('to')).toBe('2027-01-01');
    expect(screen.getByTestId('leaderboard-period')).toHaveTextContent('Oct 1, 2026 – Dec 31, 2026');

    await userEvent.selectOptions(screen.getByLabelText('Period'), 'This fiscal year');
    await waitFor(() => expect(calls().at(-1)!.searchParams.get('from')).toBe('2026-04-01'));
    expect(calls().at(-1)!.searchParams.get('to')).toBe('2027-04-01');

    await userEvent.selectOptions(screen.getByLabelText('Period'), 'Last month');
    await waitFor(() => expect(calls().at(-1)!.searchParams.get('from')).toBe('2026-10-01'));
    expect(calls().at(-1)!.searchParams.get('to')).toBe('2026-11-01');
  });

  it('speaks Japanese, with figures formatted for it', async () => {
    await i18n.changeLanguage('ja');
    await renderLeaderboard();

    expect(screen.getByRole('heading', { name: 'ランキング' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '売上 のランキング' })).toBeInTheDocument();
    expect(ranking()[0]).toBe('1 | Kenta Ito | ￥5,400,000');
    expect(screen.getByRole('tab', { name: 'チーム別' })).toBeInTheDocument();
    expect(screen.getByTestId('leaderboard-period')).toHaveTextContent('2026/11/01 – 2026/11/30');
  });
});
