import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const PASSWORD = 'stride-demo-pass';

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

export async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
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

const STACK = fileURLToPath(new URL('../../deploy/local/stack', import.meta.url));

/** The CloudEvent types Kafka holds for one aggregate, oldest first (read with the stack's Kafka tools). */
export async function eventTrail(topic: string, key: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(STACK, ['events', topic, key]);
  return stdout.split('\n').filter(Boolean);
}

/** Text as Japanese Excel saves CSV: Shift_JIS (CP932), encoded by iconv, which the stack installs with glibc. */
export function shiftJis(text: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP932'], { input: text });
}
