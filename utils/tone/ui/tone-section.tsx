// The options page's tone section: pick the brand and the language (one profile per brand and
// language), read the saved profile live (the brand's default when none is saved), edit it in
// ToneForm and write through the background.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { LANGUAGES, type Brand, type Language } from '../../mentions/core/brand';
import { toneProfileSchema } from '../core/profile';
import { defaultToneProfile } from '../core/defaults';
import { toneProfileId } from '../repo';
import { send } from '../../messaging/client';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { ToneForm } from './tone-form';

/** The saved profile of one brand and language, read live; `version` changes when it goes away. */
function useSavedProfile(profileId: string) {
  const row = useLiveQuery(() => (profileId ? pageDb().toneProfiles.get(profileId) : undefined), [profileId]);
  // Bumped when the saved profile goes away (deleted here or elsewhere): the form starts again from
  // the default. A save does not remount the form, so focus stays where the user is.
  const [version, setVersion] = useState(0);
  const wasSaved = useRef(false);
  const savedNow = row.status === 'ok' && row.value !== undefined;
  useEffect(() => {
    if (wasSaved.current && !savedNow && row.status === 'ok') setVersion((v) => v + 1);
    if (row.status === 'ok') wasSaved.current = savedNow;
  }, [savedNow, row.status, profileId]);
  return { row, version };
}

/** The options page's section: pick a brand and a language, edit its profile (read live). */
export function ToneSection({ announce, labelledBy }: { announce: Announce; labelledBy?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const brands = useLiveQuery(() => pageDb().brands.orderBy('name').toArray(), []);
  const library = useLiveQuery(() => pageDb().snippets.toArray(), []);
  const [brandId, setBrandId] = useState<string>('');
  const [language, setLanguage] = useState<Language>('fr');
  const list = brands.status === 'ok' ? brands.value : [];
  const brand = list.find((b) => b.id === brandId) ?? list[0];
  const profileId = brand ? toneProfileId(brand.id, language) : '';
  const { row, version } = useSavedProfile(profileId);

  if (brands.status === 'loading') return <p>{t('common.loading')}</p>;
  if (brands.status === 'error') return <p class="error">{t('common.readError', { message: String(brands.error) })}</p>;
  if (!brand) return <p class="empty">{t('tone.noBrand')}</p>;
  if (row.status === 'error') return <p class="error">{t('common.readError', { message: String(row.error) })}</p>;

  // A saved profile that no longer validates is shown as the default: saving replaces it.
  const saved = row.status === 'ok' && row.value ? toneProfileSchema.safeParse(row.value.data) : null;
  const isDefault = !saved?.success;
  const profile = saved?.success ? saved.data : defaultToneProfile(brand.name, language, brand.languages);

  async function remove() {
    try {
      await send('tone.delete', { id: profileId });
      announce({ kind: 'ok', text: t('tone.deleted') });
    } catch (error) {
      announce({ kind: 'error', text: t('tone.deleteFailed', { reason: i18n.reason(error) }) });
    }
  }

  return (
    <div class="tone-section">
      <p class="note">{t('tone.intro')}</p>
      <Pickers brands={list} brand={brand} setBrandId={setBrandId} language={language} setLanguage={setLanguage} />
      {row.status === 'loading' ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          {isDefault ? <p class="note">{t('tone.isDefault')}</p> : null}
          <ToneForm
            key={`${profileId}:${version}`}
            profile={profile}
            brand={brand}
            snippets={library.status === 'ok' ? library.value : []}
            save={(p) => send('tone.save', { brandId: brand.id, profile: p })}
            announce={announce}
            labelledBy={labelledBy}
          />
          {isDefault ? null : (
            <div class="actions">
              <button type="button" onClick={() => void remove()}>
                {t('tone.reset')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

interface PickersProps {
  brands: readonly Brand[];
  brand: Brand;
  setBrandId: (id: string) => void;
  language: Language;
  setLanguage: (language: Language) => void;
}

/** Which profile is edited: the brand's and the language's. */
function Pickers({ brands, brand, setBrandId, language, setLanguage }: PickersProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      <div class="field">
        <label for={`${id}-brand`}>{t('tone.pick.brand')}</label>
        <select id={`${id}-brand`} value={brand.id} onChange={(e) => setBrandId(e.currentTarget.value)}>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-lang`}>{t('tone.pick.language')}</label>
        <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.currentTarget.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(l === 'fr' ? 'brand.lang.fr' : 'brand.lang.en')}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** The options page's "Tone of voice" section, heading included: one line in the page. */
export function ToneOptions({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('options.tone')}</h2>
      <ToneSection announce={announce} labelledBy={id} />
    </section>
  );
}
