import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import i18n from '../../i18n';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import type { Pipeline } from '../pipeline/usePipelines';
import type { WebhookEndpoint, WebhookMapping } from './useWebhooks';
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

const production = anEndpoint({ id: 'e1', provider: 'standard', name: 'Production' });
const hubspot = anEndpoint({ id: 'e2', provider: 'hubspot', name: 'HubSpot app' });
const pipedrive = anEndpoint({ id: 'e3', provider: 'pipedrive', name: 'Pipedrive' });

function aPipeline(id: string, name: string, isDefault: boolean, stages: [string, boolean?][]): Pipeline {
  return {
    id, name, isDefault, createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', version: 0,
    stages: stages.map(([stage, retired = false], position) =>
      ({ id: `${id}-s${position}`, name: stage, probability: 10, position, retired })),
  };
}

const sales = aPipeline('p1', 'Sales', true, [['Qualification'], ['Proposal'], ['Contract']]);
const enterprise = aPipeline('p2', 'Enterprise', false, [['Discovery'], ['Pilot'], ['Old step', true]]);

const hubspotDefaults: WebhookMapping = {
  dealStages: [
    { from: 'appointmentscheduled', status: 'OPEN', pipeline: null, stage: 'Qualification' },
    { from: 'contractsent', status: 'OPEN', pipeline: null, stage: 'Contract' },
    { from: 'closedwon', status: 'WON', pipeline: null, stage: null },
    { from: 'closedlost', status: 'LOST', pipeline: null, stage: null },
  ],
  leadStatuses: [{ from: 'NEW', status: 'NEW' }, { from: 'IN_PROGRESS', status: 'CONTACTED' }],
  leadSource: 'other',
  lostReason: 'Other',
  currency: 'JPY',
};

const pipedriveDefaults: WebhookMapping = {
  dealStages: [{ from: '1', status: 'OPEN', pipeline: null, stage: 'Qualification' }],
  leadStatuses: [],
  leadSource: 'other',
  lostReason: 'Other',
  currency: 'JPY',
};

interface Call {
  method: string;
  path: string;
  body?: unknown;
}

type FieldError = { field: string; message: string };

/** What crm-service checks a mapping for, its first problem only (as it answers). */
function problemOf(mapping: WebhookMapping, pipelines: Pipeline[]): FieldError | undefined {
  const refuse = (field: string, message: string) => ({ field, message });
  for (const [i, entry] of (mapping.dealStages ?? []).entries()) {
    if (!entry.from) {
      return refuse(`dealStages[${i}].from`, 'is required: the provider\'s stage');
    }
    if (entry.status !== 'OPEN') {
      if (entry.pipeline != null || entry.stage != null) {
        return refuse(`dealStages[${i}].stage`, `is only for OPEN; a ${entry.status} deal keeps the stage it was in`);
      }
      continue;
    }
    const pipeline = entry.pipeline
      ? pipelines.find((p) => p.name.toLowerCase() === entry.pipeline!.toLowerCase())
      : pipelines.find((p) => p.isDefault)!;
    if (!pipeline) {
      return refuse(`dealStages[${i}].pipeline`, `no pipeline is called "${entry.pipeline}"`);
    }
    const active = pipeline.stages.filter((s) => !s.retired).map((s) => s.name);
    if (!active.some((s) => s.toLowerCase() === entry.stage?.toLowerCase())) {
      return refuse(`dealStages[${i}].stage`,
        `pipeline "${pipeline.name}" has no active stage called "${entry.stage}" (its stages: [${active.join(', ')}])`);
    }
  }
  if (!/^[A-Z]{3}$/.test(mapping.currency ?? '')) {
    return refuse('currency', 'must be an ISO 4217 code such as JPY');
  }
  return undefined;
}

/**
 * crm-service as a fake: the endpoints, the tenant's pipelines, lead sources and loss reasons, and each endpoint's
 * mapping (the provider's defaults until replaced; none for a Standard Webhooks endpoint). Every call is recorded.
 */
function fakeCrm(endpoints: WebhookEndpoint[], pipelines: Pipeline[] = [sales, enterprise]) {
  const stored = new Map<string, WebhookMapping>();
  const calls: Call[] = [];
  const defaults = (endpoint: WebhookEndpoint) =>
    (endpoint.provider === 'hubspot' ? hubspotDefaults : pipedriveDefaults);
  const problem = (status: number, detail: string, errors?: FieldError[]) =>
    json({ type: 'about:blank', title: 'Bad Request', status, detail, errors }, status, 'application/problem+json');
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(urlOf(input));
    const url = new URL(request.url);
    const text = await request.text();
    const body = text ? (JSON.parse(text) as WebhookMapping) : undefined;
    calls.push({ method: request.method, path: url.pathname, body });
    if (url.pathname === '/api/crm/pipelines') {
      return json(pipelines);
    }
    if (url.pathname === '/api/crm/leads/sources') {
      return json({ sources: ['web', 'referral', 'other'] });
    }
    if (url.pathname === '/api/crm/deals/loss-reasons') {
      return json({ reasons: ['Price', 'Timing', 'Other'] });
    }
    if (url.pathname === BASE) {
      return json(endpoints);
    }
    const [, id, action] = url.pathname.slice(BASE.length).split('/');
    const endpoint = endpoints.find((e) => e.id === id);
    if (!endpoint || action !== 'mapping') {
      return problem(404, 'No such endpoint');
    }
    if (endpoint.provider === 'standard') {
      return problem(409, 'A Standard Webhooks endpoint has no mapping');
    }
    if (request.method === 'PUT') {
      const refused = problemOf(body!, pipelines);
      if (refused) {
        return problem(400, `${refused.field}: ${refused.message}`, [refused]);
      }
      stored.set(endpoint.id, body!);
    }
    if (request.method === 'DELETE') {
      stored.delete(endpoint.id);
    }
    return json(stored.get(endpoint.id) ?? defaults(endpoint));
  });
  return { calls, writes: () => calls.filter((call) => call.method !== 'GET') };
}

const asAdmin = () => renderWithProviders(<WebhooksPage />, aSession({ roles: ['admin'] }));
const rowOf = async (name: string) => (await screen.findByText(name, { selector: 'strong' })).closest('tr')!;

/** Opens the mapping of the endpoint called `name` and waits for it to be shown. */
async function openMapping(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(within(await rowOf(name)).getByRole('button', { name: 'Mapping' }));
  const editor = await screen.findByRole('region', { name: `Mapping of ${name}` });
  await within(editor).findByRole('table', { name: 'Deal stages' });
  return editor;
}

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('WebhookMappingEditor', () => {
  it('shows a HubSpot endpoint\'s mapping: the provider\'s defaults until replaced', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([hubspot]);
    asAdmin();

    const editor = await openMapping(user, 'HubSpot app');

    expect(within(await rowOf('HubSpot app')).getByRole('button', { name: 'Mapping' }))
      .toHaveAttribute('aria-pressed', 'true');
    expect(crm.calls.map((call) => call.path)).toContain(`${BASE}/e2/mapping`);
    const stages = within(editor).getByRole('table', { name: 'Deal stages' });
    expect(within(stages).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(
      ['HubSpot stage', 'Deal status', 'Pipeline', 'Stage', 'Actions'],
    );
    expect(within(stages).getByLabelText('HubSpot stage, row 1')).toHaveValue('appointmentscheduled');
    expect(within(stages).getByLabelText('Deal status, row 1')).toHaveDisplayValue('Open');
    await waitFor(() =>
      expect(within(stages).getByLabelText('Pipeline, row 1')).toHaveDisplayValue('Default pipeline (Sales)'));
    expect(within(stages).getByLabelText('Stage, row 1')).toHaveDisplayValue('Qualification');
    expect(within(stages).getByLabelText('Stage, row 1')).toBeEnabled();
    expect(within(stages).getByLabelText('HubSpot stage, row 3')).toHaveValue('closedwon');
    expect(within(stages).getByLabelText('Deal status, row 3')).toHaveDisplayValue('Won');
    expect(within(stages).getByLabelText('Pipeline, row 3')).toBeDisabled();
    expect(within(stages).getByLabelText('Stage, row 3')).toBeDisabled();
    expect(within(stages).getByLabelText('Deal status, row 4')).toHaveDisplayValue('Lost');

    const statuses = within(editor).getByRole('table', { name: 'Lead statuses' });
    expect(within(statuses).getByLabelText('HubSpot status, row 2')).toHaveValue('IN_PROGRESS');
    expect(within(statuses).getByLabelText('Lead status, row 2')).toHaveDisplayValue('Contacted');
    await waitFor(() => expect(within(editor).getByLabelText('Source of its leads')).toHaveDisplayValue('other'));
    await waitFor(() => expect(within(editor).getByLabelText('Reason for its lost deals')).toHaveDisplayValue('Other'));
    expect(within(editor).getByLabelText('Currency')).toHaveValue('JPY');
    expect(crm.writes()).toEqual([]);
  });

  it('offers an open deal stage the active stages of the chosen pipeline, and a won or lost one none', async () => {
    const user = userEvent.setup();
    fakeCrm([hubspot]);
    asAdmin();
    const editor = await openMapping(user, 'HubSpot app');
    const stages = within(editor).getByRole('table', { name: 'Deal stages' });
    const pipeline = within(stages).getByLabelText('Pipeline, row 1');
    await waitFor(() => expect(within(pipeline).getAllByRole('option').map((option) => option.textContent))
      .toEqual(['Default pipeline (Sales)', 'Sales', 'Enterprise']));

    await user.selectOptions(pipeline, 'Enterprise');

    const stage = within(stages).getByLabelText('Stage, row 1');
    expect(stage).toHaveValue('');
    expect(within(stage).getAllByRole('option').map((option) => option.textContent)).toEqual(
      ['—', 'Discovery', 'Pilot'],
    );
    await user.selectOptions(within(stages).getByLabelText('Deal status, row 1'), 'LOST');
    expect(pipeline).toBeDisabled();
    expect(pipeline).toHaveDisplayValue('Default pipeline (Sales)');
    expect(stage).toBeDisabled();
    await user.selectOptions(within(stages).getByLabelText('Deal status, row 1'), 'OPEN');
    expect(stage).toBeEnabled();
    expect(within(stage).getAllByRole('option').map((option) => option.textContent)).toEqual(
      ['—', 'Qualification', 'Proposal', 'Contract'],
    );
  });

  it('saves the edited mapping as a whole, and says failed deliveries can be replayed now', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([hubspot]);
    asAdmin();
    const editor = await openMapping(user, 'HubSpot app');
    const stages = within(editor).getByRole('table', { name: 'Deal stages' });
    await waitFor(() => expect(within(stages).getAllByRole('option', { name: 'Enterprise' })).not.toHaveLength(0));

    await user.selectOptions(within(stages).getByLabelText('Pipeline, row 1'), 'Enterprise');
    await user.selectOptions(within(stages).getByLabelText('Stage, row 1'), 'Pilot');
    await user.selectOptions(within(stages).getByLabelText('Deal status, row 2'), 'WON');
    await user.click(within(editor).getByRole('button', { name: 'Add deal stage' }));
    expect(within(stages).getByLabelText('HubSpot stage, row 5')).toHaveFocus();
    await user.keyboard(' p7 ');
    await user.selectOptions(within(stages).getByLabelText('Stage, row 5'), 'Proposal');
    const statuses = within(editor).getByRole('table', { name: 'Lead statuses' });
    await user.click(within(statuses).getByRole('button', { name: 'Remove lead status 1' }));
    await user.selectOptions(within(editor).getByLabelText('Source of its leads'), 'web');
    await user.clear(within(editor).getByLabelText('Currency'));
    await user.type(within(editor).getByLabelText('Currency'), 'usd');
    await user.click(within(editor).getByRole('button', { name: 'Save mapping' }));

    expect(await within(editor).findByRole('status')).toHaveTextContent(
      'Mapping saved. Deliveries that failed for a missing mapping can be replayed from the delivery log.',
    );
    expect(crm.writes()).toEqual([{
      method: 'PUT',
      path: `${BASE}/e2/mapping`,
      body: {
        dealStages: [
          { from: 'appointmentscheduled', status: 'OPEN', pipeline: 'Enterprise', stage: 'Pilot' },
          { from: 'contractsent', status: 'WON', pipeline: null, stage: null },
          { from: 'closedwon', status: 'WON', pipeline: null, stage: null },
          { from: 'closedlost', status: 'LOST', pipeline: null, stage: null },
          { from: 'p7', status: 'OPEN', pipeline: null, stage: 'Proposal' },
        ],
        leadStatuses: [{ from: 'IN_PROGRESS', status: 'CONTACTED' }],
        leadSource: 'web',
        lostReason: 'Other',
        currency: 'USD',
      },
    }]);
    expect(within(stages).getByLabelText('HubSpot stage, row 5')).toHaveValue('p7');

    // edited again: the confirmation no longer holds
    await user.type(within(stages).getByLabelText('HubSpot stage, row 5'), '0');
    expect(within(editor).queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the server\'s error at the row and control it names, then saves once fixed', async () => {
    const user = userEvent.setup();
    // the stage the default maps to is retired in the tenant's pipeline
    const crm = fakeCrm([hubspot], [aPipeline('p1', 'Sales', true, [['Qualification', true], ['Discovery']])]);
    asAdmin();
    const editor = await openMapping(user, 'HubSpot app');
    const stages = within(editor).getByRole('table', { name: 'Deal stages' });
    const stage = within(stages).getByLabelText('Stage, row 1');
    await waitFor(() => expect(stage).toHaveDisplayValue('Qualification (not found)'));

    await user.click(within(editor).getByRole('button', { name: 'Save mapping' }));

    const message = 'pipeline "Sales" has no active stage called "Qualification" (its stages: [Discovery])';
    await waitFor(() => expect(stage).toHaveAttribute('aria-invalid', 'true'));
    expect(stage).toHaveAccessibleDescription(message);
    expect(within(stage.closest('tr')!).getByText(message)).toBeInTheDocument();
    expect(within(stages).getByLabelText('Stage, row 2')).not.toHaveAttribute('aria-invalid');
    // the error sits by its control, not in a second message
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(editor).queryByRole('status')).not.toBeInTheDocument();

    await user.selectOptions(stage, 'Discovery');
    await user.selectOptions(within(stages).getByLabelText('Deal status, row 2'), 'LOST');
    await user.click(within(editor).getByRole('button', { name: 'Save mapping' }));

    expect(await within(editor).findByRole('status')).toHaveTextContent('Mapping saved.');
    expect(stage).not.toHaveAttribute('aria-invalid');
    expect(crm.writes().map((call) => call.method)).toEqual(['PUT', 'PUT']);
  });

  it('shows an error it cannot place as a message of its own', async () => {
    const user = userEvent.setup();
    fakeCrm([hubspot]);
    asAdmin();
    const editor = await openMapping(user, 'HubSpot app');
    // no longer an admin, say: nothing to tie to a control
    vi.stubGlobal('fetch', async () =>
      json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Not an admin' }, 403,
        'application/problem+json'));

    await user.click(within(editor).getByRole('button', { name: 'Save mapping' }));

    expect(await within(editor).findByRole('alert')).toHaveTextContent('Not an admin');
  });

  it('resets to the provider\'s defaults only once confirmed', async () => {
    const user = userEvent.setup();
    const crm = fakeCrm([hubspot]);
    asAdmin();
    const editor = await openMapping(user, 'HubSpot app');
    const stages = within(editor).getByRole('table', { name: 'Deal stages' });
    await user.click(within(stages).getByRole('button', { name: 'Remove deal stage 1' }));
    await user.clear(within(editor).getByLabelText('Currency'));
    await user.type(within(editor).getByLabelText('Currency'), 'EUR');
    await user.click(within(editor).getByRole('button', { name: 'Save mapping' }));
    expect(await within(editor).findByRole('status')).toHaveTextContent('Mapping saved.');
    expect(within(stages).getByLabelText('HubSpot stage, row 1')).toHaveValue('contractsent');

    await user.click(within(editor).getByRole('button', { name: 'Reset to defaults' }));
    const confirm = within(editor).getByRole('group', { name: 'Confirm reset' });
    expect(confirm).toHaveTextContent('Replace this mapping with HubSpot\'s defaults?');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(editor).queryByRole('group', { name: 'Confirm reset' })).not.toBeInTheDocument();
    expect(crm.writes().map((call) => call.method)).toEqual(['PUT']);

    await user.click(within(editor).getByRole('button', { name: 'Reset to defaults' }));
    await user.click(within(editor).getByRole('button', { name: 'Yes, reset' }));

    expect(await within(editor).findByRole('status')).toHaveTextContent(
      /^Back to HubSpot's defaults\. Deliveries that failed for a missing mapping can be replayed/,
    );
    expect(crm.writes()).toEqual([
      expect.objectContaining({ method: 'PUT' }),
      { method: 'DELETE', path: `${BASE}/e2/mapping`, body: undefined },
    ]);
    expect(within(stages).getByLabelText('HubSpot stage, row 1')).toHaveValue('appointmentscheduled');
    expect(within(stages).getAllByRole('row')).toHaveLength(1 + 4);
    expect(within(editor).getByLabelText('Currency')).toHaveValue('JPY');
    expect(within(editor).queryByRole('group', { name: 'Confirm reset' })).not.toBeInTheDocument();
  });

  it('maps Pipedrive\'s stage ids, and says it has no lead statuses', async () => {
    const user = userEvent.setup();
    fakeCrm([pipedrive]);
    asAdmin();

    const editor = await openMapping(user, 'Pipedrive');

    expect(within(editor).getByLabelText('Pipedrive stage, row 1')).toHaveValue('1');
    expect(editor).toHaveTextContent('Pipedrive\'s stage ids');
    expect(within(editor).queryByRole('table', { name: 'Lead statuses' })).not.toBeInTheDocument();
    expect(editor).toHaveTextContent('Pipedrive has no lead statuses');
  });

  it('is not offered for a Standard Webhooks endpoint, whose sender uses Stride\'s own names', async () => {
    const crm = fakeCrm([production, hubspot]);
    asAdmin();

    const row = await rowOf('Production');
    expect(within(row).getByRole('button', { name: 'Deliveries' })).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Mapping' })).not.toBeInTheDocument();
    expect(within(await rowOf('HubSpot app')).getByRole('button', { name: 'Mapping' })).toBeInTheDocument();
    expect(crm.calls.map((call) => call.path)).toEqual([BASE]);
  });

  it('speaks Japanese', async () => {
    const user = userEvent.setup();
    fakeCrm([hubspot]);
    await i18n.changeLanguage('ja');
    asAdmin();

    await user.click(within(await rowOf('HubSpot app')).getByRole('button', { name: '対応付け' }));
    const editor = await screen.findByRole('region', { name: 'HubSpot app の対応付け' });
    const stages = await within(editor).findByRole('table', { name: '商談ステージ' });
    expect(within(stages).getByLabelText('HubSpot のステージ（1 行目）')).toHaveValue('appointmentscheduled');
    expect(within(stages).getByLabelText('商談の状態（3 行目）')).toHaveDisplayValue('受注');
    expect(within(editor).getByRole('button', { name: '対応付けを保存' })).toBeInTheDocument();
  });
});
