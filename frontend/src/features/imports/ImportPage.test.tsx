import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { json, renderWithProviders, urlOf } from '../../testing/render';
import { ImportPage } from './ImportPage';

const report = (errors: { row: number; line: number; column: string | null; reason: string }[], committed = false) => ({
  kind: 'accounts', dryRun: !committed, encoding: 'Shift_JIS', rows: 2, created: 2 - errors.length, updated: 0,
  errorCount: errors.length, errors, committed,
});

afterEach(() => vi.unstubAllGlobals());

async function chooseFile() {
  await userEvent.upload(screen.getByLabelText('CSV file'),
    new File(['会社名\nさくら精機\n'], 'accounts.csv', { type: 'text/csv' }));
}

describe('ImportPage', () => {
  it('shows each problem of the dry run and does not offer to import', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      urlOf(input).endsWith('/api/crm/imports')
        ? json({ accounts: ['externalId', 'name'] })
        : json(report([{ row: 2, line: 3, column: 'name', reason: 'must not be blank' }])),
    );

    renderWithProviders(<ImportPage />);
    await chooseFile();
    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));

    expect(await screen.findByTestId('import-summary')).toHaveTextContent('2 rows read (Shift_JIS): 1 new');
    expect(screen.getByRole('cell', { name: 'must not be blank' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 2 rows' })).toBeDisabled();
  });

  it('imports a clean file after checking it', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = new URL(urlOf(input));
      if (url.pathname === '/api/crm/imports') {
        return json({ accounts: ['externalId', 'name'] });
      }
      calls.push(url.searchParams.get('dryRun') ?? '');
      return json(report([], url.searchParams.get('dryRun') === 'false'));
    });

    renderWithProviders(<ImportPage />);
    await chooseFile();
    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Import 2 rows' }));

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Imported' })).toBeInTheDocument());
    expect(calls).toEqual(['true', 'false']);
  });
});
