// Formatting shared by the incident views: dates and times in the user's language, platform names.
import { useI18n } from '../../../components/i18n';
import { platformName } from '../../platforms/descriptor-data';
import { PLATFORMS, type Platform } from '../../platforms/ids';

export function useFormat() {
  const { lang } = useI18n();
  const full = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short' });
  return { when: (ms: number) => full.format(ms), time: (ms: number) => time.format(ms) };
}

export const platformLabel = (p: string) =>
  (PLATFORMS as readonly string[]).includes(p) ? platformName(p as Platform) : p;
