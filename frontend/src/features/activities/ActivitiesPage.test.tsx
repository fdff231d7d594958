import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { json, renderWithProviders, urlOf } from '../../testing/render';
import { ActivitiesPage } from './ActivitiesPage';

const task = (completedAt: string | null) => ({
  id: 't1', type: 'TASK', subject: '見積書を送る', at: '2026-11-20T01:00:00Z', completedAt, overdue: completedAt == null,
  dealId: 'd1', leadId: null, accountId: null,
});

afterEach(() => vi.unstubAllGlobals());

describe('ActivitiesPage', () => {
  it('lists the overdue tasks first and marks one done', async () => {
    let done = false;
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(urlOf(input));
      const url = new URL(request.url);
      if (request.method === 'POST') {
        done = true;
        return json(task('2026-11-28T00:00:00Z'));
      }
      asked.push(url.searchParams.get('overdue') ?? '');
      return json(done ? { total: 0, items: [] } : { total: 1, items: [task(null)] });
    });

    renderWithProviders(<ActivitiesPage />);
    const row = (await screen.findByRole('cell', { name: '見積書を送る' })).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Deal' })).toHaveAttribute('href', '/deals/d1');
    await userEvent.click(within(row).getByRole('button', { name: 'Mark done' }));

    await waitFor(() => expect(screen.getByText('0 activities')).toBeInTheDocument());
    expect(asked[0]).toBe('true');
  });
});
