// The options' Community section, per brand: where its community is (pages, groups, profiles, r/name),
// one place per line, checked as typed (the first line that names no place is said, next to the
// field) and saved on the brand with brands.save. Threads under the brand's own accounts' posts count
// without being listed.
import { useEffect, useId, useState } from 'preact/hooks';
import { useDirtyValues } from '../../../components/dirty';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import type { Brand } from '../../mentions/core/brand';
import { checkPlaces } from '../core/community';

export interface CommunityPlacesProps {
  brand: Brand;
  announce: Announce;
  /** Stores the brand (brands.save by default); throws when refused. */
  save?: (brand: Brand) => Promise<unknown>;
}

const saveBrand = (brand: Brand) => send('brands.save', { brand });

export function CommunityPlaces({ brand, announce, save = saveBrand }: CommunityPlacesProps) {
  const { t, reason } = useI18n();
  const id = useId();
  const stored = brand.communities.join('\n');
  const [saved, setSaved] = useState(stored);
  const [text, setText] = useState(stored);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useDirtyValues(text.trim(), saved.trim());
  // Saved elsewhere (a teammate, another tab): taken in unless edits are under way here.
  useEffect(() => {
    if (stored === saved) return;
    if (text.trim() === saved.trim()) setText(stored);
    setSaved(stored);
  }, [stored]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const check = checkPlaces(text);
    if (!check.ok) {
      setError(t(check.error, check.params));
      (document.getElementById(`${id}-places`) as HTMLTextAreaElement | null)?.focus();
      return;
    }
    setError('');
    setBusy(true);
    try {
      await save({ ...brand, communities: check.places });
      const next = check.places.join('\n');
      setSaved(next);
      setText(next);
      announce({ kind: 'ok', text: t('care.places.saved', { brand: brand.name }) });
    } catch (err) {
      announce({ kind: 'error', text: t('care.places.failed', { reason: reason(err) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="care-places" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('care.places.heading')}</h3>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label for={`${id}-places`}>{t('care.places.label', { brand: brand.name })}</label>
        <textarea
          id={`${id}-places`}
          name="communities"
          rows={4}
          spellcheck={false}
          value={text}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error) setError('');
          }}
        />
        <p class="hint" id={`${id}-hint`}>
          {t('care.places.hint')}
        </p>
        {error ? (
          <p class="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy || text.trim() === saved.trim()}>
          {t('care.places.save')}
        </button>
      </form>
    </section>
  );
}
