import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { aSession, renderWithProviders } from '../../testing/render';
import { Shell } from './Shell';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('Shell', () => {
  it('offers every area of Stride in the navigation', () => {
    renderWithProviders(<Shell />);
    const nav = screen.getByRole('navigation');
    for (const area of ['Dashboard', 'KPIs', 'OKRs', 'Pipeline', 'Leads', 'Accounts', 'Activities', 'Reviews', 'Settings']) {
      expect(nav).toHaveTextContent(area);
    }
    expect(screen.getByRole('link', { name: 'Leaderboard' })).toHaveAttribute('href', '/leaderboard');
  });

  it('offers the webhooks to admins only', () => {
    const { unmount } = renderWithProviders(<Shell />, aSession({ roles: ['admin'] }));
    expect(screen.getByRole('link', { name: 'Webhooks' })).toHaveAttribute('href', '/webhooks');
    unmount();

    renderWithProviders(<Shell />, aSession({ roles: ['manager'] }));
    expect(screen.getByRole('link', { name: 'Teams' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Webhooks' })).not.toBeInTheDocument();
  });

  it('shows who is signed in, their tenant and role', () => {
    renderWithProviders(<Shell />, aSession({ roles: ['manager'] }));
    expect(screen.getByText('Sota Takahashi')).toBeInTheDocument();
    expect(screen.getByTestId('tenant')).toHaveTextContent('acme');
    expect(screen.getByText('Manager')).toBeInTheDocument();
  });

  it('switches to Japanese and remembers the choice', async () => {
    renderWithProviders(<Shell />);

    await userEvent.selectOptions(screen.getByRole('combobox'), 'ja');

    expect(screen.getByRole('navigation')).toHaveTextContent('ダッシュボード');
    expect(screen.getByRole('link', { name: 'ランキング' })).toHaveAttribute('href', '/leaderboard');
    expect(localStorage.getItem('stride.language')).toBe('ja');
  });

  it('logs out through the session', async () => {
    const session = aSession();
    renderWithProviders(<Shell />, session);

    await userEvent.click(screen.getByText('Sota Takahashi'));
    await userEvent.click(screen.getByRole('button', { name: 'Log out' }));

    expect(session.logout).toHaveBeenCalledOnce();
  });
});
