import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { json, renderWithProviders, urlOf } from '../../testing/render';
import { AccountSubscriptions } from './AccountSubscriptions';

afterEach(() => vi.unstubAllGlobals());

describe('AccountSubscriptions', () => {
  it('changes a subscription’s MRR from a date and shows the new figure', async () => {
    let mrr = 50000;
    const posted: { path: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(urlOf(input));
      const url = new URL(request.url);
      if (request.method === 'POST') {
        const body = (await request.json()) as { mrr: number };
        posted.push({ path: url.pathname, body });
        mrr = body.mrr;
        return json({});
      }
      return json({ total: 1, items: [{ id: 's1', accountId: 'a1', plan: 'Standard', mrr, currency: 'JPY',
        status: 'ACTIVE', startedOn: '2026-04-01', cancelledOn: null }] });
    });

    renderWithProviders(<AccountSubscriptions accountId="a1" />);
    const item = await screen.findByRole('listitem', { name: 'Standard' });
    await userEvent.click(within(item).getByRole('button', { name: 'Change MRR' }));
    const form = screen.getByRole('form', { name: 'Change MRR' });
    await userEvent.clear(within(form).getByLabelText('New MRR'));
    await userEvent.type(within(form).getByLabelText('New MRR'), '80000');
    await userEvent.clear(within(form).getByLabelText('From'));
    await userEvent.type(within(form).getByLabelText('From'), '2026-12-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByText(/¥80,000 \/ month/)).toBeInTheDocument());
    expect(posted).toEqual([
      { path: '/api/crm/subscriptions/s1/mrr', body: { mrr: 80000, effectiveOn: '2026-12-01' } },
    ]);
    expect(screen.queryByRole('form', { name: 'Change MRR' })).not.toBeInTheDocument();
  });
});
