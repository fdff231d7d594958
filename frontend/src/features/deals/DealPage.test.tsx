import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, vi } from 'vitest';
import { aSession, json, renderWithProviders, urlOf } from '../../testing/render';
import { DealPage } from './DealPage';

const deal = (status: 'OPEN' | 'WON') => ({
  id: 'd1', name: 'さくら精機 導入', accountId: null, pipelineId: 'p1', pipelineName: 'Sales', stageId: 's2',
  stageName: 'Proposal', probability: 50, amount: 3000000, currency: 'JPY', status, expectedCloseDate: null,
  ownerId: 'u1', createdAt: '2026-11-02T01:00:00Z', updatedAt: '2026-11-02T01:00:00Z',
  stageEnteredAt: '2026-11-03T01:00:00Z', wonAt: status === 'WON' ? '2026-11-05T01:00:00Z' : null, lostAt: null,
  lostReason: null, lostNote: null, sourceLeadId: null, leadSource: null, version: 2,
});
const history = [
  { stageId: 's1', stageName: 'Qualification', enteredAt: '2026-11-02T01:00:00Z', leftAt: '2026-11-03T04:00:00Z',
    endedBy: 'MOVED', seconds: 97200 },
  { stageId: 's2', stageName: 'Proposal', enteredAt: '2026-11-03T04:00:00Z', leftAt: null, endedBy: null,
    seconds: 300 },
];

afterEach(() => vi.unstubAllGlobals());

function renderDeal() {
  renderWithProviders(
    <Routes>
      <Route path="/deals/:id" element={<DealPage />} />
    </Routes>,
    aSession(),
    '/deals/d1',
  );
}

/** The deal, its history, or its activities (none), as the page asks for them. */
function answer(url: string, status: 'OPEN' | 'WON') {
  const path = new URL(url).pathname;
  return path.endsWith('/history') ? history : path === '/api/crm/activities' ? { total: 0, items: [] } : deal(status);
}

describe('DealPage', () => {
  it('shows the amount in yen and the time spent in each stage', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => json(answer(urlOf(input), 'OPEN')));

    renderDeal();

    expect(await screen.findByRole('heading', { name: 'さくら精機 導入' })).toBeInTheDocument();
    expect(screen.getByText('¥3,000,000')).toBeInTheDocument();
    const rows = within(await screen.findByTestId('stage-history')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Qualification');
    expect(rows[1]).toHaveTextContent('1 d 3 h');
    expect(rows[1]).toHaveTextContent('Moved on');
    expect(rows[2]).toHaveTextContent('5 min');
    expect(rows[2]).toHaveTextContent('Still here');
  });

  it('wins the deal and shows it won', async () => {
    let won = false;
    const posts: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(urlOf(input));
      if (request.method === 'POST') {
        posts.push(new URL(request.url).pathname);
        won = true;
        return json(deal('WON'));
      }
      return json(answer(request.url, won ? 'WON' : 'OPEN'));
    });

    renderDeal();
    await userEvent.click(await screen.findByRole('button', { name: 'Mark won' }));

    await waitFor(() => expect(screen.getByTestId('deal-status')).toHaveTextContent('Won'));
    expect(posts).toEqual(['/api/crm/deals/d1/win']);
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
  });
});
