import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/crm';
import { ErrorMessage } from '../errors/ErrorMessage';

type ImportReport = components['schemas']['ImportReport'];

const ENCODINGS = ['auto', 'UTF-8', 'Shift_JIS'] as const;

/** The import wizard: pick a kind and a file, check it (dry run), read the problems, then import it. */
export function ImportPage() {
  const { t } = useTranslation();
  const api = useApi();
  const kinds = useQuery({
    queryKey: ['import-kinds'],
    queryFn: async () => (await api.crm.GET('/api/crm/imports')).data as Record<string, string[]>,
  });
  const [kind, setKind] = useState('accounts');
  const [encoding, setEncoding] = useState<(typeof ENCODINGS)[number]>('auto');
  const [file, setFile] = useState<File>();
  const [checked, setChecked] = useState<ImportReport>();
  const run = useMutation({
    mutationFn: async (dryRun: boolean) =>
      (
        await api.crm.POST('/api/crm/imports/{kind}', {
          params: { path: { kind }, query: { dryRun, encoding } },
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': 'text/csv' },
        })
      ).data as ImportReport,
    onSuccess: (report) => setChecked(report),
  });
  const reset = () => {
    setChecked(undefined);
    run.reset();
  };
  return (
    <section>
      <header className="page-header">
        <h1>{t('nav.imports')}</h1>
      </header>
      <form
        className="inline-form"
        aria-label={t('imports.form')}
        onSubmit={(event) => {
          event.preventDefault();
          run.mutate(true);
        }}
      >
        <label>
          {t('imports.kind')}
          <select
            value={kind}
            onChange={(event) => {
              setKind(event.target.value);
              reset();
            }}
          >
            {Object.keys(kinds.data ?? { accounts: [] }).map((k) => (
              <option key={k} value={k}>
                {t(`imports.kinds.${k}`, { defaultValue: k })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('imports.file')}
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              reset();
            }}
          />
        </label>
        <label>
          {t('imports.encoding')}
          <select
            value={encoding}
            onChange={(event) => {
              setEncoding(event.target.value as typeof encoding);
              reset();
            }}
          >
            {ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {t(`imports.encodings.${e}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!file || run.isPending}>
          {t('imports.check')}
        </button>
        {kinds.data?.[kind] && (
          <p className="muted full-width">
            {t('imports.columns', { columns: kinds.data[kind].join(', ') })}
          </p>
        )}
      </form>
      {run.isError && <ErrorMessage error={run.error} />}
      {checked && <Report report={checked} onImport={() => run.mutate(false)} importing={run.isPending} />}
    </section>
  );
}

function Report({ report, onImport, importing }: { report: ImportReport; onImport: () => void; importing: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('imports.report')}>
      <h2>{report.committed ? t('imports.done') : t('imports.report')}</h2>
      <p data-testid="import-summary">
        {t('imports.summary', {
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          errors: report.errorCount,
          encoding: report.encoding,
        })}
      </p>
      {report.errorCount > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th>{t('imports.row')}</th>
              <th>{t('imports.line')}</th>
              <th>{t('imports.column')}</th>
              <th>{t('imports.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((problem) => (
              <tr key={`${problem.row}-${problem.column}`}>
                <td>{problem.row}</td>
                <td>{problem.line}</td>
                <td>{problem.column ?? '—'}</td>
                <td>{problem.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!report.committed && (
        <button type="button" className="primary" onClick={onImport} disabled={report.errorCount > 0 || importing}>
          {t('imports.import', { count: report.rows })}
        </button>
      )}
    </section>
  );
}
