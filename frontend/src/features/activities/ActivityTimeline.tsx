import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/crm';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';

type ActivityType = components['schemas']['Activity']['type'];
const TYPES: ActivityType[] = ['CALL', 'EMAIL', 'MEETING', 'TASK'];

/** What the activities hang on: the record whose page shows them; a lead's deal, once converted, gets them too. */
export type Subject = { leadId?: string; dealId?: string; accountId?: string };

export const activitiesKey = (subject: Subject) => ['activities', 'of', subject] as const;

/**
 * The activities of a lead, deal or account, newest first, with a quick form to log one: a call, email or meeting
 * happened now; a task is due at the chosen time and shows as open until it is done.
 */
export function ActivityTimeline({ of, linkTo = of }: { of: Subject; linkTo?: Subject }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const queries = useQueryClient();
  const activities = useQuery({
    queryKey: activitiesKey(of),
    queryFn: async () =>
      (await api.crm.GET('/api/crm/activities', { params: { query: { ...of, sort: '-at', limit: 200 } } })).data!,
  });
  const [fields, setFields] = useState({ type: 'CALL' as ActivityType, subject: '', outcome: '' });
  const log = useMutation({
    mutationFn: async () =>
      (
        await api.crm.POST('/api/crm/activities', {
          body: {
            type: fields.type,
            subject: fields.subject,
            outcome: fields.outcome || undefined,
            at: new Date().toISOString(),
            ...linkTo,
          },
        })
      ).data,
    onSuccess: () => {
      setFields({ ...fields, subject: '', outcome: '' });
      return queries.invalidateQueries({ queryKey: ['activities'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate();
  };
  return (
    <section aria-label={t('activities.title')}>
      <h2>{t('activities.title')}</h2>
      <form className="inline-form" aria-label={t('activities.log')} onSubmit={submit}>
        <label>
          {t('activities.kind')}
          <select
            value={fields.type}
            onChange={(event) => setFields({ ...fields, type: event.target.value as ActivityType })}
          >
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`activities.type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('activities.subject')}
          <input
            required
            value={fields.subject}
            maxLength={200}
            onChange={(event) => setFields({ ...fields, subject: event.target.value })}
          />
        </label>
        <label>
          {t('activities.outcome')}
          <input
            value={fields.outcome}
            maxLength={500}
            onChange={(event) => setFields({ ...fields, outcome: event.target.value })}
          />
        </label>
        <button type="submit" disabled={log.isPending}>
          {t('activities.logIt')}
        </button>
        {log.isError && <ErrorMessage error={log.error} />}
      </form>
      {activities.isError && <ErrorMessage error={activities.error} />}
      <ul className="timeline">
        {activities.data?.items.map((activity) => (
          <li key={activity.id}>
            <strong>{t(`activities.type.${activity.type}`)}</strong> {activity.subject}
            {activity.outcome && ` — ${activity.outcome}`} <span className="muted">{format.dateTime(activity.at)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
