import { useTranslation } from 'react-i18next';
import { useMetrics } from './useGoals';

/** A choice among the catalogue's metrics, named in the UI's language. */
export function MetricSelect({ value, onChange, label }: {
  value: string;
  onChange: (metricId: string) => void;
  label?: string;
}) {
  const { i18n } = useTranslation();
  const metrics = useMetrics();
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      {metrics.data?.map((metric) => (
        <option key={metric.id} value={metric.id}>
          {i18n.resolvedLanguage === 'ja' ? metric.nameJa : metric.name}
        </option>
      ))}
    </select>
  );
}
