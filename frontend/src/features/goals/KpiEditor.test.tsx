import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, vi } from 'vitest';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import { KpiEditor } from './KpiEditor';

const kpi = (version: number, value: number) => ({
  id: 'k1', name: '月間受注件数', description: '受注した商談の件数', ownerId: 'u1', ownerTeamId: null,
  metricId: 'deals.won.count', filters: {}, direction: 'HIGHER', periodType: 'MONTH',
  targets: [{ periodStart: '2026-12-01', value }], kgiId: null, ksfId: 's1', parentKpiId: null, benchmarks: [],
  reviewCadence: 'MONTHLY', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', version,
});

const smart = (verdict: string, explanation: string) => ({
  criteria: [{ criterion: 'ACHIEVABLE', verdict, explanation }],
  suggestedTarget: null,
});

afterEach(() => vi.unstubAllGlobals());

describe('KpiEditor', () => {
  it('re-checks SMART as a target is typed and saves a new version with If-Match', async () => {
    let saved = false;
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(urlOf(input));
      const path = new URL(request.url).pathname;
      if (path === '/api/kpi/smart-check') {
        const body = (await request.json()) as { targets: { value: number }[] };
        return json(body.targets[0].value > 50
          ? smart('FAIL', 'It needs 1150.0 % growth over the last period (2026-10-01).')
          : smart('PASS', 'It needs 0.0 % growth over the last period (2026-10-01).'));
      }
      if (request.method === 'PUT') {
        puts.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        saved = true;
        return json(kpi(1, 100), 200);
      }
      if (path.endsWith('/versions')) {
        return json([{ version: saved ? 1 : 0, changedAt: '2026-11-28T00:00:00Z', changedBy: 'u1', state: {} }]);
      }
      if (path === '/api/kpi/metrics') {
        return json([{ id: 'deals.won.count', name: 'Deals won', nameJa: '受注件数' }]);
      }
      const body = saved ? kpi(1, 100) : kpi(0, 8);
      return new Response(JSON.stringify(body), {
        headers: { 'Content-Type': 'application/json', ETag: `"${body.version}"` },
      });
    });

    renderWithProviders(
      <Routes>
        <Route path="/kpis/:id" element={<KpiEditor />} />
      </Routes>,
      aSession(),
      '/kpis/k1',
    );
    const achievable = await screen.findByTestId('smart-ACHIEVABLE');
    await waitFor(() => expect(achievable).toHaveTextContent('Pass'));

    const target = screen.getByLabelText('2026-12');
    await userEvent.clear(target);
    await userEvent.type(target, '100');
    await waitFor(() => expect(screen.getByTestId('smart-ACHIEVABLE')).toHaveTextContent('Fail'));
    expect(screen.getByTestId('smart-ACHIEVABLE')).toHaveTextContent('1150.0 %');
    await userEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));

    await waitFor(() => expect(screen.getByTestId('kpi-version')).toHaveTextContent('Version 1'));
    expect(puts).toHaveLength(1);
    expect(puts[0].ifMatch).toBe('"0"');
    expect(puts[0].body).toMatchObject({ targets: [{ periodStart: '2026-12-01', value: 100 }] });
    expect(within(screen.getByRole('region', { name: 'Versions' })).getByText(/Version 1/)).toBeInTheDocument();
  });
});
