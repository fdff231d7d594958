import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { aKgi, aKgiProgress, aKpi, aProgress, aSeries, fakeGateway, liveStream, NOW } from '../../testing/kpis';
import { eventStream, json, renderWithProviders, urlOf } from '../../testing/render';
import { Dashboard } from './Dashboard';

const metric = (value: number | null) => ({
  metric: 'deals.won.count',
  from: '2026-11-01',
  to: '2026-12-01',
  timeZone: 'Asia/Tokyo',
  value,
});

/** The tenant's answers besides the metric: no KPIs yet. */
const noKpis = {
  '/api/analytics/kpis/progress': [],
  '/api/analytics/kgis/progress': [],
  '/api/kpi/tree': { kgis: [], unlinked: [] },
};

const revenue = aProgress({
  kpiId: 'k2', name: '月間受注金額', metricId: 'deals.won.amount', actual: 4500000, target: 10000000,
  attainment: 0.45, expected: 6315789.47, forecast: 9000000, forecastLow: null, forecastHigh: null, status: 'AT_RISK',
});
const winRate = aProgress({
  kpiId: 'k3', name: '受注率', metricId: 'deals.win_rate', actual: 0.25, target: 0.3, attainment: 0.833,
  expected: null, forecast: 0.25, forecastLow: 0.2, forecastHigh: 0.31, status: 'AT_RISK',
});
const cycle = aProgress({
  kpiId: 'k4', name: '営業サイクル', metricId: 'deals.cycle_days', direction: 'LOWER', actual: 32.5, target: 40,
  attainment: 1.23, expected: null, forecast: 31, forecastLow: null, forecastHigh: null, status: 'ON_TRACK',
});

/** k1 under a KSF of the KGI, k2 directly under it, k3 linked to no goal, k4 not in the tree at all. */
const tree = {
  kgis: [{
    kgi: aKgi('g1', '年間売上目標'),
    ksfs: [{
      ksf: { id: 's1', kgiId: 'g1', name: '受注を増やす' },
      kpis: [{ kpi: aKpi('k1', '月間受注件数', 'deals.won.count'), subKpis: [] }],
    }],
    kpis: [{ kpi: aKpi('k2', '月間受注金額', 'deals.won.amount', { ownerId: 'u-1' }), subKpis: [] }],
  }],
  unlinked: [{ kpi: aKpi('k3', '受注率', 'deals.win_rate'), subKpis: [] }],
};

const series = (url: URL) => aSeries(url.searchParams.get('from')!, url.searchParams.get('to')!);

function kpiGateway(progress = [aProgress(), revenue, winRate, cycle], stream = () => eventStream(': keep-alive\n\n'),
  kgis: unknown = [aKgiProgress()], goals: unknown = tree) {
  return fakeGateway({
    '/api/analytics/kpis/progress': progress,
    '/api/analytics/kgis/progress': kgis,
    '/api/kpi/tree': goals,
    '/api/analytics/metrics/deals.won.count': metric(3),
    '/api/analytics/metrics/deals.won.count/series': series,
    '/api/analytics/metrics/deals.won.amount/series': series,
    '/api/analytics/metrics/deals.win_rate/series': series,
    '/api/analytics/metrics/deals.cycle_days/series': series,
  }, stream);
}

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Dashboard', () => {
  it('shows the deals won this month with their period', async () => {
    vi.stubGlobal('fetch', fakeGateway({ ...noKpis, '/api/analytics/metrics/deals.won.count': metric(1234) },
      () => eventStream(': keep-alive\n\n')).fetch);

    renderWithProviders(<Dashboard />);

    expect(await screen.findByTestId('metric-deals.won.count')).toHaveTextContent('1,234');
    expect(screen.getByText(/Nov 1, 2026/)).toHaveTextContent('Nov 30, 2026');
    expect(await screen.findByRole('status')).toHaveTextContent('Live');
  });

  it('refreshes the figure when the live stream says it changed', async () => {
    let value = 7;
    const stream = liveStream();
    vi.stubGlobal('fetch', fakeGateway({ ...noKpis, '/api/analytics/metrics/deals.won.count': () => metric(value) },
      stream.response).fetch);

    renderWithProviders(<Dashboard />);
    expect(await screen.findByTestId('metric-deals.won.count')).toHaveTextContent('7');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Live'));

    value = 8;
    stream.send('event: metrics-changed\ndata: {"metrics":["deals.won.count"]}\n\n');

    await waitFor(() => expect(screen.getByTestId('metric-deals.won.count')).toHaveTextContent('8'));
  });

  it('explains a failure with the problem detail instead of a blank card', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = urlOf(input);
      if (url.includes('/stream')) {
        return eventStream();
      }
      return url.includes('/metrics/deals.won.count')
        ? json({ status: 503, title: 'Service Unavailable', detail: 'Analytics is restarting.' }, 503,
            'application/problem+json')
        : fakeGateway(noKpis, eventStream).fetch(input);
    });

    renderWithProviders(<Dashboard />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Analytics is restarting.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows a value-less metric as a dash, not as zero', async () => {
    vi.stubGlobal('fetch', fakeGateway({ ...noKpis, '/api/analytics/metrics/deals.won.count': metric(null) },
      eventStream).fetch);

    renderWithProviders(<Dashboard />);

    expect(await screen.findByTestId('metric-deals.won.count')).toHaveTextContent('—');
  });

  it('shows a KPI card with actual against target, attainment with the pace marker, forecast, status and trend',
    async () => {
      vi.stubGlobal('fetch', kpiGateway().fetch);

      renderWithProviders(<Dashboard />);

      const card = await screen.findByTestId('kpi-card-k1');
      expect(card).toHaveAccessibleName('月間受注件数');
      expect(within(card).getByRole('link', { name: '月間受注件数' })).toHaveAttribute('href', '/progress/k1');
      expect(screen.getByTestId('kpi-actual-k1')).toHaveTextContent(/^9$/);
      expect(card).toHaveTextContent('of 20');
      expect(within(card).getByRole('progressbar', { name: 'Attainment' })).toHaveAttribute('aria-valuenow', '45');
      expect(card).toHaveTextContent('45% attained · pace 12.6');
      // the pace stands at expected ÷ target = 12.63 ÷ 20 of the bar
      expect(screen.getByTestId('kpi-pace-k1').style.left).toBe(`${((20 * 12) / 19 / 20) * 100}%`);
      expect(screen.getByTestId('kpi-forecast-k1')).toHaveTextContent('Forecast 15 (12 – 18)');
      expect(screen.getByTestId('kpi-status-k1')).toHaveTextContent('At risk');
      expect(card).toHaveClass('status-at-risk');
      // the running total of the 18 days so far: a deal every other day makes 9
      const sparkline = await within(card).findByRole('img', { name: '月間受注件数, running total day by day' });
      expect(sparkline.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(18);
    });

  it('formats each figure in its metric\'s unit and asks for the series with the KPI\'s filters', async () => {
    const gateway = kpiGateway();
    vi.stubGlobal('fetch', gateway.fetch);

    renderWithProviders(<Dashboard />);

    expect(await screen.findByTestId('kpi-actual-k2')).toHaveTextContent('¥4,500,000');
    expect(screen.getByTestId('kpi-card-k2')).toHaveTextContent('of ¥10,000,000');
    expect(screen.getByTestId('kpi-forecast-k2')).toHaveTextContent(/^Forecast ¥9,000,000$/);
    expect(screen.getByTestId('kpi-actual-k3')).toHaveTextContent('25%');
    expect(screen.getByTestId('kpi-forecast-k3')).toHaveTextContent('Forecast 25% (20% – 31%)');
    expect(screen.getByTestId('kpi-actual-k4')).toHaveTextContent('32.5 days');
    expect(screen.getByTestId('kpi-status-k4')).toHaveTextContent('On track');
    // pace is for cumulative metrics only
    expect(screen.queryByTestId('kpi-pace-k3')).not.toBeInTheDocument();
    await waitFor(() => expect(gateway.calls('/api/analytics/metrics/deals.won.amount/series')).toHaveLength(1));
    const [asked] = gateway.calls('/api/analytics/metrics/deals.won.amount/series');
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      from: '2026-11-01', to: '2026-11-19', bucket: 'day', ownerId: 'u-1',
    });
  });

  it('groups the KPIs under their KGI, headed by the KGI\'s card, and those serving no KGI under Other KPIs',
    async () => {
      vi.stubGlobal('fetch', kpiGateway().fetch);

      renderWithProviders(<Dashboard />);

      const kgi = await screen.findByRole('region', { name: '年間売上目標' });
      const cards = within(kgi).getAllByRole('article');
      expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual(['年間売上目標', '月間受注件数', '月間受注金額']);
      expect(cards[0]).toBe(screen.getByTestId('kgi-card-g1'));
      expect(cards[0]).toHaveClass('kgi-card');
      expect(cards[0]).not.toHaveClass('kpi-card');
      expect(within(kgi).getAllByRole('heading')[0]).toHaveTextContent('KGI 年間売上目標');
      const others = screen.getByRole('region', { name: 'Other KPIs' });
      expect(within(others).queryByTestId(/^kgi-card-/)).not.toBeInTheDocument();
      expect(within(others).getAllByRole('article').map((card) => card.getAttribute('aria-label')))
        .toEqual(['受注率', '営業サイクル']);
    });

  it('shows the KGI\'s card with actual against target in its metric\'s unit, attainment with the pace marker, '
    + 'forecast, status and span', async () => {
    vi.stubGlobal('fetch', kpiGateway().fetch);

    renderWithProviders(<Dashboard />);

    const card = await screen.findByTestId('kgi-card-g1');
    expect(card).toHaveAccessibleName('年間売上目標');
    expect(screen.getByTestId('kgi-actual-g1')).toHaveTextContent(/^¥45,000,000$/);
    expect(card).toHaveTextContent('of ¥120,000,000');
    // the span ends on the deadline, the day before periodEnd
    expect(card).toHaveTextContent('Apr 1, 2026 – Mar 31, 2027 (deadline) · working day 160 of 243');
    expect(within(card).getByRole('progressbar', { name: 'Attainment' })).toHaveAttribute('aria-valuenow', '38');
    expect(card).toHaveTextContent('38% attained · pace ¥79,012,346');
    expect(screen.getByTestId('kgi-pace-g1').style.left).toBe(`${((120000000 * 160) / 243 / 120000000) * 100}%`);
    expect(screen.getByTestId('kgi-forecast-g1'))
      .toHaveTextContent('Forecast ¥68,000,000 (¥60,000,000 – ¥76,000,000)');
    expect(screen.getByTestId('kgi-status-g1')).toHaveTextContent('Off track');
    expect(card).toHaveClass('status-off-track');
  });

  it('shows a manual KGI in plain numbers, and a KGI without progress yet with a dash', async () => {
    const goals = {
      kgis: [
        {
          kgi: aKgi('g2', '新規出店数', { metricId: null, unit: '店舗', target: 12, baseline: 3 }),
          ksfs: [],
          kpis: [{ kpi: aKpi('k1', '月間受注件数', 'deals.won.count'), subKpis: [] }],
        },
        {
          kgi: aKgi('g1', '年間売上目標'),
          ksfs: [],
          kpis: [{ kpi: aKpi('k2', '月間受注金額', 'deals.won.amount'), subKpis: [] }],
        },
      ],
      unlinked: [],
    };
    const stores = aKgiProgress({
      kgiId: 'g2', name: '新規出店数', metricId: null, actual: 7, baseline: 3, target: 12, attainment: 0.444,
      expected: 8.5, forecast: 11, forecastLow: 9, forecastHigh: 13, status: 'AT_RISK',
    });
    vi.stubGlobal('fetch', kpiGateway([aProgress(), revenue], undefined, [stores], goals).fetch);

    renderWithProviders(<Dashboard />);

    const manual = await screen.findByTestId('kgi-card-g2');
    expect(screen.getByTestId('kgi-actual-g2')).toHaveTextContent(/^7$/);
    expect(manual).toHaveTextContent('of 12');
    expect(manual).toHaveTextContent('from a baseline of 3');
    expect(manual).toHaveTextContent('44% attained · pace 8.5');
    expect(screen.getByTestId('kgi-forecast-g2')).toHaveTextContent('Forecast 11 (9 – 13)');
    expect(screen.getByTestId('kgi-status-g2')).toHaveTextContent('At risk');

    const unmeasured = screen.getByTestId('kgi-card-g1');
    expect(unmeasured).toHaveAccessibleName('年間売上目標');
    expect(screen.getByTestId('kgi-actual-g1')).toHaveTextContent(/^—$/);
    expect(unmeasured).toHaveTextContent('of ¥120,000,000');
    expect(unmeasured).toHaveTextContent('Apr 1, 2026 – Mar 31, 2027 (deadline)');
    expect(screen.getByTestId('kgi-status-g1')).toHaveTextContent('No data');
    expect(screen.queryByTestId('kgi-forecast-g1')).not.toBeInTheDocument();
    expect(within(unmeasured).getByRole('progressbar', { name: 'Attainment' })).not.toHaveAttribute('aria-valuenow');
  });

  it('still shows the KPIs when the KGIs\' progress fails', async () => {
    vi.stubGlobal('fetch', kpiGateway(undefined, undefined,
      json({ status: 503, title: 'Service Unavailable', detail: 'Analytics is restarting.' }, 503,
        'application/problem+json')).fetch);

    renderWithProviders(<Dashboard />);

    expect(await screen.findByTestId('kpi-actual-k1')).toHaveTextContent(/^9$/);
    expect(screen.getByRole('alert')).toHaveTextContent('Analytics is restarting.');
    expect(screen.getByTestId('kgi-actual-g1')).toHaveTextContent(/^—$/);
  });

  it('invites to define KPIs when the tenant has none', async () => {
    vi.stubGlobal('fetch', fakeGateway({ ...noKpis, '/api/analytics/metrics/deals.won.count': metric(0) },
      eventStream).fetch);

    renderWithProviders(<Dashboard />);

    const empty = await screen.findByTestId('kpi-empty');
    expect(empty).toHaveTextContent('No KPIs yet');
    expect(within(empty).getByRole('link', { name: 'Define KPIs' })).toHaveAttribute('href', '/kpis');
    expect(screen.getByTestId('metric-deals.won.count')).toHaveTextContent('0');
  });

  it('updates a card from a progress event of the live stream, without fetching the progress again', async () => {
    const stream = liveStream();
    const gateway = kpiGateway([aProgress(), revenue], stream.response);
    vi.stubGlobal('fetch', gateway.fetch);

    renderWithProviders(<Dashboard />);
    expect(await screen.findByTestId('kpi-actual-k1')).toHaveTextContent(/^9$/);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Live'));
    await waitFor(() => expect(gateway.calls('/api/analytics/metrics/deals.won.count/series')).toHaveLength(1));

    const won = aProgress({ actual: 20, attainment: 1, forecast: 24, forecastLow: 22, forecastHigh: 26,
      status: 'ACHIEVED' });
    stream.send(`event: progress\ndata: ${JSON.stringify(won)}\n\n`);

    await waitFor(() => expect(screen.getByTestId('kpi-actual-k1')).toHaveTextContent(/^20$/));
    expect(screen.getByTestId('kpi-status-k1')).toHaveTextContent('Achieved');
    expect(screen.getByTestId('kpi-forecast-k1')).toHaveTextContent('Forecast 24 (22 – 26)');
    expect(screen.getByTestId('kpi-actual-k2')).toHaveTextContent('¥4,500,000');
    expect(gateway.calls('/api/analytics/kpis/progress')).toHaveLength(1);
    // its trend is fetched again, the other KPI's is not
    await waitFor(() => expect(gateway.calls('/api/analytics/metrics/deals.won.count/series')).toHaveLength(2));
    expect(gateway.calls('/api/analytics/metrics/deals.won.amount/series')).toHaveLength(1);
  });

  it('updates the KGI\'s card from a kgi-progress event of the live stream, without fetching the progress again',
    async () => {
      const stream = liveStream();
      const gateway = kpiGateway([aProgress(), revenue], stream.response);
      vi.stubGlobal('fetch', gateway.fetch);

      renderWithProviders(<Dashboard />);
      expect(await screen.findByTestId('kgi-actual-g1')).toHaveTextContent(/^¥45,000,000$/);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Live'));

      const won = aKgiProgress({ actual: 52000000, attainment: 52 / 120, forecast: 78000000, forecastLow: 70000000,
        forecastHigh: 86000000, status: 'AT_RISK' });
      stream.send(`event: kgi-progress\ndata: ${JSON.stringify(won)}\n\n`);

      // within a second (waitFor's default timeout), without a reload
      await waitFor(() => expect(screen.getByTestId('kgi-actual-g1')).toHaveTextContent(/^¥52,000,000$/));
      expect(screen.getByTestId('kgi-status-g1')).toHaveTextContent('At risk');
      expect(screen.getByTestId('kgi-card-g1')).toHaveClass('status-at-risk');
      expect(screen.getByTestId('kgi-forecast-g1'))
        .toHaveTextContent('Forecast ¥78,000,000 (¥70,000,000 – ¥86,000,000)');
      expect(screen.getByTestId('kgi-card-g1')).toHaveTextContent('43% attained');
      // the KPIs' cards are as they were, and nothing was fetched again
      expect(screen.getByTestId('kpi-actual-k2')).toHaveTextContent('¥4,500,000');
      expect(gateway.calls('/api/analytics/kgis/progress')).toHaveLength(1);
      expect(gateway.calls('/api/analytics/kpis/progress')).toHaveLength(1);
      expect(gateway.calls('/api/kpi/tree')).toHaveLength(1);
    });
});
