import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import {
  aKpi, aLeaderboard, aProgress, aRecord, aRecordSet, aSeries, fakeGateway, liveStream, NOW, theRecords,
} from '../../testing/kpis';
import { json, renderWithProviders } from '../../testing/render';
import { ProgressPage } from './ProgressPage';

const WON_1 = '0a1b2c3d-0000-4000-8000-000000000001';
const WON_2 = '0a1b2c3d-0000-4000-8000-000000000002';
const WON_3 = '0a1b2c3d-0000-4000-8000-000000000003';
const LOST_1 = '9f8e7d6c-0000-4000-8000-000000000001';
const LOST_2 = '9f8e7d6c-0000-4000-8000-000000000002';

/** The KPI detail page of a KPI on `metricId` (filtered as given), whose records endpoint answers `records`. */
function renderKpi(metricId: string, records: unknown, filters: Record<string, string> = {}) {
  const stream = liveStream();
  const gateway = fakeGateway({
    '/api/analytics/kpis/k1/progress': aProgress({ metricId, name: 'KPI' }),
    '/api/kpi/kpis/k1': aKpi('k1', 'KPI', metricId, filters),
    [`/api/analytics/metrics/${metricId}/series`]: (url: URL) =>
      aSeries(url.searchParams.get('from')!, url.searchParams.get('to')!),
    [`/api/analytics/metrics/${metricId}/leaderboard`]: aLeaderboard(metricId, 'OWNER', []),
    [`/api/analytics/metrics/${metricId}/records`]: records,
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

/** The test ids of the rows of the figure's numerator, in order. */
const numeratorRows = (drilldown: HTMLElement) =>
  Array.from(drilldown.querySelectorAll('[data-testid^="drilldown-row-"]'), (row) => row.getAttribute('data-testid'));

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Records behind a KPI figure', () => {
  it('lists the deals a count counted, with their owner and local day, over the KPI period and filters', async () => {
    const gateway = renderKpi('deals.won.count', theRecords('deals.won.count', 3, aRecordSet([
      aRecord(WON_1),
      aRecord(WON_2, { at: '2026-11-09T01:00:00Z', ownerId: 'u-ito' }),
      aRecord(WON_3, { at: '2026-11-12T01:00:00Z', ownerId: 'u-gone' }),
    ])), { teamId: 'team-east' });

    const drilldown = await screen.findByTestId('drilldown');
    expect(numeratorRows(drilldown)).toEqual([WON_1, WON_2, WON_3].map((id) => `drilldown-row-${id}`));
    expect(within(drilldown).getByTestId('drilldown-numerator-total')).toHaveTextContent(/^3 records$/);
    const first = within(drilldown).getByTestId(`drilldown-row-${WON_1}`);
    expect(within(first).getByRole('link', { name: 'Deal 0a1b2c3d' })).toHaveAttribute('href', `/deals/${WON_1}`);
    // won at 01:30 on the 5th in Tokyo, the tenant's time zone (still the 4th in UTC)
    expect(first).toHaveTextContent('Nov 5, 2026');
    expect(await within(first).findByText('佐藤 花子')).toBeInTheDocument();
    expect(within(drilldown).getByTestId(`drilldown-row-${WON_2}`)).toHaveTextContent('Kenta Ito');
    expect(within(drilldown).getByTestId(`drilldown-row-${WON_3}`)).toHaveTextContent('u-gone');
    expect(within(drilldown).queryByRole('columnheader', { name: 'Amount' })).not.toBeInTheDocument();
    expect(within(drilldown).queryByTestId('drilldown-ratio')).not.toBeInTheDocument();
    const [asked] = gateway.calls('/api/analytics/metrics/deals.won.count/records');
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      from: '2026-11-01', to: '2026-12-01', teamId: 'team-east', limit: '500',
    });
  });

  it('shows each amount of a sum in its own currency, what it adds in the tenant currency, and the total',
    async () => {
      renderKpi('deals.won.amount', theRecords('deals.won.amount', 3150000, aRecordSet([
        aRecord(WON_1, { amount: 1200000, currency: 'JPY', value: 1200000 }),
        aRecord(WON_2, { amount: 13000, currency: 'USD', value: 1950000 }),
        aRecord(WON_3, { amount: 5000, currency: 'EUR', value: null }),
      ], 1200, 4150000)));

      const drilldown = await screen.findByTestId('drilldown');
      expect(within(drilldown).getByTestId('drilldown-numerator-total')).toHaveTextContent(
        '1,200 records, total ¥4,150,000 · showing 3 of 1,200');
      expect(numeratorRows(drilldown)).toHaveLength(3);
      const dollars = within(drilldown).getByTestId(`drilldown-row-${WON_2}`);
      expect(dollars).toHaveTextContent('$13,000.00');
      expect(dollars).toHaveTextContent('¥1,950,000');
      expect(within(drilldown).getByTestId(`drilldown-row-${WON_3}`)).toHaveTextContent(
        '€5,000.00left out (no exchange rate)');
    });

  it('lists a ratio\'s numerator and denominator with their totals and divides one by the other', async () => {
    renderKpi('deals.win_rate', theRecords('deals.win_rate', 0.5,
      aRecordSet([aRecord(WON_1), aRecord(WON_2)]),
      aRecordSet([aRecord(WON_1), aRecord(WON_2), aRecord(LOST_1), aRecord(LOST_2)])));

    const drilldown = await screen.findByTestId('drilldown');
    const numerator = within(drilldown).getByRole('table', { name: 'Numerator' });
    const denominator = within(drilldown).getByRole('table', { name: 'Denominator' });
    expect(within(numerator).getAllByRole('row')).toHaveLength(3);
    expect(within(denominator).getAllByRole('row')).toHaveLength(5);
    expect(numeratorRows(drilldown)).toEqual([`drilldown-row-${WON_1}`, `drilldown-row-${WON_2}`]);
    expect(within(denominator).getByTestId(`drilldown-denominator-row-${LOST_2}`)).toBeInTheDocument();
    expect(within(drilldown).getByTestId('drilldown-numerator-total')).toHaveTextContent(/^2 records$/);
    expect(within(drilldown).getByTestId('drilldown-denominator-total')).toHaveTextContent(/^4 records$/);
    expect(within(drilldown).getByTestId('drilldown-ratio')).toHaveTextContent(/^2 ÷ 4 = 50%$/);
  });

  it('divides amounts by deals for the average deal size, each part in its own unit', async () => {
    renderKpi('deals.avg_size', theRecords('deals.avg_size', 1500000,
      aRecordSet([
        aRecord(WON_1, { amount: 1000000, currency: 'JPY', value: 1000000 }),
        aRecord(WON_2, { amount: 2000000, currency: 'JPY', value: 2000000 }),
      ]),
      aRecordSet([
        aRecord(WON_1, { amount: 1000000, currency: 'JPY' }),
        aRecord(WON_2, { amount: 2000000, currency: 'JPY' }),
      ])));

    const drilldown = await screen.findByTestId('drilldown');
    expect(within(drilldown).getByTestId('drilldown-numerator-total')).toHaveTextContent('2 records, total ¥3,000,000');
    expect(within(drilldown).getByTestId('drilldown-denominator-total')).toHaveTextContent(/^2 records$/);
    expect(within(drilldown).getByTestId('drilldown-ratio')).toHaveTextContent('¥3,000,000 ÷ 2 = ¥1,500,000');
  });

  it('says why the LTV has no records, and which figures to open instead', async () => {
    const detail = 'metricId: customers.ltv is a product of averages, not a sum over records: open revenue.mrr, '
      + 'customers.active and customers.churn_rate, which it is computed from';
    renderKpi('customers.ltv', () => json({
      type: 'about:blank', title: 'Bad Request', status: 400, detail,
      errors: [{ field: 'metricId', message: detail.slice('metricId: '.length) }],
    }, 400, 'application/problem+json'));

    const section = await screen.findByRole('region', { name: 'Records behind this figure' });
    expect(await within(section).findByRole('alert')).toHaveTextContent(detail);
    expect(within(section).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('drilldown')).not.toBeInTheDocument();
  });
});
