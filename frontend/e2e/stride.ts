import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = 'stride-demo';

/** Signs in on Keycloak's login page (through the gateway's /auth), where the SPA sent the browser. */
export async function logIn(page: Page, username: string) {
  await expect(page).toHaveURL(/\/auth\/realms\/stride\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
}

/** The dashboard's "Deals won this month" figure, once loaded. */
export async function dealsWonFigure(page: Page): Promise<number> {
  const figure = page.getByTestId('metric-deals.won.count');
  await expect(figure).toHaveText(/\d/);
  return Number((await figure.textContent())!.replace(/\D/g, ''));
}

async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('/auth/realms/stride/protocol/openid-connect/token', {
    form: { grant_type: 'password', client_id: 'stride-test', username, password: PASSWORD },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).access_token as string;
}

/** Creates and wins a deal through the API, as that user; returns when crm-service has accepted the win. */
export async function winADeal(request: APIRequestContext, username: string) {
  const headers = { Authorization: `Bearer ${await tokenOf(request, username)}` };
  const created = await request.post('/api/crm/deals', {
    headers,
    data: { name: 'Browser journey deal', amount: 250000, currency: 'JPY' },
  });
  expect(created.status()).toBe(201);
  const won = await request.post(`/api/crm/deals/${(await created.json()).id}/win`, { headers, data: {} });
  expect(won.status()).toBe(200);
}

/** The tenant's current deals.won.count as the API reports it. */
export async function dealsWonByApi(request: APIRequestContext, username: string): Promise<number> {
  const response = await request.get('/api/analytics/metrics/deals.won.count', {
    headers: { Authorization: `Bearer ${await tokenOf(request, username)}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).value as number;
}
