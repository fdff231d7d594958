import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import {
  aKpi, aLeaderboard, aProgress, aRecord, aRecordSet, aSeries, fakeGateway, liveStream, NOW, theRecords,
} from '../../testing/kpis';
import { renderWithProviders } from '../../testing/render';
import { ProgressPage } from './ProgressPage';

const october = aProgress({
  periodStart: '2026-10-01', periodEnd: '2026-11-01', actual: 21, attainment: 1.05, expected: 20, forecast: 21,
  forecastLow: null, forecastHigh: null, status: 'ACHIEVED', workingDays: 21, elapsedWorkingDays: 21,
});

function renderPage() {
  const stream = liveStream();
  const gateway = fakeGateway({
    '/api/analytics/kpis/k1/progress': (url: URL) =>
      url.searchParams.get('periodStart') === '2026-10-01' ? october : aProgress(),
    '/api/kpi/kpis/k1': aKpi('k1', '月間受注件数', 'deals.won.count'),
    '/api/analytics/metrics/deals.won.count/series': (url: URL) =>
      aSeries(url.searchParams.get('from')!, url.searchParams.get('to')!),
    '/api/analytics/metrics/deals.won.count/leaderboard': aLeaderboard('deals.won.count', 'OWNER', [[1, 'u-sato', 9]]),
    '/api/analytics/metrics/deals.won.count/records': theRecords('deals.won.count', 9,
      aRecordSet(Array.from({ length: 9 }, (_, i) => aRecord(`deal-${i}`)))),
  }, stream.response);
  vi.stubGlobal('fetch', gateway.fetch);
  renderWithProviders(
    <Routes>
      <Route path="/progress/:kpiId" element={<ProgressPage />} />
    </Routes>,
    undefined,
    '/progress/k1',
  );
  return { gateway, stream };
}

/** The points of an SVG polyline, as [x, y] pairs. */
const pointsOf = (line: Element) =>
  line.getAttribute('points')!.split(' ').map((pair) => pair.split(',').map(Number));

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ProgressPage', () => {
  it('shows the period and the big figures: actual, target, attainment, pace, forecast with its interval, status',
    async () => {
      renderPage();

      expect(await screen.findByRole('heading', { name: '月間受注件数' })).toBeInTheDocument();
      expect(screen.getByTestId('progress-period')).toHaveTextContent('Nov 1, 2026 – Nov 30, 2026');
      expect(screen.getByRole('link', { name: '← Previous period' }))
        .toHaveAttribute('href', '/progress/k1?periodStart=2026-10-01');
      expect(screen.queryByRole('link', { name: /Next period/ })).not.toBeInTheDocument();
      expect(screen.getByTestId('progress-actual')).toHaveTextContent(/^9$/);
      expect(screen.getByTestId('progress-target')).toHaveTextContent(/^20$/);
      expect(screen.getByTestId('progress-attainment')).toHaveTextContent('45%');
      expect(screen.getByTestId('progress-expected')).toHaveTextContent('12.6');
      expect(screen.getByText('working day 12 of 19')).toBeInTheDocument();
      expect(screen.getByTestId('progress-forecast')).toHaveTextContent(/^15$/);
      expect(screen.getByTestId('progress-interval')).toHaveTextContent('80 % interval: 12 – 18');
      expect(screen.getByTestId('progress-status')).toHaveTextContent('At risk');
    });

  it('charts the running total by day against the target line and the working-day pace, described for all',
    async () => {
      const { gateway } = renderPage();

      const chart = await screen.findByRole('img', { name: '月間受注件数: running total by day' });
      expect(chart).toHaveAccessibleDescription(
        'By Nov 18, 2026 the running total is 9 against a target of 20; the pace for today is 12.6.');
      const target = within(chart).getByTestId('chart-target');
      expect(target.getAttribute('y1')).toBe(target.getAttribute('y2'));
      // the actual runs from the period's start to the end of today (18 days), the pace over all 30 days
      const actual = pointsOf(within(chart).getByTestId('chart-actual'));
      expect(actual).toHaveLength(19);
      const pace = pointsOf(within(chart).getByTestId('chart-pace'));
      expect(pace).toHaveLength(31);
      // by the end of the 18th the pace has covered 12 of the 19 working days (the 3rd and 23rd are holidays)
      const [, zero] = pace[0];
      const top = Number(target.getAttribute('y1'));
      expect(pace[18][1]).toBeCloseTo(zero + ((top - zero) * 12) / 19, 0);
      expect(pace[30][1]).toBeCloseTo(top, 0);
      expect(within(chart).getByTestId('chart-forecast')).toBeInTheDocument();
      expect(gateway.calls('/api/kpi/settings/holidays').map((url) => url.searchParams.get('year'))).toEqual(['2026']);
    });

  it('opens the previous period, whose end has passed, with a way back to the next', async () => {
    const { gateway } = renderPage();

    await userEvent.click(await screen.findByRole('link', { name: '← Previous period' }));

    await waitFor(() =>
      expect(screen.getByTestId('progress-period')).toHaveTextContent('Oct 1, 2026 – Oct 31, 2026'));
    expect(screen.getByTestId('progress-status')).toHaveTextContent('Achieved');
    expect(screen.getByRole('link', { name: 'Next period →' }))
      .toHaveAttribute('href', '/progress/k1?periodStart=2026-11-01');
    const [, october] = gateway.calls('/api/analytics/metrics/deals.won.count/series');
    expect(Object.fromEntries(october.searchParams)).toEqual({ from: '2026-10-01', to: '2026-11-01', bucket: 'day' });
  });

  it('takes a progress event of the live stream into its figures', async () => {
    const { stream } = renderPage();
    expect(await screen.findByTestId('progress-actual')).toHaveTextContent(/^9$/);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Live'));

    stream.send(`event: progress\ndata: ${JSON.stringify(aProgress({ actual: 11, attainment: 0.55 }))}\n\n`);

    await waitFor(() => expect(screen.getByTestId('progress-actual')).toHaveTextContent(/^11$/));
    expect(screen.getByTestId('progress-attainment')).toHaveTextContent('55%');
  });
});
