import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/problem';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';
import type { Metric } from '../goals/useGoals';
import { useNames } from '../teams/useTeams';
import { recordUnits, useFigureFormat, type FigureFormat } from './figures';
import type { FilterQuery, KpiProgress } from './useProgress';
import { useFigureRecords, type MetricRecord, type MetricRecordSet } from './useRecords';

/** The screens a record of each kind opens on (a customer's id is its account's); the others have none. */
const PAGES: Partial<Record<MetricRecord['kind'], string>> = { DEAL: 'deals', LEAD: 'leads', CUSTOMER: 'accounts' };

/**
 * The records behind a KPI's figure over its period and with its filters, which reproduce it: the counted or summed
 * records with their total, or a ratio's numerator and denominator with "numerator ÷ denominator = value". A figure
 * that is not a sum over records (LTV) answers 400 with the figures to open instead, and that answer is shown.
 */
export function Drilldown({ progress, metric, filters, currency, timeZone }: {
  progress: KpiProgress;
  metric: Metric;
  filters: FilterQuery;
  currency: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const records = useFigureRecords(progress.metricId, progress.periodStart, progress.periodEnd, filters);
  const units = recordUnits(metric);
  const figure = useFigureFormat(metric.unit, currency);
  const numerator = useFigureFormat(units.numerator, currency);
  const denominator = useFigureFormat(units.denominator, currency);
  // a client error (LTV's 400) is the server's answer: asking again would only repeat it
  const final = records.error instanceof ApiError && records.error.status < 500;
  const data = records.data;
  return (
    <section className="drilldown" aria-labelledby={id}>
      <h2 id={id}>{t('drilldown.title')}</h2>
      {records.isError && (
        <ErrorMessage error={records.error} onRetry={final ? undefined : () => void records.refetch()} />
      )}
      {records.isPending && <p className="muted">{t('common.loading')}</p>}
      {data && (
        <div data-testid="drilldown">
          {data.denominator ? (
            <>
              <RecordSet set={data.numerator} title={t('drilldown.numerator')} part="numerator" value={numerator}
                counts={units.numerator === 'COUNT'} timeZone={timeZone} />
              <RecordSet set={data.denominator} title={t('drilldown.denominator')} part="denominator"
                value={denominator} counts={units.denominator === 'COUNT'} timeZone={timeZone} />
              <p className="ratio" data-testid="drilldown-ratio">
                {t('drilldown.ratio', {
                  numerator: numerator(data.numerator.sum),
                  denominator: denominator(data.denominator.sum),
                  value: figure(data.value),
                })}
              </p>
            </>
          ) : (
            <RecordSet set={data.numerator} title={t('drilldown.records')} part="numerator" value={numerator}
              counts={units.numerator === 'COUNT'} timeZone={timeZone} />
          )}
        </div>
      )}
    </section>
  );
}

/**
 * One set of records as a table, with how many there are and what they add up to. Columns that no listed record
 * fills (owner, date, amount) are left out. Numerator rows are `drilldown-row-<id>`, denominator rows
 * `drilldown-denominator-row-<id>`.
 */
function RecordSet({ set, title, part, value, counts, timeZone }: {
  set: MetricRecordSet;
  title: string;
  part: 'numerator' | 'denominator';
  value: FigureFormat;
  /** Whether each record adds 1, so that their number is their total. */
  counts: boolean;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const names = useNames();
  const day = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium', timeZone });
  const rows = set.records;
  const owners = rows.some((record) => record.ownerId != null);
  const dates = rows.some((record) => record.at != null || record.on != null);
  const amounts = rows.some((record) => record.amount != null);
  const rowId = (record: MetricRecord) =>
    part === 'numerator' ? `drilldown-row-${record.id}` : `drilldown-denominator-row-${record.id}`;
  return (
    <div className="record-set">
      <h3>{title}</h3>
      <p className="muted" data-testid={`drilldown-${part}-total`}>
        {counts
          ? t('drilldown.count', { count: set.total })
          : t('drilldown.total', { count: set.total, sum: value(set.sum) })}
        {set.truncated && (
          <>
            {' · '}
            <span data-testid={`drilldown-${part}-showing`}>
              {t('drilldown.showing', { shown: format.number(rows.length), total: format.number(set.total) })}
            </span>
          </>
        )}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('drilldown.none')}</p>
      ) : (
        <table className="list" aria-label={title}>
          <thead>
            <tr>
              <th>{t('drilldown.record')}</th>
              {owners && <th>{t('drilldown.owner')}</th>}
              {dates && <th>{t('drilldown.date')}</th>}
              {amounts && <th className="number">{t('drilldown.amount')}</th>}
              <th className="number">{t('drilldown.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((record) => (
              <tr key={record.id} data-testid={rowId(record)}>
                <td><RecordLink record={record} /></td>
                {owners && <td>{record.ownerId ? names.user(record.ownerId) : ''}</td>}
                {dates && <td>{record.at ? day.format(new Date(record.at)) : record.on && format.date(record.on)}</td>}
                {amounts && (
                  <td className="number">
                    {record.amount == null ? ''
                      : record.currency ? format.money(record.amount, record.currency) : format.number(record.amount)}
                  </td>
                )}
                <td className="number">{record.value == null ? t('drilldown.leftOut') : value(record.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** A record by its kind and the start of its id, linked to its page when it has one. */
function RecordLink({ record }: { record: MetricRecord }) {
  const { t } = useTranslation();
  const label = t('drilldown.recordName', { kind: t(`drilldown.kinds.${record.kind}`), id: record.id.slice(0, 8) });
  const page = PAGES[record.kind];
  return page
    ? <Link to={`/${page}/${record.id}`} title={record.id}>{label}</Link>
    : <span title={record.id}>{label}</span>;
}
