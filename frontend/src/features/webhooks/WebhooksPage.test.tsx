import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import i18n from '../../i18n';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import type { WebhookDelivery, WebhookEndpoint } from './useWebhooks';
import { WebhooksPage } from './WebhooksPage';

const BASE = '/api/crm/webhooks/endpoints';

function anEndpoint(overrides: Partial<WebhookEndpoint> & Pick<WebhookEndpoint, 'id' | 'provider' | 'name'>) {
  return {
    path: `/api/crm/webhooks/${overrides.provider}/${overrides.id}`,
    enabled: true,
    rejected: 0,
    allowedSenders: [],
    bodyRetentionDays: 30,
    createdBy: 'admin-1',
    createdAt: '2026-11-02T01:00:00Z',
    updatedAt: '2026-11-02T01:00:00Z',
    version: 1,
    ...overrides,
  } satisfies WebhookEndpoint;
}

const production = anEndpoint({ id: 'e1', provider: 'standard', name: 'Production', rejected: 1234 });
const hubspot = anEndpoint({ id: 'e2', provider: 'hubspot', name: 'HubSpot app', acceptLegacySignatures: true });
const salesforce = anEndpoint({
  id: 'e3', provider: 'salesforce', name: 'Salesforce org', organizationId: '00D5g000004abcDEAX', enabled: false,
});

function aDelivery(overrides: Partial<WebhookDelivery> & Pick<WebhookDelivery, 'id' | 'status'>) {
  return {
    receivedAt: '2026-11-20T09:30:00Z',
    dedupeKey: `standard:msg_${overrides.id}`,
    bytes: 512,
    attempts: 1,
    ...overrides,
  } satisfies WebhookDelivery;
}

const deliveries: WebhookDelivery[] = [
  aDelivery({ id: 'd2', status: 'RECEIVED', dedupeKey: 'standard:msg_2', bytes: 2048 }),
  aDelivery({
    id: 'd1', receivedAt: '2026-11-19T23:05:00Z', status: 'PROCESSED', dedupeKey: 'standard:msg_1', bytes: 1,
  }),
];

const unknownAccount = 'No account with external id acc-42: create it, then replay';
const failed = aDelivery({ id: 'd4', status: 'FAILED', attempts: 3, reason: unknownAccount });
const processed = aDelivery({ id: 'd3', status: 'PROCESSED', processedAt: '2026-11-20T09:30:01Z' });

interface Call {
  method: string;
  path: string;
  body?: unknown;
}

/**
 * crm-service's webhook endpoints as a fake: the list never carries a secret; creating and rotating answer one once.
 * Every endpoint's log is `log`; replaying queues a failed delivery again (`RECEIVED`), any other is a 409.
 * Every call is recorded.
 */
function fakeCrm(initial: WebhookEndpoint[], log: WebhookDelivery[] = deliveries) {
  let endpoints = [...initial];
  const logged = [...log];
  let created = 0;
  const calls: Call[] = [];
  const withoutSecret = ({ secret: _secret, ...endpoint }: WebhookEndpoint) => endpoint;
  const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) =>
    json({ type: 'about:blank', title: 'Bad Request', status, detail, errors }, status, 'application/problem+json');
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(urlOf(input));
    const url = new URL(request.url);
    const text = await request.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    calls.push({ method: request.method, path: url.pathname + url.search, body });
    const [, id, action, deliveryId, replay] = url.pathname.slice(BASE.length).split('/');
    const endpoint = endpoints.find((e) => e.id === id);
    if (request.method === 'GET' && !id) {
      return json(endpoints.map(withoutSecret));
    }
    if (request.method === 'POST' && !id) {
      const { provider, name, secret, organizationId, acceptLegacySignatures, allowedSenders } =
        body as Record<string, never>;
      if (provider === 'hubspot' && !secret) {
        return problem(400, 'secret: is required', [{ field: 'secret', message: 'is required' }]);
      }
      const ranges: string[] = allowedSenders ?? [];
      const bad = ranges.findIndex((range) => !/^[0-9.]+\/(3[0-2]|[12]?[0-9])$/.test(range));
      if (bad >= 0) {
        const message = `must be an address range such as 203.0.113.0/24, not "${ranges[bad]}"`;
        return problem(400, message, [{ field: `allowedSenders[${bad}]`, message }]);
      }
      if (provider === 'salesforce' && ranges.length === 0) {
        const message = 'is required for a Salesforce endpoint';
        return problem(400, message, [{ field: 'allowedSenders', message }]);
      }
      created += 1;
      const made = anEndpoint({
        id: `n${created}`, provider, name, organizationId, acceptLegacySignatures, allowedSenders: ranges,
      });
      endpoints = [...endpoints, made];
      const shown = provider === 'standard' ? { secret: 'whsec_c2VjcmV0LW9uZQ==' }
        : provider === 'pipedrive' ? { username: 'stride-n1', secret: 'pd-password-1' } : {};
      return json({ ...made, ...shown }, 201);
    }
    if (!endpoint) {
      return problem(404, 'No such endpoint');
    }
    if (request.method === 'DELETE') {
      endpoints = endpoints.filter((e) => e !== endpoint);
      return new Response(null, { status: 204 });
    }
    if (action === 'deliveries' && request.method === 'POST' && replay === 'replay') {
      const index = logged.findIndex((d) => d.id === deliveryId);
      if (index < 0) {
        return problem(404, 'No such delivery');
      }
      if (logged[index].status !== 'FAILED') {
        return problem(409, 'The delivery has not failed');
      }
      logged[index] = { ...logged[index], status: 'RECEIVED' };
      return new Response(null, { status: 204 });
    }
    if (action === 'deliveries') {
      return json(logged);
    }
    const changed = {
      ...endpoint,
      version: endpoint.version + 1,
      ...(action === 'disable' && { enabled: false }),
      ...(action === 'enable' && { enabled: true }),
      ...((action === 'rotate' || action === 'secret') && { previousSecretValidUntil: '2026-11-21T09:00:00Z' }),
    };
    endpoints = endpoints.map((e) => (e === endpoint ? changed : e));
    return json(action === 'rotate' ? { ...changed, secret: 'whsec_bmV3LXNlY3JldA==' } : changed);
  });
  return { calls, logged, writes: () => calls.filter((call) => call.method !== 'GET') };
}

const asAdmin = () => renderWithProviders(<WebhooksPage />, aSession({ roles: ['admin'] }));
const rowOf = async (name: string) => (await screen.findByText(name, { selector: 'strong' })).closest('tr')!;
const form = () => screen.getByRole('form', { name: 'New endpoint' });

afterEach(async () => {
  // unmounted first: a language change re-renders whatever is on screen
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('WebhooksPage', () => {
  it('lists the endpoints with the URL to give the sender, their state, rejections and their own actions', async () => {
    const user = userEvent.setup();
    fakeCrm([production, hubspot, salesforce]);
    asAdmin();

    const table = await screen.findByRole('table', { name: 'Webhook endpoints' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(
      ['Name', 'Provider', 'URL', 'State', 'Rejected', 'Actions'],
    );
    const row = await rowOf('Production');
    const url = `${window.location.origin}/api/crm/webhooks/standard/e1`;
    expect(within(row).getByText(url)).toBeInTheDocument();
    expect(row).toHaveTextContent('Standard Webhooks');
    expect(row).toHaveTextContent('Enabled');
    expect(row).toHaveTextContent('1,234');
    expect(within(row).getByRole('button', { name: 'Rotate secret' })).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Replace secret' })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Copy URL' }));
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(within(row).getByText('Copied')).toBeInTheDocument();

    const hub = await rowOf('HubSpot app');
    expect(within(hub).getByRole('button', { name: 'Replace secret' })).toBeInTheDocument();
    expect(within(hub).queryByRole('button', { name: 'Rotate secret' })).not.toBeInTheDocument();
    expect(hub).toHaveTextContent('v1/v2 signatures accepted');
    const sf = await rowOf('Salesforce org');
    expect(sf).toHaveTextContent('Disabled');
    expect(sf).toHaveTextContent('Organization 00D5g000004abcDEAX');
    expect(within(sf).getByRole('button', { name: 'Enable' })).toBeInTheDocument();
    expect(within(sf).queryByRole('button', { name: /secret/ })).not.toBeInTheDocument();
  });

  it('shows a new standard endpoint\'s signing secret once, with the warning, and never again once dismissed',
    async () => {
      const user = userEvent.setup();
      const crm = fakeCrm([]);
      asAdmin();
      expect(await screen.findByText('No webhook endpoints yet.')).toBeInTheDocument();

      await user.type(within(form()).getByLabelText('Name'), '  本番 CRM ');
      await user.click(within(form()).getByRole('button', { name: 'Create endpoint' }));

      const panel = await screen.findByRole('region', { name: '本番 CRM is ready' });
      expect(crm.writes()).toEqual([{ method: 'POST', path: BASE, body: { provider: 'standard', name: '本番 CRM' } }]);
      expect(within(panel).getByText(/will not be shown again/)).toBeInTheDocument();
      expect(within(panel).getByText('whsec_c2VjcmV0LW9uZQ==')).toBeInTheDocument();
      const url = `${window.location.origin}/api/crm/webhooks/standard/n1`;
      expect(within(panel).getByText(url)).toBeInTheDocument();
      expect(within(panel).getByRole('heading', { name: '本番 CRM is ready' })).toHaveFocus();
      await user.click(within(panel).getByRole('button', { name: 'Copy secret' }));
      expect(await navigator.clipboard.readText()).toBe('whsec_c2VjcmV0LW9uZQ==');
      // the form is ready for the next one
      expect(within(form()).getByLabelText('Name')).toHaveValue('');

      // the list is read again, without the secret
      expect(await rowOf('本番 CRM')).toHaveTextContent(url);
      await user.click(within(panel).getByRole('button', { name: 'Done, hide it' }));

      expect(screen.queryByRole('region', { name: '本番 CRM is ready' })).not.toBeInTheDocument();
      expect(screen.queryByText('whsec_c2VjcmV0LW9uZQ==')).not.toBeInTheDocument();
      expect(screen.queryByText(/will not be shown again/)).not.toBeInTheDocument();
      expect(await rowOf('本番 CRM')).toBeInTheDocument();
      expect(document.body).not.toHaveTextContent('whsec_');
    });

  it('shows a new Pipedrive endpoint\'s user name and password to copy', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([]);
    asAdmin();

    await user.selectOptions(await within(form()).findByLabelText('Provider'), 'pipedrive');
    await user.type(within(form()).getByLabelText('Name'), 'Pipedrive');
    await user.click(within(form()).getByRole('button', { name: 'Create endpoint' }));

    const panel = await screen.findByRole('region', { name: 'Pipedrive is ready' });
    expect(crm.writes()[0].body).toEqual({ provider: 'pipedrive', name: 'Pipedrive' });
    expect(within(panel).getByText(/will not be shown again/)).toBeInTheDocument();
    expect(within(panel).getByText('stride-n1')).toBeInTheDocument();
    expect(within(panel).getByText('pd-password-1')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Copy user name' }));
    expect(await navigator.clipboard.readText()).toBe('stride-n1');
    await user.click(within(panel).getByRole('button', { name: 'Copy password' }));
    expect(await navigator.clipboard.readText()).toBe('pd-password-1');
  });

  it('shows the server\'s error next to the HubSpot secret when it is missing, then creates with it', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([]);
    asAdmin();

    await user.selectOptions(await within(form()).findByLabelText('Provider'), 'hubspot');
    await user.type(within(form()).getByLabelText('Name'), 'HubSpot');
    await user.click(within(form()).getByLabelText('Also accept v1/v2 signatures'));
    await user.click(within(form()).getByRole('button', { name: 'Create endpoint' }));

    const secret = within(form()).getByLabelText('Client secret');
    await waitFor(() => expect(secret).toHaveAttribute('aria-invalid', 'true'));
    expect(secret).toHaveAccessibleDescription(/is required/);
    expect(crm.writes()).toEqual([
      { method: 'POST', path: BASE, body: { provider: 'hubspot', name: 'HubSpot', acceptLegacySignatures: true } },
    ]);
    // the error sits by its field, not in a second message; nothing was created
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /is ready/ })).not.toBeInTheDocument();

    await user.type(secret, 'hubspot-client-secret');
    await user.click(within(form()).getByRole('button', { name: 'Create endpoint' }));

    const panel = await screen.findByRole('region', { name: 'HubSpot is ready' });
    expect(crm.writes()[1].body).toEqual(
      { provider: 'hubspot', name: 'HubSpot', secret: 'hubspot-client-secret', acceptLegacySignatures: true },
    );
    expect(within(panel).getByText(`${window.location.origin}/api/crm/webhooks/hubspot/n1`)).toBeInTheDocument();
    // the admin typed the secret: nothing to show once
    expect(within(panel).queryByText(/will not be shown again/)).not.toBeInTheDocument();
    expect(panel).not.toHaveTextContent('hubspot-client-secret');
  });

  it('sends only the chosen provider\'s own fields', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([]);
    asAdmin();

    await user.selectOptions(await within(form()).findByLabelText('Provider'), 'hubspot');
    await user.type(within(form()).getByLabelText('Client secret'), 'typed-then-left');
    await user.selectOptions(within(form()).getByLabelText('Provider'), 'salesforce');
    await user.type(within(form()).getByLabelText('Name'), 'SF');
    await user.type(within(form()).getByLabelText('Organization ID'), '00D5g000004abcDEAX');
    await user.type(within(form()).getByLabelText('Sender address ranges'), '13.108.0.0/14');
    await user.click(within(form()).getByRole('button', { name: 'Create endpoint' }));

    expect(await screen.findByRole('region', { name: 'SF is ready' })).toBeInTheDocument();
    expect(crm.writes()[0].body).toEqual({
      provider: 'salesforce', name: 'SF', organizationId: '00D5g000004abcDEAX', allowedSenders: ['13.108.0.0/14'],
    });
  });

  it('asks a Salesforce endpoint for its senders\' ranges, one per line, and shows a bad one by the field', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([]);
    asAdmin();

    await user.selectOptions(await within(form()).findByLabelText('Provider'), 'salesforce');
    await user.type(within(form()).getByLabelText('Name'), 'SF');
    await user.type(within(form()).getByLabelText('Organization ID'), '00D5g000004abcDEAX');
    const ranges = within(form()).getByLabelText('Sender address ranges');
    expect(ranges).toHaveAccessibleDescription(/Salesforce's outbound messages carry no signature/);
    await user.click(within(form()).getByRole('button', { name: 'Create endpoint' }));

    await waitFor(() => expect(ranges).toHaveAttribute('aria-invalid', 'true'));
    expect(ranges).toHaveAccessibleDescription(/is required for a Salesforce endpoint/);

    await user.type(ranges, '13.108.0.0/14{enter}13.110.0.0/33');
    await user.click(within(form()).getByRole('button', { name: 'Create endpoint' }));
    await waitFor(() => expect(ranges).toHaveAccessibleDescription(/not "13.110.0.0\/33"/));
    expect(crm.writes()[1].body).toMatchObject({ allowedSenders: ['13.108.0.0/14', '13.110.0.0/33'] });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /is ready/ })).not.toBeInTheDocument();
  });

  it('rotates a generated secret and shows the new one once', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([production]);
    asAdmin();

    await user.click(within(await rowOf('Production')).getByRole('button', { name: 'Rotate secret' }));

    const panel = await screen.findByRole('region', { name: 'New secret for Production' });
    expect(crm.writes()).toEqual([{ method: 'POST', path: `${BASE}/e1/rotate`, body: undefined }]);
    expect(within(panel).getByText('whsec_bmV3LXNlY3JldA==')).toBeInTheDocument();
    expect(within(panel).getByText(/will not be shown again/)).toBeInTheDocument();
    expect(panel).toHaveTextContent('The previous secret is still accepted until');

    await user.click(within(panel).getByRole('button', { name: 'Done, hide it' }));
    expect(screen.queryByText('whsec_bmV3LXNlY3JldA==')).not.toBeInTheDocument();
  });

  it('replaces a HubSpot secret with the one the admin types', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([hubspot]);
    asAdmin();

    await user.click(within(await rowOf('HubSpot app')).getByRole('button', { name: 'Replace secret' }));
    const replace = screen.getByRole('form', { name: 'Replace the secret of HubSpot app' });
    await user.type(within(replace).getByLabelText('New client secret'), 'rotated-in-hubspot');
    await user.click(within(replace).getByRole('button', { name: 'Save secret' }));

    expect(await screen.findByRole('status')).toHaveTextContent(/^Secret replaced\. The previous one is still/);
    expect(crm.writes()).toEqual([
      { method: 'PUT', path: `${BASE}/e2/secret`, body: { secret: 'rotated-in-hubspot' } },
    ]);
    expect(screen.queryByRole('form', { name: 'Replace the secret of HubSpot app' })).not.toBeInTheDocument();
  });

  it('disables and enables an endpoint', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([production]);
    asAdmin();

    await user.click(within(await rowOf('Production')).getByRole('button', { name: 'Disable' }));

    await waitFor(async () => expect(await rowOf('Production')).toHaveTextContent('Disabled'));
    await user.click(within(await rowOf('Production')).getByRole('button', { name: 'Enable' }));
    await waitFor(async () => expect(await rowOf('Production')).toHaveTextContent('Enabled'));
    expect(crm.writes().map((call) => call.path)).toEqual([`${BASE}/e1/disable`, `${BASE}/e1/enable`]);
  });

  it('deletes an endpoint only once confirmed', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([production, hubspot]);
    asAdmin();

    await user.click(within(await rowOf('Production')).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deletion' });
    expect(confirm).toHaveTextContent('Delete Production and its delivery log?');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Confirm deletion' })).not.toBeInTheDocument();
    expect(crm.writes()).toEqual([]);

    await user.click(within(await rowOf('Production')).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));

    await waitFor(() => expect(screen.queryByText('Production', { selector: 'strong' })).not.toBeInTheDocument());
    expect(crm.writes()).toEqual([{ method: 'DELETE', path: `${BASE}/e1`, body: undefined }]);
    expect(await rowOf('HubSpot app')).toBeInTheDocument();
  });

  it('shows an endpoint\'s delivery log: time, status, attempts, reason, dedupe key and size', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([production]);
    asAdmin();

    const show = within(await rowOf('Production')).getByRole('button', { name: 'Deliveries' });
    expect(show).toHaveAttribute('aria-pressed', 'false');
    await user.click(show);

    const log = await screen.findByRole('table', { name: 'Deliveries to Production' });
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(crm.calls.map((call) => call.path)).toContain(`${BASE}/e1/deliveries?limit=50`);
    expect(within(log).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(
      ['Received', 'Status', 'Attempts', 'Reason', 'Dedupe key', 'Size', 'Actions'],
    );
    const when = (iso: string) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    const rows = within(log).getAllByRole('row').slice(1).map((row) =>
      within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      [when('2026-11-20T09:30:00Z'), 'Received', '1', '', 'standard:msg_2', '2,048 bytes', ''],
      [when('2026-11-19T23:05:00Z'), 'Processed', '1', '', 'standard:msg_1', '1 byte', ''],
    ]);
    expect(screen.getByText(/rejected: 1,234/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('table', { name: 'Deliveries to Production' })).not.toBeInTheDocument();
  });

  it('replays a failed delivery, shows it queued again, and offers no replay for an applied one', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([production], [failed, processed]);
    asAdmin();
    await user.click(within(await rowOf('Production')).getByRole('button', { name: 'Deliveries' }));

    const log = await screen.findByRole('table', { name: 'Deliveries to Production' });
    const rowWith = (key: string) => within(log).getByText(key).closest('tr')!;
    const failedRow = rowWith('standard:msg_d4');
    expect(failedRow).toHaveTextContent('Failed');
    expect(within(failedRow).getByText(unknownAccount)).toBeInTheDocument();
    expect(within(failedRow).getAllByRole('cell')[2]).toHaveTextContent(/^3$/);
    const processedRow = rowWith('standard:msg_d3');
    expect(processedRow).toHaveTextContent('Processed');
    expect(within(processedRow).queryByRole('button')).not.toBeInTheDocument();
    const reads = () => crm.calls.filter((call) => call.path === `${BASE}/e1/deliveries?limit=50`).length;
    expect(reads()).toBe(1);

    await user.click(within(failedRow).getByRole('button', { name: 'Replay' }));

    const statusOf = (key: string) => within(rowWith(key)).getAllByRole('cell')[1];
    await waitFor(() => expect(statusOf('standard:msg_d4')).toHaveTextContent('Received'));
    expect(crm.writes()).toEqual([{ method: 'POST', path: `${BASE}/e1/deliveries/d4/replay`, body: undefined }]);
    expect(reads()).toBe(2);
    expect(within(rowWith('standard:msg_d4')).queryByRole('button', { name: 'Replay' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the server\'s problem when a delivery it is asked to replay has not failed, and reads the log again',
    async () => {
      const user = userEvent.setup();
      const crm = fakeCrm([production], [failed]);
      asAdmin();
      await user.click(within(await rowOf('Production')).getByRole('button', { name: 'Deliveries' }));
      const log = await screen.findByRole('table', { name: 'Deliveries to Production' });
      // applied meanwhile (replayed from another tab): the log on screen is out of date
      crm.logged[0] = { ...failed, status: 'PROCESSED', attempts: 4, reason: null };

      await user.click(within(log).getByRole('button', { name: 'Replay' }));

      const row = within(log).getByText('standard:msg_d4').closest('tr')!;
      expect(await within(row).findByRole('alert')).toHaveTextContent('The delivery has not failed');
      expect(crm.writes()).toEqual([{ method: 'POST', path: `${BASE}/e1/deliveries/d4/replay`, body: undefined }]);
      await waitFor(() => expect(row).toHaveTextContent('Processed'));
      expect(within(row).queryByRole('button', { name: 'Replay' })).not.toBeInTheDocument();
      expect(row).not.toHaveTextContent(unknownAccount);
    });

  it('speaks Japanese', async () => {
    const user = userEvent.setup();
    fakeCrm([production], [failed]);
    await i18n.changeLanguage('ja');
    asAdmin();

    expect(await screen.findByRole('table', { name: 'Webhook の受信口' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Webhook');
    expect(within(screen.getByRole('form', { name: '新しい受信口' })).getByLabelText('送信元')).toBeInTheDocument();
    expect(within(await rowOf('Production')).getByRole('button', { name: 'シークレットを再発行' })).toBeInTheDocument();

    await user.click(within(await rowOf('Production')).getByRole('button', { name: '配信履歴' }));
    const log = await screen.findByRole('table', { name: 'Production の配信履歴' });
    expect(within(log).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(
      ['受信日時', '状態', '試行回数', '理由', '重複判定キー', 'サイズ', '操作'],
    );
    expect(within(log).getByText('失敗')).toBeInTheDocument();
    expect(within(log).getByRole('button', { name: '再実行' })).toBeInTheDocument();
  });

  it('asks nothing of the server for anyone but an admin', async () => {
    const crm = fakeCrm([production]);
    renderWithProviders(<WebhooksPage />, aSession({ roles: ['manager'] }));

    expect(screen.getByText('Only administrators manage webhook endpoints.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New endpoint' })).not.toBeInTheDocument();
    expect(crm.calls).toEqual([]);
  });
});
