import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, vi } from 'vitest';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import { LeadPage } from './LeadPage';

afterEach(() => vi.unstubAllGlobals());

describe('LeadPage', () => {
  it('opened from a list’s convert action, puts the cursor in the conversion form', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      new URL(urlOf(input)).pathname === '/api/crm/leads/l1'
        ? json({ id: 'l1', name: '田中 一郎', company: 'さくら精機', email: null, phone: null, source: 'web',
          campaign: null, status: 'QUALIFIED', dealId: null, ownerId: 'u1', createdAt: '2026-11-01T00:00:00Z',
          updatedAt: '2026-11-01T00:00:00Z', version: 1 })
        : json({ total: 0, items: [], sources: ['web'] }),
    );
    Element.prototype.scrollIntoView = vi.fn();

    renderWithProviders(
      <Routes>
        <Route path="/leads/:id" element={<LeadPage />} />
      </Routes>,
      aSession(),
      '/leads/l1#convert',
    );

    const form = await screen.findByRole('form', { name: 'Convert to a deal' });
    await waitFor(() => expect(within(form).getByLabelText('Deal name')).toHaveFocus());
  });
});
