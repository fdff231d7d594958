import { expect, test, type APIRequestContext } from '@playwright/test';
import { logIn, tokenOf } from './stride';

/** The first day of the month `back` months before this one, as YYYY-MM-DD (UTC, like the server's clock). */
function monthStart(back: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 10);
}

/**
 * A history for the SMART check: deals won in each of the last three closed months (4, then 6, then 8), imported
 * through crm-service as acme-admin (re-importing updates them, so a second run adds nothing), then waited for
 * until analytics counts them.
 */
async function seedWonDeals(request: APIRequestContext) {
  const headers = { Authorization: `Bearer ${await tokenOf(request, 'acme-admin')}` };
  const rows = [4, 6, 8].flatMap((count, i) => {
    const month = monthStart(3 - i);
    const day = (d: string) => month.slice(0, 8) + d;
    return Array.from({ length: count }, (_, n) =>
      `kpi-journey-${month}-${n},KPI journey ${month} ${n},300000,JPY,WON,${day('05')},${day('15')}`);
  });
  const imported = await request.post('/api/crm/imports/deals?dryRun=false', {
    headers: { ...headers, 'Content-Type': 'text/csv' },
    data: ['externalId,name,amount,currency,status,createdAt,closedAt', ...rows].join('\n'),
  });
  expect(imported.status()).toBe(200);
  await expect
    .poll(async () => {
      const lastMonth = await request.get(
        `/api/analytics/metrics/deals.won.count?from=${monthStart(1)}&to=${monthStart(0)}`, { headers });
      return (await lastMonth.json()).value as number;
    }, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(8);
}

test('acme-admin applies the sales template, makes a target unrealistic, sees Achievable fail in Japanese and saves a '
  + 'new version', async ({ page, request }, testInfo) => {
  await seedWonDeals(request);

  await page.goto('/kpis');
  await logIn(page, 'acme-admin');
  await page.getByLabel('Language').selectOption('ja');
  const wonPerMonth = page.getByRole('list', { name: '目標ツリー' }).getByRole('link', { name: '月間受注件数' });
  await expect(page.getByRole('article', { name: '営業チーム' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const before = await wonPerMonth.count();
  await page.getByRole('article', { name: '営業チーム' }).getByRole('button', { name: 'このツリーを作成' }).click();
  await expect(wonPerMonth).toHaveCount(before + 1);
  await wonPerMonth.last().click();

  const achievable = page.getByTestId('smart-ACHIEVABLE');
  await expect(achievable).toContainText(/直近の期（.*）から .* の伸びが必要/);
  await expect(achievable).not.toContainText('不合格');
  const thisMonth = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' }).slice(0, 7);
  const target = page.getByRole('table', { name: '期間ごとの目標' }).getByLabel(thisMonth);
  await target.fill('100000');
  await expect(achievable).toContainText('不合格');
  await expect(achievable).toContainText('2倍を超えます');
  await page.screenshot({ path: testInfo.outputPath('smart-check.png'), fullPage: true });

  await page.getByRole('button', { name: '新しいバージョンとして保存' }).click();
  await expect(page.getByTestId('kpi-version')).toHaveText('バージョン 1');
  await expect(page.getByRole('region', { name: 'バージョン履歴' }).getByRole('listitem')).toHaveCount(2);
  await expect(target).toHaveValue('100000');
});
