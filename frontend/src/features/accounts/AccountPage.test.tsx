import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, vi } from 'vitest';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import { AccountPage } from './AccountPage';

afterEach(() => vi.unstubAllGlobals());

describe('AccountPage', () => {
  it('shows the account with its contacts, deals, subscriptions and activities', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = new URL(urlOf(input));
      switch (url.pathname) {
        case '/api/crm/accounts/a1':
          return json({ id: 'a1', name: 'さくら精機株式会社', industry: '製造業', sizeBand: 'SMALL', ownerId: 'u1',
            createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', version: 0 });
        case '/api/crm/contacts':
          return json({ total: 1, items: [{ id: 'c1', name: '佐藤 花子', kana: 'サトウ ハナコ', title: '部長',
            email: 'hanako@sakura.example' }] });
        case '/api/crm/deals':
          return json({ total: 1, items: [{ id: 'd1', name: '導入', amount: 3000000, currency: 'JPY', status: 'WON',
            stageName: 'Proposal' }] });
        case '/api/crm/activities':
          return json({ total: 1, items: [{ id: 'a1', type: 'MEETING', subject: '年次レビュー', outcome: null,
            at: '2026-11-20T01:00:00Z' }] });
        default:
          return json({ total: 1, items: [{ id: 's1', plan: 'Standard', mrr: 50000, currency: 'JPY',
            startedOn: '2026-04-01', cancelledOn: null }] });
      }
    });

    renderWithProviders(
      <Routes>
        <Route path="/accounts/:id" element={<AccountPage />} />
      </Routes>,
      aSession(),
      '/accounts/a1',
    );

    expect(await screen.findByRole('heading', { name: 'さくら精機株式会社' })).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'Contacts' })).findByText('佐藤 花子')).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'Deals' })).findByRole('link', { name: '導入' }))
      .toHaveAttribute('href', '/deals/d1');
    expect(await within(screen.getByRole('region', { name: 'Subscriptions' })).findByText(/¥50,000 \/ month/))
      .toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'Activities' })).findByText(/年次レビュー/))
      .toBeInTheDocument();
  });
});
