import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import type { Deal } from '../deals/useDeal';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';
import { usePipelines, type Pipeline, type Stage } from './usePipelines';

/** Deals shown per column; the column says how many more there are. */
const PER_STAGE = 50;

/** The open deals of a pipeline, one column per active stage; drag a card or pick a stage to move it. */
export function PipelineBoard() {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const [chosen, setChosen] = useState<string>();
  if (pipelines.isPending) {
    return <p>{t('common.loading')}</p>;
  }
  if (pipelines.isError) {
    return <ErrorMessage error={pipelines.error} onRetry={() => void pipelines.refetch()} />;
  }
  const pipeline = pipelines.data.find((p) => p.id === chosen) ?? pipelines.data[0];
  return (
    <section>
      <header className="page-header">
        <h1>{t('nav.pipeline')}</h1>
        {pipelines.data.length > 1 && (
          <label>
            {t('pipeline.choose')}
            <select value={pipeline.id} onChange={(event) => setChosen(event.target.value)}>
              {pipelines.data.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <Board pipeline={pipeline} />
    </section>
  );
}

function Board({ pipeline }: { pipeline: Pipeline }) {
  const api = useApi();
  const queries = useQueryClient();
  const stages = pipeline.stages.filter((stage) => !stage.retired);
  const columns = useQueries({
    queries: stages.map((stage) => ({
      queryKey: ['board', stage.id],
      queryFn: async () =>
        (
          await api.crm.GET('/api/crm/deals', {
            params: { query: { stageId: stage.id, status: 'OPEN', sort: '-createdAt', limit: PER_STAGE } },
          })
        ).data!,
    })),
  });
  const move = useMutation({
    mutationFn: async ({ dealId, stageId }: { dealId: string; stageId: string }) =>
      (await api.crm.POST('/api/crm/deals/{id}/stage', { params: { path: { id: dealId } }, body: { stageId } }))
        .data,
    onSettled: (_data, _error, { dealId }) => {
      void queries.invalidateQueries({ queryKey: ['board'] });
      void queries.invalidateQueries({ queryKey: ['deal', dealId] });
    },
  });
  return (
    <>
      {move.isError && <ErrorMessage error={move.error} />}
      <div className="board">
        {stages.map((stage, index) => (
          <Column
            key={stage.id}
            stage={stage}
            stages={stages}
            deals={columns[index].data?.items}
            total={columns[index].data?.total}
            error={columns[index].error}
            onMove={(dealId, stageId) => move.mutate({ dealId, stageId })}
          />
        ))}
      </div>
    </>
  );
}

function Column(props: {
  stage: Stage;
  stages: Stage[];
  deals?: Deal[];
  total?: number;
  error: unknown;
  onMove: (dealId: string, stageId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { stage, deals } = props;
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dealId = event.dataTransfer.getData('text/plain');
    if (dealId && !deals?.some((deal) => deal.id === dealId)) {
      props.onMove(dealId, stage.id);
    }
  };
  return (
    <section
      className={`column${over ? ' over' : ''}`}
      aria-label={stage.name}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h2>
        {stage.name} <span className="muted">{stage.probability} %</span>
      </h2>
      {props.error != null && <ErrorMessage error={props.error} />}
      {deals && (
        <p className="muted">
          {t('pipeline.count', { count: props.total ?? deals.length })}
          {props.total != null && props.total > deals.length && ` · ${t('pipeline.showing', { count: deals.length })}`}
        </p>
      )}
      {deals?.map((deal) => (
        <article
          key={deal.id}
          className="deal-card"
          aria-label={deal.name}
          draggable
          onDragStart={(event) => event.dataTransfer.setData('text/plain', deal.id)}
        >
          <Link to={`/deals/${deal.id}`}>{deal.name}</Link>
          <p>{format.money(deal.amount, deal.currency)}</p>
          <label className="move">
            {t('pipeline.moveTo')}
            <select
              value={deal.stageId}
              onChange={(event) => props.onMove(deal.id, event.target.value)}
            >
              {props.stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        </article>
      ))}
    </section>
  );
}
