import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import { TeamsPage } from './TeamsPage';

const users = [
  { id: 'u1', username: 'acme-manager', displayName: 'Yui Suzuki', email: null, active: true },
  { id: 'u2', username: 'acme-rep', displayName: 'Sota Takahashi', email: null, active: true },
  { id: 'u3', username: 'acme-rep-2', displayName: 'Kenta Ito', email: null, active: true },
];
const east = { id: 't1', name: 'East', managerId: 'u1', memberIds: ['u2'], createdAt: '', updatedAt: '', version: 1 };

afterEach(() => vi.unstubAllGlobals());

describe('TeamsPage', () => {
  it('shows each team by name with its manager and members, and lets an admin add a free user', async () => {
    const added: unknown[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(urlOf(input));
      const path = new URL(request.url).pathname;
      if (request.method === 'POST') {
        added.push({ path, body: await request.json() });
        return json({ ...east, memberIds: ['u2', 'u3'] });
      }
      return json(path.endsWith('/users') ? users : [east]);
    });

    renderWithProviders(<TeamsPage />, aSession({ roles: ['admin'] }));
    const team = await screen.findByRole('article', { name: 'East' });
    expect(within(team).getByText('Managed by Yui Suzuki')).toBeInTheDocument();
    expect(within(team).getByText(/Sota Takahashi/)).toBeInTheDocument();
    const picker = within(team).getByRole('combobox');
    expect(within(picker).queryByRole('option', { name: 'Sota Takahashi' })).not.toBeInTheDocument();
    await userEvent.selectOptions(picker, 'u3');

    await waitFor(() => expect(added).toEqual([{ path: '/api/crm/teams/t1/members', body: { userId: 'u3' } }]));
  });

  it('offers no changes to a rep', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      json(urlOf(input).endsWith('/users') ? users : [east]),
    );

    renderWithProviders(<TeamsPage />, aSession({ roles: ['rep'] }));

    expect(await screen.findByRole('article', { name: 'East' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New team' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
