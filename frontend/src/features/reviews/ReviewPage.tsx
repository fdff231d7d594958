import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { ApiError } from '../../api/problem';
import type { components } from '../../api/generated/kpi';
import { ErrorMessage } from '../errors/ErrorMessage';
import { MetricSelect } from '../goals/MetricSelect';
import { useKpi } from '../goals/useGoals';

type Review = components['schemas']['Review'];
type Action = components['schemas']['ReviewAction'];
type Notes = { plan: string; do: string; check: string; act: string };
const NOTES: (keyof Notes)[] = ['plan', 'do', 'check', 'act'];

/** A KPI's PDCA review of one period: plan, do, check and act notes, and Fact-Cause-Action items. */
export function ReviewPage() {
  const { kpiId = '', period = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const kpi = useKpi(kpiId);
  const review = useQuery({
    queryKey: ['review', kpiId, period],
    queryFn: async () => {
      try {
        const { data, response } = await api.kpi.GET('/api/kpi/reviews/{kpiId}/{periodStart}', {
          params: { path: { kpiId, periodStart: period } },
        });
        return { review: data as Review, etag: response.headers.get('ETag') ?? undefined };
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          return { review: undefined, etag: undefined };
        }
        throw error;
      }
    },
  });
  return (
    <section>
      <p>
        <Link to="/reviews">← {t('nav.reviews')}</Link>
      </p>
      <header className="page-header">
        <h1>{t('reviews.title', { kpi: kpi.data?.kpi.name ?? '', period: period.slice(0, 7) })}</h1>
      </header>
      {review.isError && <ErrorMessage error={review.error} onRetry={() => void review.refetch()} />}
      {review.data && (
        <>
          <NotesForm key={review.data.review?.version ?? -1} kpiId={kpiId} period={period}
            review={review.data.review} etag={review.data.etag} />
          {review.data.review && <Actions review={review.data.review} />}
        </>
      )}
    </section>
  );
}

function NotesForm({ kpiId, period, review, etag }: { kpiId: string; period: string; review?: Review; etag?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [notes, setNotes] = useState<Notes>({
    plan: review?.plan ?? '', do: review?.do ?? '', check: review?.check ?? '', act: review?.act ?? '',
  });
  const save = useMutation({
    mutationFn: async () =>
      api.kpi.PUT('/api/kpi/reviews/{kpiId}/{periodStart}', {
        params: { path: { kpiId, periodStart: period }, header: etag ? { 'If-Match': etag } : undefined },
        body: notes,
      }),
    onSuccess: () =>
      Promise.all([
        queries.invalidateQueries({ queryKey: ['review', kpiId, period] }),
        queries.invalidateQueries({ queryKey: ['reviews', 'due'] }),
      ]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="stacked-form pdca" aria-label={t('reviews.notes')} onSubmit={submit}>
      {NOTES.map((note) => (
        <label key={note}>
          {t(`reviews.${note}`)}
          <textarea maxLength={5000} value={notes[note]}
            onChange={(event) => setNotes({ ...notes, [note]: event.target.value })} />
        </label>
      ))}
      <button type="submit" className="primary" disabled={save.isPending}>
        {t('reviews.save')}
      </button>
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}

function Actions({ review }: { review: Review }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [fields, setFields] = useState({ fact: '', cause: '', action: '', dueOn: '' });
  const key = ['review', review.kpiId, review.periodStart];
  const add = useMutation({
    mutationFn: async () =>
      api.kpi.POST('/api/kpi/reviews/{kpiId}/{periodStart}/actions', {
        params: { path: { kpiId: review.kpiId, periodStart: review.periodStart } },
        body: { ...fields, dueOn: fields.dueOn || undefined },
      }),
    onSuccess: () => {
      setFields({ fact: '', cause: '', action: '', dueOn: '' });
      return queries.invalidateQueries({ queryKey: key });
    },
  });
  return (
    <section aria-label={t('reviews.actions')}>
      <h2>{t('reviews.actions')}</h2>
      <table className="list">
        <thead>
          <tr>
            <th>{t('reviews.fact')}</th>
            <th>{t('reviews.cause')}</th>
            <th>{t('reviews.action')}</th>
            <th>{t('reviews.status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {review.actions.map((action) => (
            <tr key={action.id}>
              <td>{action.fact}</td>
              <td>{action.cause}</td>
              <td>{action.action}</td>
              <td>{t(`reviews.statuses.${action.status}`)}</td>
              <td>
                {action.subKpiId ? (
                  <Link to={`/kpis/${action.subKpiId}`}>{t('reviews.openSubKpi')}</Link>
                ) : (
                  <SubKpi action={action} onDone={() => void queries.invalidateQueries({ queryKey: key })} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="inline-form" aria-label={t('reviews.addAction')}
        onSubmit={(event) => { event.preventDefault(); add.mutate(); }}>
        {(['fact', 'cause', 'action'] as const).map((field) => (
          <label key={field}>
            {t(`reviews.${field}`)}
            <input required maxLength={2000} value={fields[field]}
              onChange={(event) => setFields({ ...fields, [field]: event.target.value })} />
          </label>
        ))}
        <label>
          {t('reviews.dueOn')}
          <input type="date" value={fields.dueOn}
            onChange={(event) => setFields({ ...fields, dueOn: event.target.value })} />
        </label>
        <button type="submit" disabled={add.isPending}>
          {t('reviews.addAction')}
        </button>
        {add.isError && <ErrorMessage error={add.error} />}
      </form>
    </section>
  );
}

function SubKpi({ action, onDone }: { action: Action; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState(action.action);
  const [metricId, setMetricId] = useState('leads.new');
  const make = useMutation({
    mutationFn: async () =>
      api.kpi.POST('/api/kpi/review-actions/{id}/sub-kpi', {
        params: { path: { id: action.id } },
        body: { name, metricId },
      }),
    onSuccess: onDone,
  });
  return (
    <form className="inline-form" aria-label={t('reviews.makeSubKpi')}
      onSubmit={(event) => { event.preventDefault(); make.mutate(); }}>
      <input aria-label={t('goals.name')} required maxLength={200} value={name}
        onChange={(event) => setName(event.target.value)} />
      <MetricSelect label={t('goals.metric')} value={metricId} onChange={setMetricId} />
      <button type="submit" disabled={make.isPending}>
        {t('reviews.makeSubKpi')}
      </button>
      {make.isError && <ErrorMessage error={make.error} />}
    </form>
  );
}
