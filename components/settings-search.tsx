// Search across a settings page: a sections' titles, keywords and field labels, in French and in
// English whatever the interface language, accents and case ignored. Results are links to #section.
import { useId, useState } from 'preact/hooks';
import { fold } from '../utils/text/fold';
import { dictionaries, t as translate, type MessageKey } from '../utils/i18n/translate';
import { useI18n } from './i18n';

export interface SearchableSection {
  id: string;
  title: MessageKey;
  /** Comma-separated extra words in each language. */
  keywords: MessageKey;
  /** The labels of the settings the section holds. */
  labels: readonly MessageKey[];
}

export interface SearchHit {
  section: string;
  /** The matching setting's label; absent when the section itself matched. */
  label?: MessageKey;
}

const MAX_HITS = 12;
const LANGS = Object.keys(dictionaries) as Array<keyof typeof dictionaries>;

function haystack(keys: readonly MessageKey[]): string {
  return fold(keys.flatMap((k) => LANGS.map((lang) => translate(lang, k))).join(' | ')).text;
}

/** The sections, then the settings, whose text holds every word of the query. */
export function searchSettings(sections: readonly SearchableSection[], query: string): SearchHit[] {
  const words = fold(query).text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const matches = (keys: readonly MessageKey[]) => {
    const text = haystack(keys);
    return words.every((w) => text.includes(w));
  };
  const hits: SearchHit[] = sections.filter((s) => matches([s.title, s.keywords])).map((s) => ({ section: s.id }));
  for (const s of sections) for (const label of s.labels) if (matches([label])) hits.push({ section: s.id, label });
  return hits.slice(0, MAX_HITS);
}

export interface SettingsSearchProps {
  sections: readonly SearchableSection[];
}

export function SettingsSearch({ sections }: SettingsSearchProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const hits = searchSettings(sections, query);
  const titleOf = (section: string) => {
    const found = sections.find((s) => s.id === section);
    return found ? t(found.title) : section;
  };
  const count = hits.length === 1 ? t('settings.search.one') : t('settings.search.results', { count: hits.length });

  return (
    <div role="search" class="settings-search">
      <label for={`${id}-q`}>{t('settings.search.label')}</label>
      <input
        id={`${id}-q`}
        type="search"
        autocomplete="off"
        value={query}
        aria-describedby={`${id}-hint`}
        aria-controls={`${id}-results`}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter opens the first result; Escape empties the box.
          if (e.key === 'Enter' && hits[0]) location.hash = hits[0].section;
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <p id={`${id}-hint`} class="hint visually-hidden">
        {t('settings.search.hint')}
      </p>
      <p class="search-count" aria-live="polite">
        {query.trim() === '' ? '' : hits.length === 0 ? t('settings.search.none', { query }) : count}
      </p>
      <ul id={`${id}-results`} class="search-results" data-testid="settings-search-results">
        {hits.map((hit) => (
          <li key={`${hit.section}:${hit.label ?? ''}`}>
            <a href={`#${hit.section}`} onClick={() => setQuery('')}>
              {hit.label ? t(hit.label) : titleOf(hit.section)}
              {hit.label ? ' ' : null}
              {hit.label ? (
                <span class="search-in">{t('settings.search.in', { section: titleOf(hit.section) })}</span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
