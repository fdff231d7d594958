import { useTranslation } from 'react-i18next';

/** Numbers, money, dates and durations for the reader's language, through Intl (JPY has no decimals; USD has two). */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return {
    number: (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value),
    money: (amount: number, currency: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount),
    dateTime: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    ),
    date: (isoDate: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)),
    /** The largest two units of a duration: "2 d 3 h", "5 min", "40 s". */
    duration: (seconds: number) => {
      const units: [number, string][] = [
        [86400, 'duration.days'],
        [3600, 'duration.hours'],
        [60, 'duration.minutes'],
        [1, 'duration.seconds'],
      ];
      const parts: string[] = [];
      let rest = Math.max(0, Math.floor(seconds));
      for (const [size, key] of units) {
        const count = Math.floor(rest / size);
        if (count > 0 || (parts.length === 0 && size === 1)) {
          parts.push(t(key, { count }));
        }
        rest -= count * size;
        if (parts.length === 2) {
          break;
        }
      }
      return parts.join(' ');
    },
  };
}
