import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import { OkrBoard } from './OkrBoard';

const objective = (current: number) => ({
  id: 'o1', title: '九州で選ばれる営業チームになる', periodStart: '2026-10-01', periodEnd: '2026-12-31',
  score: current / 10, keyResults: [{ id: 'kr1', objectiveId: 'o1', title: '福岡の新規取引先 10 社', metricId: null,
    kpiId: null, startValue: 0, targetValue: 10, currentValue: current, confidence: 6, ownerId: 'u-acme-rep',
    score: current / 10, updatedAt: '2026-11-01T00:00:00Z', version: 0 }],
});

afterEach(() => vi.unstubAllGlobals());

describe('OkrBoard', () => {
  it('lets a rep check in on their own key result and shows the new score', async () => {
    let current = 3;
    const checkIns: unknown[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(urlOf(input));
      if (request.method === 'POST') {
        checkIns.push(await request.json());
        current = 5;
        return json({}, 201);
      }
      return json([objective(current)]);
    });

    renderWithProviders(<OkrBoard />, aSession({ roles: ['rep'] }));
    const keyResult = await screen.findByRole('listitem', { name: '福岡の新規取引先 10 社' });
    expect(screen.queryByRole('form', { name: 'Add an objective' })).not.toBeInTheDocument();
    await userEvent.click(within(keyResult).getByRole('button', { name: 'Check in' }));
    const form = screen.getByRole('form', { name: 'Check in' });
    await userEvent.clear(within(form).getByLabelText('Where it stands'));
    await userEvent.type(within(form).getByLabelText('Where it stands'), '5');
    await userEvent.type(within(form).getByLabelText('Note'), '展示会で 2 社');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the check-in' }));

    await waitFor(() => expect(within(keyResult).getByText(/5 of 10/)).toBeInTheDocument());
    expect(checkIns).toEqual([{ value: 5, confidence: 6, note: '展示会で 2 社' }]);
  });
});
