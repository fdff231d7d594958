import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { eventTrail, logIn, shiftJis } from './stride';

test('acme-rep turns a lead into a deal, moves it across the board, wins it, and the trail reaches Kafka', async ({
  page,
}, testInfo) => {
  const suffix = Date.now().toString(36);
  const leadName = `田中 一郎 ${suffix}`;
  const dealName = `さくら精機 導入 ${suffix}`;

  await page.goto('/leads');
  await logIn(page, 'acme-rep');

  const newLead = page.getByRole('form', { name: 'New lead' });
  await newLead.getByLabel('Name').fill(leadName);
  await newLead.getByLabel('Company').fill('さくら精機株式会社');
  await newLead.getByLabel('Source').selectOption('web');
  await newLead.getByRole('button', { name: 'Add lead' }).click();
  await expect(page.getByRole('heading', { name: leadName })).toBeVisible();
  const leadId = new URL(page.url()).pathname.split('/').pop()!;

  const call = page.getByRole('form', { name: 'Log an activity' });
  await call.getByLabel('Subject').fill('導入時期の確認');
  await call.getByLabel('Outcome').fill('Demo booked');
  await call.getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByRole('region', { name: 'Activities' }).getByRole('listitem')).toContainText('導入時期の確認');

  await page.getByRole('navigation').getByRole('link', { name: 'Leads' }).click();
  await page.getByLabel('Search name, company or email').fill(leadName);
  await page.getByLabel('Status').selectOption('NEW');
  await page.getByRole('link', { name: `Convert ${leadName} to a deal` }).click();
  const convert = page.getByRole('form', { name: 'Convert to a deal' });
  await expect(page).toHaveURL(/#convert$/);
  await expect(convert.getByLabel('Deal name')).toBeFocused();
  await convert.getByLabel('Deal name').fill(dealName);
  await convert.getByLabel('Amount').fill('3000000');
  await convert.getByRole('button', { name: 'Convert' }).click();
  await expect(page.getByRole('heading', { name: dealName })).toBeVisible();
  const dealId = new URL(page.url()).pathname.split('/').pop()!;

  await page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
  const card = (stage: string) => page.getByRole('region', { name: stage }).getByRole('article', { name: dealName });
  await expect(card('Qualification')).toBeVisible();
  await card('Qualification').getByRole('combobox').selectOption({ label: 'Needs analysis' });
  await expect(card('Needs analysis')).toBeVisible();
  await card('Needs analysis').dragTo(page.getByRole('region', { name: 'Proposal' }));
  await expect(card('Proposal')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('pipeline-board.png'), fullPage: true });

  await card('Proposal').getByRole('link', { name: dealName }).click();
  await page.getByRole('button', { name: 'Mark won' }).click();
  await expect(page.getByTestId('deal-status')).toHaveText('Won');
  const history = page.getByTestId('stage-history').getByRole('row');
  await expect(history).toHaveCount(4);
  await expect(history.nth(1)).toContainText(/Qualification.*\d.*Moved on/);
  await expect(history.nth(2)).toContainText(/Needs analysis.*\d.*Moved on/);
  await expect(history.nth(3)).toContainText(/Proposal.*\d.*Won/);
  await page.screenshot({ path: testInfo.outputPath('deal-history.png'), fullPage: true });

  await page.getByRole('link', { name: 'Open the account' }).click();
  await expect(page.getByRole('heading', { name: 'さくら精機株式会社' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Deals' }).getByRole('link', { name: dealName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Contacts' })).toContainText(leadName);

  await expect
    .poll(() => eventTrail('crm.deals', dealId), { timeout: 60_000 })
    .toEqual([
      'stride.crm.deal.created.v1',
      'stride.crm.deal.stage-changed.v1',
      'stride.crm.deal.stage-changed.v1',
      'stride.crm.deal.won.v1',
    ]);
  await expect
    .poll(() => eventTrail('crm.leads', leadId), { timeout: 30_000 })
    .toEqual(['stride.crm.lead.created.v1', 'stride.crm.lead.converted.v1']);
});

test('acme-admin checks a Shift_JIS file from Excel in the import wizard, sees its problem, then imports it', async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  await page.goto('/imports');
  await logIn(page, 'acme-admin');

  const form = page.getByRole('form', { name: 'CSV file to import' });
  await form.getByLabel('What the file holds').selectOption('accounts');
  await form.getByLabel('CSV file').setInputFiles({
    name: 'accounts.csv',
    mimeType: 'text/csv',
    buffer: shiftJis(`externalId,name,industry\r\nwiz-${suffix}-1,東海精工 ${suffix},製造業\r\nwiz-${suffix}-2,,小売業\r\n`),
  });
  await form.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('2 rows read (Shift_JIS): 1 new');
  await expect(page.getByRole('cell', { name: 'must not be blank' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 2 rows' })).toBeDisabled();

  await form.getByLabel('CSV file').setInputFiles({
    name: 'accounts.csv',
    mimeType: 'text/csv',
    buffer: shiftJis(`externalId,name,industry\r\nwiz-${suffix}-1,東海精工 ${suffix},製造業\r\n`),
  });
  await form.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
});

test('acme-admin exports the accounts a search shows as a CSV that Excel opens in Japanese', async ({ page }) => {
  const name = `東京精密 ${Date.now().toString(36)}`;
  await page.goto('/accounts');
  await logIn(page, 'acme-admin');
  const form = page.getByRole('form', { name: 'New account' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Industry').fill('=製造業');
  await form.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Accounts' }).click();
  await page.getByLabel('Search by name').fill(name);
  await expect(page.getByText('1 account', { exact: true })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);

  expect(download.suggestedFilename()).toMatch(/^stride-accounts-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = await readFile(await download.path());
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('externalId,name,industry,sizeBand,ownerId');
  expect(lines[1]).toMatch(new RegExp(`^[0-9a-f-]{36},${name},'=製造業,,[0-9a-f-]{36}$`));
  expect(lines.slice(2)).toEqual(['']);
});
