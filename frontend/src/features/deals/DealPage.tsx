import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ActivityTimeline } from '../activities/ActivityTimeline';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';
import { useDeal, useDealActions, useDealHistory, useLossReasons, type Deal } from './useDeal';

/** One deal: its figures, its actions (win, lose, reopen) and the time it spent in each stage. */
export function DealPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const deal = useDeal(id);
  if (deal.isPending) {
    return <p>{t('common.loading')}</p>;
  }
  if (deal.isError) {
    return <ErrorMessage error={deal.error} onRetry={() => void deal.refetch()} />;
  }
  const d = deal.data;
  return (
    <section>
      <p>
        <Link to="/pipeline">← {t('nav.pipeline')}</Link>
      </p>
      <header className="page-header">
        <h1>{d.name}</h1>
        <span className={`badge ${d.status.toLowerCase()}`} data-testid="deal-status">
          {t(`deal.status.${d.status}`)}
        </span>
      </header>
      <dl className="facts">
        <dt>{t('deal.amount')}</dt>
        <dd>{format.money(d.amount, d.currency)}</dd>
        <dt>{t('deal.stage')}</dt>
        <dd>
          {d.pipelineName} / {d.stageName} ({d.probability} %)
        </dd>
        {d.expectedCloseDate && (
          <>
            <dt>{t('deal.expectedClose')}</dt>
            <dd>{format.date(d.expectedCloseDate)}</dd>
          </>
        )}
        {d.wonAt && (
          <>
            <dt>{t('deal.wonAt')}</dt>
            <dd>{format.dateTime(d.wonAt)}</dd>
          </>
        )}
        {d.lostAt && (
          <>
            <dt>{t('deal.lostAt')}</dt>
            <dd>
              {format.dateTime(d.lostAt)} — {d.lostReason}
              {d.lostNote ? `: ${d.lostNote}` : ''}
            </dd>
          </>
        )}
        {d.accountId && (
          <>
            <dt>{t('deal.account')}</dt>
            <dd>
              <Link to={`/accounts/${d.accountId}`}>{t('deal.openAccount')}</Link>
            </dd>
          </>
        )}
        {d.sourceLeadId && (
          <>
            <dt>{t('deal.sourceLead')}</dt>
            <dd>
              <Link to={`/leads/${d.sourceLeadId}`}>{d.leadSource}</Link>
            </dd>
          </>
        )}
      </dl>
      <DealActions deal={d} />
      <StageHistory id={id} />
      <ActivityTimeline of={{ dealId: d.id }} linkTo={{ dealId: d.id, accountId: d.accountId ?? undefined }} />
    </section>
  );
}

function DealActions({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const actions = useDealActions(deal.id);
  const reasons = useLossReasons();
  const [losing, setLosing] = useState(false);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const failure = [actions.win, actions.lose, actions.reopen].find((action) => action.isError)?.error;
  if (deal.status !== 'OPEN') {
    return (
      <div className="actions">
        <button type="button" onClick={() => actions.reopen.mutate()} disabled={actions.reopen.isPending}>
          {t('deal.reopen')}
        </button>
        {failure && <ErrorMessage error={failure} />}
      </div>
    );
  }
  return (
    <div className="actions">
      <button type="button" className="primary" onClick={() => actions.win.mutate()} disabled={actions.win.isPending}>
        {t('deal.win')}
      </button>
      <button type="button" onClick={() => setLosing(!losing)}>
        {t('deal.lose')}
      </button>
      {losing && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            actions.lose.mutate({ reason, note: note || undefined }, { onSuccess: () => setLosing(false) });
          }}
        >
          <label>
            {t('deal.lossReason')}
            <select required value={reason} onChange={(event) => setReason(event.target.value)}>
              <option value="">—</option>
              {(reasons.data ?? []).map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('deal.lossNote')}
            <input value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
          </label>
          <button type="submit">{t('deal.confirmLoss')}</button>
        </form>
      )}
      {failure && <ErrorMessage error={failure} />}
    </div>
  );
}

function StageHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useDealHistory(id);
  return (
    <section aria-label={t('deal.history')}>
      <h2>{t('deal.history')}</h2>
      {history.isError && <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && (
        <table className="list" data-testid="stage-history">
          <thead>
            <tr>
              <th>{t('deal.stage')}</th>
              <th>{t('deal.entered')}</th>
              <th>{t('deal.left')}</th>
              <th>{t('deal.timeInStage')}</th>
              <th>{t('deal.ended')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((visit) => (
              <tr key={`${visit.stageId}-${visit.enteredAt}`}>
                <td>{visit.stageName}</td>
                <td>{format.dateTime(visit.enteredAt)}</td>
                <td>{visit.leftAt ? format.dateTime(visit.leftAt) : '—'}</td>
                <td>{format.duration(visit.seconds)}</td>
                <td>{visit.endedBy ? t(`deal.exit.${visit.endedBy}`) : t('deal.exit.current')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
