import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, vi } from 'vitest';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import { NewKpi } from './NewDefinitions';

const tree = {
  kgis: [{ kgi: { id: 'g1', name: '年間売上目標' }, ksfs: [{ ksf: { id: 's1', name: 'リードを増やす' }, kpis: [] }],
    kpis: [] }],
  unlinked: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('NewKpi', () => {
  it('defines a KPI under the chosen KSF, owned by the caller, and opens it', async () => {
    const posted: unknown[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(urlOf(input));
      const path = new URL(request.url).pathname;
      if (request.method === 'POST') {
        posted.push(await request.json());
        return json({ id: 'k9' }, 201);
      }
      return path === '/api/kpi/tree' ? json(tree) : json([{ id: 'leads.new', name: 'New leads', nameJa: '新規リード数' }]);
    });

    renderWithProviders(
      <Routes>
        <Route path="/" element={<NewKpi />} />
        <Route path="/kpis/:id" element={<p>opened</p>} />
      </Routes>,
      aSession({ roles: ['manager'] }),
    );
    const form = screen.getByRole('form', { name: 'Add a KPI' });
    await userEvent.type(within(form).getByLabelText('Name'), 'ウェビナー経由リード');
    await screen.findByRole('option', { name: /リードを増やす/ });
    await userEvent.selectOptions(within(form).getByLabelText('Under'), 'ksf:s1');
    await userEvent.click(within(form).getByRole('button', { name: 'Add a KPI' }));

    await waitFor(() => expect(screen.getByText('opened')).toBeInTheDocument());
    expect(posted).toEqual([{ name: 'ウェビナー経由リード', metricId: 'leads.new', periodType: 'MONTH',
      ownerId: 'u-acme-rep', ksfId: 's1' }]);
  });
});
