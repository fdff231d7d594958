import { screen, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import { GoalTree } from './GoalTree';

const kpi = { id: 'k1', name: '月間新規リード数', targets: [{ periodStart: '2099-01-01', value: 100 }] };
const tree = {
  kgis: [{
    kgi: { id: 'g1', name: '年間売上目標', target: 120000000, startsOn: '2026-04-01', deadline: '2027-03-31' },
    ksfs: [{ ksf: { id: 's1', name: 'リードの量と質を高める' }, kpis: [{ kpi, subKpis: [] }] }],
    kpis: [],
  }],
  unlinked: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('GoalTree', () => {
  it('shows KGI, KSF and KPI nested, with the KPIs falling short of the KGI, and templates for an admin', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      switch (new URL(urlOf(input)).pathname) {
        case '/api/kpi/tree':
          return json(tree);
        case '/api/kpi/tree/driver-checks':
          return json([{ nodeId: 'g1', formula: 'deals.won.amount = Σ', derived: 50000025, shortfall: 69999975 }]);
        default:
          return json([{ id: 'sales', name: 'Sales team', description: 'd', kgi: 'Revenue', ksfs: [], kpis: [] }]);
      }
    });

    renderWithProviders(<GoalTree />, aSession({ roles: ['admin'] }));

    const goals = await screen.findByRole('list', { name: 'Goal tree' });
    expect(await within(goals).findByText('年間売上目標')).toBeInTheDocument();
    expect(within(goals).getByText('リードの量と質を高める')).toBeInTheDocument();
    expect(within(goals).getByRole('link', { name: '月間新規リード数' })).toHaveAttribute('href', '/kpis/k1');
    expect(await screen.findByTestId('driver-check')).toHaveTextContent('69,999,975 short of the target');
    expect(screen.getByRole('button', { name: 'Create this tree' })).toBeInTheDocument();
  });
});
