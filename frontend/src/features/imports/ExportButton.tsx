import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { paths } from '../../api/generated/crm';
import { ErrorMessage } from '../errors/ErrorMessage';

type ExportPath = Extract<keyof paths, `${string}/export`>;
type Filters<P extends ExportPath> = NonNullable<paths[P]['get']['parameters']['query']>;

/**
 * Downloads a list as CSV with the filters the list shows: the server streams every match (UTF-8 with a byte order
 * mark, the columns its import takes), the browser saves it under the server's file name.
 */
export function ExportButton<P extends ExportPath>({ path, filters }: { path: P; filters: Filters<P> }) {
  const { t } = useTranslation();
  const api = useApi();
  const download = useMutation({
    mutationFn: async () => {
      const { data, response } = await api.crm.GET(path as ExportPath, {
        params: { query: filters as Filters<ExportPath> },
        parseAs: 'blob',
      });
      const name = fileName(response.headers.get('Content-Disposition'));
      save(data as Blob, name ?? `stride${path.replace(/\//g, '-')}.csv`);
    },
  });
  return (
    <span className="export">
      <button type="button" onClick={() => download.mutate()} disabled={download.isPending}>
        {download.isPending ? t('common.exporting') : t('common.export')}
      </button>
      {download.isError && <ErrorMessage error={download.error} />}
    </span>
  );
}

function fileName(disposition: string | null): string | undefined {
  return disposition?.match(/filename="([^"]+)"/)?.[1];
}

function save(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
