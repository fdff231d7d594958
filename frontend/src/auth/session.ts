import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '../config';

export type Role = 'admin' | 'manager' | 'rep';

/** Who is signed in, as the SPA needs it. Tokens stay inside keycloak-js, in memory only. */
export interface Session {
  name: string;
  username: string;
  /** The user's id (the token subject): what Stride records as owner. */
  userId: string;
  tenant: string | null;
  roles: Role[];
  /** A valid access token, refreshed first when it expires within 30 s. */
  token(): Promise<string>;
  /** Sends the user to Keycloak's login page (after a 401). */
  login(): Promise<void>;
  logout(): Promise<void>;
}

const ROLES: Role[] = ['admin', 'manager', 'rep'];

/** Signs in through the gateway's /auth with the authorization code flow and PKCE, then keeps the token fresh. */
export async function signIn(config: RuntimeConfig, locale: () => string): Promise<Session> {
  const keycloak = new Keycloak(config.keycloak);
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    locale: locale(),
  });
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(30).catch(() => keycloak.login());
  };
  const claims = (keycloak.tokenParsed ?? {}) as {
    name?: string;
    preferred_username?: string;
    tenant?: string[] | string;
    realm_access?: { roles?: string[] };
  };
  const tenants = Array.isArray(claims.tenant) ? claims.tenant : claims.tenant ? [claims.tenant] : [];
  return {
    name: claims.name ?? claims.preferred_username ?? '',
    username: claims.preferred_username ?? '',
    userId: keycloak.subject ?? '',
    tenant: tenants.length === 1 ? tenants[0] : null,
    roles: ROLES.filter((role) => claims.realm_access?.roles?.includes(role)),
    async token() {
      await keycloak.updateToken(30);
      return keycloak.token ?? '';
    },
    login: () => keycloak.login({ locale: locale() }),
    logout: () => keycloak.logout({ redirectUri: window.location.origin + '/' }),
  };
}
