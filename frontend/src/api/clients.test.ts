import { afterEach, vi } from 'vitest';
import { aSession, json } from '../testing/render';
import { createApi } from './clients';
import { ApiError } from './problem';

afterEach(() => vi.unstubAllGlobals());

describe('createApi', () => {
  it('sends the session token as a bearer token, and the UI language', async () => {
    const seen: string[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      seen.push(request.headers.get('Authorization') ?? '', request.headers.get('Accept-Language') ?? '');
      return json({ timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4, currency: 'JPY' });
    });

    const { data } = await createApi(aSession()).kpi.GET('/api/kpi/settings');

    expect(seen).toEqual(['Bearer test-token', 'en']);
    expect(data?.currency).toBe('JPY');
  });

  it('turns a problem response into an ApiError carrying its detail', async () => {
    vi.stubGlobal('fetch', async () =>
      json({ status: 404, title: 'Not Found', detail: 'Metric x does not exist.' }, 404, 'application/problem+json'),
    );

    const call = createApi(aSession()).analytics.GET('/api/analytics/metrics/{metricId}', { params: { path: { metricId: 'x' } } });

    await expect(call).rejects.toEqual(new ApiError({ status: 404, title: 'Not Found', detail: 'Metric x does not exist.' }));
  });

  it('sends the user to login on a 401', async () => {
    vi.stubGlobal('fetch', async () => json({ status: 401, detail: 'A valid bearer token is required.' }, 401));
    const session = aSession();

    await expect(createApi(session).kpi.GET('/api/kpi/settings')).rejects.toBeInstanceOf(ApiError);
    expect(session.login).toHaveBeenCalledOnce();
  });
});
