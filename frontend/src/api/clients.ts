import createClient, { type Middleware } from 'openapi-fetch';
import type { Session } from '../auth/session';
import type { paths as AnalyticsPaths } from './generated/analytics';
import type { paths as CrmPaths } from './generated/crm';
import type { paths as KpiPaths } from './generated/kpi';
import { currentLanguage } from '../i18n';
import { ApiError, problemOf } from './problem';

/** Clients typed from the services' OpenAPI documents (src/api/generated, made by `npm run api:generate`). */
export interface Api {
  crm: ReturnType<typeof createClient<CrmPaths>>;
  kpi: ReturnType<typeof createClient<KpiPaths>>;
  analytics: ReturnType<typeof createClient<AnalyticsPaths>>;
}

/**
 * Every call carries a fresh bearer token and the UI's language; every failure becomes an {@link ApiError} with the
 * server's problem, and a 401 sends the user to Keycloak.
 */
export function createApi(session: Session, fetchImpl: typeof fetch = (input) => fetch(input)): Api {
  const auth: Middleware = {
    async onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${await session.token()}`);
      // the services answer in the UI's language (SMART explanations, template names, problem details)
      request.headers.set('Accept-Language', currentLanguage());
      return request;
    },
    async onResponse({ response }) {
      if (response.ok) {
        return response;
      }
      const problem = await problemOf(response);
      if (response.status === 401) {
        await session.login();
      }
      throw new ApiError(problem);
    },
  };
  // the documents' paths carry each service's prefix (/api/crm/...), and everything is same-origin (the gateway)
  const client = <P extends object>() => {
    const c = createClient<P>({ baseUrl: window.location.origin, fetch: fetchImpl });
    c.use(auth);
    return c;
  };
  return { crm: client<CrmPaths>(), kpi: client<KpiPaths>(), analytics: client<AnalyticsPaths>() };
}
