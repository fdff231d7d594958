import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { json, renderWithProviders, urlOf } from '../../testing/render';
import { PipelineBoard } from './PipelineBoard';

const pipeline = {
  id: 'p1', name: 'Sales', isDefault: true, createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z',
  version: 0,
  stages: [
    { id: 's1', name: 'Qualification', probability: 10, position: 0, retired: false },
    { id: 's2', name: 'Proposal', probability: 50, position: 1, retired: false },
    { id: 's3', name: 'Old step', probability: 30, position: 2, retired: true },
  ],
};
const aDeal = { id: 'd1', name: 'さくら精機 導入', amount: 3000000, currency: 'JPY', stageId: 's1', status: 'OPEN' };

afterEach(() => vi.unstubAllGlobals());

describe('PipelineBoard', () => {
  it('shows a column per active stage with its open deals and how many there are', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = new URL(urlOf(input));
      if (url.pathname === '/api/crm/pipelines') {
        return json([pipeline]);
      }
      return url.searchParams.get('stageId') === 's1'
        ? json({ items: [aDeal], total: 51 })
        : json({ items: [], total: 0 });
    });

    renderWithProviders(<PipelineBoard />);

    const qualification = await screen.findByRole('region', { name: 'Qualification' });
    expect(await within(qualification).findByRole('article', { name: 'さくら精機 導入' })).toHaveTextContent(
      '¥3,000,000',
    );
    expect(qualification).toHaveTextContent('51 open deals · showing the newest 1');
    expect(screen.getByRole('region', { name: 'Proposal' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Old step' })).not.toBeInTheDocument();
  });

  it('moves a deal to the stage picked on its card', async () => {
    const moves: unknown[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(urlOf(input));
      const url = new URL(request.url);
      if (request.method === 'POST') {
        moves.push({ path: url.pathname, body: await request.json() });
        return json({ ...aDeal, stageId: 's2' });
      }
      if (url.pathname === '/api/crm/pipelines') {
        return json([pipeline]);
      }
      return json(url.searchParams.get('stageId') === 's1' ? { items: [aDeal], total: 1 } : { items: [], total: 0 });
    });

    renderWithProviders(<PipelineBoard />);
    const card = await screen.findByRole('article', { name: 'さくら精機 導入' });
    await userEvent.selectOptions(within(card).getByRole('combobox'), 's2');

    await waitFor(() => expect(moves).toEqual([{ path: '/api/crm/deals/d1/stage', body: { stageId: 's2' } }]));
  });
});
