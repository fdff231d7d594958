import { expect, test, type APIRequestContext } from '@playwright/test';
import { logIn, tokenOf, winADeal } from './stride';

interface TreeKpi {
  kpi: { id: string; name: string; metricId: string };
  children?: TreeKpi[];
}

interface Tree {
  kgis: { kgi: { id: string; name: string; metricId: string | null }; ksfs: { kpis: TreeKpi[] }[]; kpis?: TreeKpi[] }[];
}

/** acme's KPI tree; the sales template is applied first when acme has none (as on a stack started without demo). */
async function salesTree(request: APIRequestContext): Promise<Tree> {
  const headers = { Authorization: `Bearer ${await tokenOf(request, 'acme-admin')}` };
  let tree = (await (await request.get('/api/kpi/tree', { headers })).json()) as Tree;
  if (!tree.kgis.some((goal) => goal.kgi.metricId === 'deals.won.amount')) {
    expect((await request.post('/api/kpi/templates/sales/apply', { headers })).status()).toBe(201);
    tree = (await (await request.get('/api/kpi/tree', { headers })).json()) as Tree;
  }
  return tree;
}

/** This month's first day in Asia/Tokyo (acme's time zone), as an instant. */
function tokyoMonthStart(): Date {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' })
    .format(new Date()).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 1) - 9 * 3600_000);
}

/** The deals crm-service says were won this month in acme, read page by page as acme-admin (who sees them all). */
async function dealsWonThisMonth(request: APIRequestContext): Promise<Set<string>> {
  const headers = { Authorization: `Bearer ${await tokenOf(request, 'acme-admin')}` };
  const since = tokyoMonthStart().getTime();
  const won = new Set<string>();
  let cursor: string | null = null;
  do {
    const page = await request.get(`/api/crm/deals?status=WON&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      { headers });
    expect(page.status()).toBe(200);
    const body = (await page.json()) as { items: { id: string; wonAt: string }[]; nextCursor: string | null };
    body.items.filter((deal) => Date.parse(deal.wonAt) >= since).forEach((deal) => won.add(deal.id));
    cursor = body.nextCursor;
  } while (cursor);
  return won;
}

test('acme-manager watches the revenue goal move live when a deal is won, and opens exactly the deals behind a '
  + 'figure', async ({ page, request }, testInfo) => {
  const tree = await salesTree(request);
  const revenue = tree.kgis.find((goal) => goal.kgi.metricId === 'deals.won.amount')!;
  const kpis = revenue.ksfs.flatMap((ksf) => ksf.kpis);
  const dealsWon = kpis.find((node) => node.kpi.metricId === 'deals.won.count')!.kpi;

  await page.goto('/');
  await logIn(page, 'acme-manager');
  await expect(page.getByTestId(`kgi-card-${revenue.kgi.id}`)).toBeVisible();
  for (const node of kpis) {
    await expect(page.getByTestId(`kpi-card-${node.kpi.id}`)).toBeVisible();
  }
  const actual = page.getByTestId(`kgi-actual-${revenue.kgi.id}`);
  await expect(actual).toHaveText(/\d/);
  const before = await actual.textContent();
  // a marker that a reload would wipe: the card must change in this very page
  await page.evaluate(() => Object.assign(window, { strideJourneyMarker: true }));

  await winADeal(request, 'acme-rep');

  await expect(actual).not.toHaveText(before!);
  expect(await page.evaluate(() => (window as unknown as { strideJourneyMarker?: boolean }).strideJourneyMarker))
    .toBe(true);
  await page.screenshot({ path: testInfo.outputPath('dashboard-live.png'), fullPage: true });

  await page.getByRole('link', { name: dealsWon.name }).first().click();
  const drilldown = page.getByTestId('drilldown');
  await expect(drilldown).toBeVisible();
  const expected = await dealsWonThisMonth(request);
  const rows = drilldown.locator('[data-testid^="drilldown-row-"]');
  await expect(rows).toHaveCount(expected.size);
  const listed = await rows.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-testid')!.replace('drilldown-row-', '')));
  expect(new Set(listed)).toEqual(expected);
  await expect(page.getByTestId('progress-actual')).toHaveText(String(expected.size));
});
