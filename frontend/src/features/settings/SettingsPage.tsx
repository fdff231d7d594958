import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/kpi';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';

type Settings = components['schemas']['TenantSettings'];
type Rate = components['schemas']['ExchangeRate'];
type DayOff = components['schemas']['DayOff'];

/** The tenant's calendar and money settings: admins change them; everyone sees the year's days off. */
export function SettingsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const settings = useQuery({
    queryKey: ['settings'],
    queryFn: async () => {
      const { data, response } = await api.kpi.GET('/api/kpi/settings');
      return { settings: data!, etag: response.headers.get('ETag') ?? undefined };
    },
  });
  return (
    <section>
      <header className="page-header">
        <h1>{t('nav.settings')}</h1>
      </header>
      {settings.isError && <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <SettingsForm key={settings.data.settings.version} settings={settings.data.settings}
          etag={settings.data.etag} />
      )}
      <Holidays />
    </section>
  );
}

function SettingsForm({ settings, etag }: { settings: Settings; etag?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const queries = useQueryClient();
  const [fields, setFields] = useState(settings);
  const admin = session.roles.includes('admin');
  const save = useMutation({
    mutationFn: async () =>
      api.kpi.PUT('/api/kpi/settings', {
        params: { header: etag ? { 'If-Match': etag } : undefined },
        body: {
          ...fields,
          fiscalYearStartMonth: Number(fields.fiscalYearStartMonth),
          grossMarginPercent: Number(fields.grossMarginPercent),
          leadConversionWindowDays: Number(fields.leadConversionWindowDays),
          nationalHolidays: fields.nationalHolidays || null,
        },
      }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['settings'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const input = (name: 'timeZone' | 'currency' | 'fiscalYearStartMonth' | 'grossMarginPercent'
    | 'leadConversionWindowDays', type = 'text') => (
    <label>
      {t(`settings.${name}`)}
      <input type={type} step="any" required disabled={!admin} value={String(fields[name])}
        onChange={(event) => setFields({ ...fields, [name]: event.target.value })} />
    </label>
  );
  const setRate = (index: number, rate: Partial<Rate>) =>
    setFields({ ...fields, exchangeRates: fields.exchangeRates.map((r, i) => (i === index ? { ...r, ...rate } : r)) });
  const setDay = (index: number, day: Partial<DayOff>) =>
    setFields({ ...fields, daysOff: fields.daysOff.map((d, i) => (i === index ? { ...d, ...day } : d)) });
  return (
    <form className="stacked-form settings" aria-label={t('settings.form')} onSubmit={submit}>
      {input('timeZone')}
      {input('fiscalYearStartMonth', 'number')}
      {input('currency')}
      {input('grossMarginPercent', 'number')}
      {input('leadConversionWindowDays', 'number')}
      <label>
        {t('settings.nationalHolidays')}
        <select disabled={!admin} value={fields.nationalHolidays ?? ''}
          onChange={(event) => setFields({ ...fields, nationalHolidays: event.target.value || null })}>
          <option value="JP">{t('settings.japan')}</option>
          <option value="">{t('settings.none')}</option>
        </select>
      </label>
      <fieldset disabled={!admin}>
        <legend>{t('settings.exchangeRates')}</legend>
        {fields.exchangeRates.map((rate, index) => (
          <div className="row" key={index}>
            <input aria-label={t('settings.month')} placeholder="2026-11" required value={rate.month}
              onChange={(event) => setRate(index, { month: event.target.value })} />
            <input aria-label={t('settings.currency')} required maxLength={3} value={rate.currency}
              onChange={(event) => setRate(index, { currency: event.target.value.toUpperCase() })} />
            <input aria-label={t('settings.rate')} type="number" step="any" required value={rate.rate}
              onChange={(event) => setRate(index, { rate: Number(event.target.value) })} />
          </div>
        ))}
        <button type="button"
          onClick={() => setFields({ ...fields, exchangeRates: [...fields.exchangeRates,
            { month: new Date().toISOString().slice(0, 7), currency: 'USD', rate: 150 }] })}>
          {t('settings.addRate')}
        </button>
      </fieldset>
      <fieldset disabled={!admin}>
        <legend>{t('settings.daysOff')}</legend>
        {fields.daysOff.map((day, index) => (
          <div className="row" key={index}>
            <input aria-label={t('settings.date')} type="date" required value={day.date}
              onChange={(event) => setDay(index, { date: event.target.value })} />
            <input aria-label={t('settings.name')} required maxLength={100} value={day.name}
              onChange={(event) => setDay(index, { name: event.target.value })} />
          </div>
        ))}
        <button type="button"
          onClick={() => setFields({ ...fields, daysOff: [...fields.daysOff,
            { date: new Date().toISOString().slice(0, 10), name: '' }] })}>
          {t('settings.addDayOff')}
        </button>
      </fieldset>
      {admin && (
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('settings.save')}
        </button>
      )}
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}

function Holidays() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [year, setYear] = useState(new Date().getFullYear());
  const holidays = useQuery({
    queryKey: ['holidays', year],
    queryFn: async () => (await api.kpi.GET('/api/kpi/settings/holidays', { params: { query: { year } } })).data!,
  });
  return (
    <section aria-label={t('settings.holidays')}>
      <h2>{t('settings.holidays')}</h2>
      <label>
        {t('settings.year')}
        <input type="number" min={2000} max={2100} value={year}
          onChange={(event) => setYear(Number(event.target.value))} />
      </label>
      {holidays.isError && <ErrorMessage error={holidays.error} />}
      <ul className="timeline">
        {holidays.data?.map((day) => (
          <li key={day.date}>
            {format.date(day.date)} {day.name} {day.national ? '' : <span className="badge">{t('settings.own')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
