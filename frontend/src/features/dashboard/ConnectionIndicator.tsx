import { useTranslation } from 'react-i18next';
import type { Connection } from './useLiveUpdates';

/** Whether the live stream is open (figures update by themselves) or being reconnected. */
export function ConnectionIndicator({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  return (
    <span className={`connection ${connection}`} role="status">
      {connection === 'live' ? t('dashboard.live') : t('dashboard.offline')}
    </span>
  );
}
