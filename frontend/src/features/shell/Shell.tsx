import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { LANGUAGES, type Language } from '../../i18n';

/** The areas of Stride, in navigation order; the routes are built from the same list. */
export const AREAS = [
  'dashboard',
  'kpis',
  'leaderboard',
  'okrs',
  'pipeline',
  'deals',
  'leads',
  'accounts',
  'activities',
  'imports',
  'teams',
  'reviews',
  'settings',
  'webhooks',
] as const;
export type Area = (typeof AREAS)[number];

/** The areas only administrators work in (their APIs refuse anyone else): not offered to other roles. */
export const ADMIN_AREAS: ReadonlySet<Area> = new Set(['webhooks']);

export function Shell() {
  const { t } = useTranslation();
  const session = useSession();
  const admin = session.roles.includes('admin');
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
        <UserMenu />
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {AREAS.filter((area) => admin || !ADMIN_AREAS.has(area)).map((area) => (
            <li key={area}>
              <NavLink to={area === 'dashboard' ? '/' : `/${area}`} end>
                {t(`nav.${area}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span>{t('language.label')}</span>
      <select
        value={i18n.resolvedLanguage}
        onChange={(event) => void i18n.changeLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <details className="user-menu">
      <summary aria-label={t('user.menu')}>{session.name || session.username}</summary>
      <dl>
        <dt>{t('user.tenant')}</dt>
        <dd data-testid="tenant">{session.tenant ?? t('user.noTenant')}</dd>
        <dt>{t('user.role')}</dt>
        <dd>{session.roles.map((role) => t(`user.roles.${role}`)).join(', ')}</dd>
      </dl>
      <button type="button" onClick={() => void session.logout()}>
        {t('user.logout')}
      </button>
    </details>
  );
}
