import { expect, test } from '@playwright/test';
import { dealsWonByApi, dealsWonFigure, logIn, winADeal } from './stride';

test('acme-rep signs in, sees a won deal counted, reads the dashboard in Japanese and logs out', async ({
  page,
  request,
}, testInfo) => {
  await page.goto('/');
  await logIn(page, 'acme-rep');

  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  const before = await dealsWonFigure(page);

  await winADeal(request, 'acme-rep');
  await expect.poll(() => dealsWonByApi(request, 'acme-rep')).toBe(before + 1);
  await page.reload();
  await expect(page.getByTestId('metric-deals.won.count')).toHaveText(new Intl.NumberFormat('en').format(before + 1));
  await expect(page.getByRole('status')).toHaveText('Live');
  await page.screenshot({ path: testInfo.outputPath('dashboard-en.png'), fullPage: true });

  await page.getByRole('combobox').selectOption('ja');
  await expect(page.getByRole('heading', { name: 'ダッシュボード' })).toBeVisible();
  await expect(page.getByRole('article', { name: '今月の受注件数' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('dashboard-ja.png'), fullPage: true });

  await page.getByText('Sota Takahashi').click();
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/auth\/realms\/stride\/protocol\/openid-connect\/auth/);
});

test('globex-rep sees globex figures, never acme deals', async ({ page, request }) => {
  await page.goto('/');
  await logIn(page, 'globex-rep');

  const globexBefore = await dealsWonFigure(page);
  expect(globexBefore).toBe(await dealsWonByApi(request, 'globex-rep'));

  const acmeBefore = await dealsWonByApi(request, 'acme-rep');
  await winADeal(request, 'acme-rep');
  await expect.poll(() => dealsWonByApi(request, 'acme-rep')).toBe(acmeBefore + 1);

  await page.reload();
  expect(await dealsWonFigure(page)).toBe(globexBefore);
  await page.locator('.user-menu summary').click();
  await expect(page.getByTestId('tenant')).toHaveText('globex');
});
