import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';

/** Any failure as a sentence a person can act on: the server's problem detail, or what to do about it. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  let message: string;
  if (error instanceof ApiError && error.status === 403) {
    message = t('errors.forbidden', { detail: error.problem.detail ?? error.problem.title ?? '' });
  } else if (error instanceof ApiError && error.status >= 500) {
    message = error.problem.detail ?? t('errors.unavailable');
  } else if (error instanceof ApiError) {
    message = error.message;
  } else {
    message = t('errors.unavailable');
  }
  return (
    <div role="alert" className="error">
      <strong>{t('errors.title')}</strong>
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
