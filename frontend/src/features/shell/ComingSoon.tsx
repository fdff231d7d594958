import { useTranslation } from 'react-i18next';
import type { Area } from './Shell';

/** An area of the navigation whose screens arrive in a later release: says so instead of an empty page. */
export function ComingSoon({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t(`nav.${area}`)}</h1>
      <p>{t('comingSoon.body', { area: t(`nav.${area}`) })}</p>
    </section>
  );
}
