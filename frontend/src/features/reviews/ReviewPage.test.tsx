import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, vi } from 'vitest';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import { ReviewPage } from './ReviewPage';

afterEach(() => vi.unstubAllGlobals());

describe('ReviewPage', () => {
  it('writes the PDCA notes of a period that had no review yet', async () => {
    const puts: unknown[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(urlOf(input));
      const path = new URL(request.url).pathname;
      if (request.method === 'PUT') {
        puts.push(await request.json());
        return json({});
      }
      if (path.startsWith('/api/kpi/reviews/')) {
        return json({ status: 404, title: 'Not Found' }, 404, 'application/problem+json');
      }
      return json({ id: 'k1', name: '月間新規リード数', targets: [] });
    });

    renderWithProviders(
      <Routes>
        <Route path="/reviews/:kpiId/:period" element={<ReviewPage />} />
      </Routes>,
      aSession({ roles: ['manager'] }),
      '/reviews/k1/2026-10-01',
    );
    const form = await screen.findByRole('form', { name: 'PDCA notes' });
    expect(await screen.findByRole('heading', { name: 'Review of 月間新規リード数, 2026-10' })).toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText('Check'), '目標の 60 %');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the review' }));

    await waitFor(() => expect(puts).toEqual([{ plan: '', do: '', check: '目標の 60 %', act: '' }]));
    expect(screen.queryByRole('region', { name: 'Fact · Cause · Action' })).not.toBeInTheDocument();
  });
});
