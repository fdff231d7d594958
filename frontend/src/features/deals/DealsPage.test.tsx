import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { json, renderWithProviders, urlOf } from '../../testing/render';
import { DealsPage } from './DealsPage';

const deal = {
  id: 'd1', name: 'さくら精機 年間契約', accountId: null, pipelineId: 'p1', pipelineName: 'Sales', stageId: 's1',
  stageName: 'Proposal', probability: 50, amount: 1200000, currency: 'JPY', status: 'WON', expectedCloseDate: null,
  ownerId: 'u1', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z',
  stageEnteredAt: '2026-11-01T00:00:00Z', wonAt: '2026-11-20T00:00:00Z', lostAt: null, lostReason: null,
  lostNote: null, sourceLeadId: null, leadSource: null, version: 3,
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('DealsPage', () => {
  it('filters by status and exports the same filters as CSV', async () => {
    const asked: URL[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = new URL(urlOf(input));
      asked.push(url);
      if (url.pathname.endsWith('/export')) {
        return new Response('\uFEFFexternalId,name\r\nd1,x\r\n', {
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': 'attachment; filename="stride-deals-2026-11-28.csv"',
          },
        });
      }
      return json({ total: 1, items: [deal] });
    });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:deals');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });

    renderWithProviders(<DealsPage />);
    expect(await screen.findByRole('link', { name: 'さくら精機 年間契約' })).toHaveAttribute('href', '/deals/d1');
    expect(screen.getByText('¥1,200,000')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'WON');
    await waitFor(() => expect(asked.at(-1)?.searchParams.get('status')).toBe('WON'));
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(clicked).toEqual(['stride-deals-2026-11-28.csv']));
    const exported = asked.find((url) => url.pathname === '/api/crm/deals/export')!;
    expect(exported.searchParams.get('status')).toBe('WON');
    expect(exported.searchParams.get('sort')).toBe('-createdAt');
    expect(exported.searchParams.has('limit')).toBe(false);
    expect(created).toHaveBeenCalledOnce();
  });
});
