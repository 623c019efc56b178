// The tone editor's live preview: a sample comment → the three replies Tact would suggest, and a
// sample draft → what the live check finds, both redone on every keystroke with the profile as it
// stands in the form (none while the form does not validate).
import { useId, useState } from 'preact/hooks';
import { platformName, PLATFORMS, type Platform } from '../../platforms/descriptor-data';
import { checkDraft, type Problem } from '../core/check';
import type { ToneProfile } from '../core/profile';
import { suggest, type Snippet, type SuggestBrand } from '../core/suggest';
import { t as translate } from '../../i18n/translate';
import { useI18n } from '../../../components/i18n';

interface Sample {
  comment: string;
  author: string;
  agent: string;
  platform: Platform;
  draft: string;
}

export function TonePreview({
  profile,
  brand,
  snippets = [],
}: {
  profile: ToneProfile | null;
  brand?: SuggestBrand;
  snippets?: readonly Snippet[];
}) {
  const { t, lang: uiLang } = useI18n();
  const id = useId();
  const sampleLang = profile?.language ?? uiLang;
  const [sample, setSample] = useState<Sample>(() => ({
    comment: translate(sampleLang, 'tone.preview.sampleComment'),
    author: 'Marie Dupont',
    agent: 'MA',
    platform: 'x',
    draft: translate(sampleLang, 'tone.preview.sampleDraft'),
  }));
  const set = (patch: Partial<Sample>) => setSample((s) => ({ ...s, ...patch }));
  const { comment, author, agent, platform, draft } = sample;
  const result = profile ? suggest({ text: comment, platform, author }, profile, snippets, { agent, brand }) : null;
  const problems = profile ? checkDraft(draft, profile, { platform, agent }) : [];

  return (
    <section class="tone-preview" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('tone.preview.heading')}</h3>
      <SampleFields id={id} sample={sample} set={set} />
      <h4 id={`${id}-s`}>{t('tone.preview.suggestions')}</h4>
      {!result ? (
        <p class="note">{t('tone.preview.invalid')}</p>
      ) : result.replies.length === 0 ? (
        <p class="note">{t('tone.preview.none')}</p>
      ) : (
        <ol class="tone-suggestions" aria-labelledby={`${id}-s`}>
          {result.replies.map((r) => (
            <li key={r.text} class="tone-suggestion">
              {r.text}
            </li>
          ))}
        </ol>
      )}
      <div class="field">
        <label for={`${id}-draft`}>{t('tone.preview.draft')}</label>
        <textarea id={`${id}-draft`} rows={3} value={draft} onInput={(e) => set({ draft: e.currentTarget.value })} />
      </div>
      <h4 id={`${id}-p`}>{t('tone.preview.problems')}</h4>
      <Problems id={`${id}-p`} valid={profile !== null} problems={problems} />
    </section>
  );
}

/** The sample comment, its author, the agent's initials and the platform. */
function SampleFields({ id, sample, set }: { id: string; sample: Sample; set: (patch: Partial<Sample>) => void }) {
  const { t } = useI18n();
  const line = (key: 'author' | 'agent') => (
    <div class="field">
      <label for={`${id}-${key}`}>{t(`tone.preview.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        autocomplete="off"
        value={sample[key]}
        onInput={(e) => set({ [key]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <>
      <div class="field">
        <label for={`${id}-comment`}>{t('tone.preview.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          value={sample.comment}
          onInput={(e) => set({ comment: e.currentTarget.value })}
        />
      </div>
      {line('author')}
      {line('agent')}
      <div class="field">
        <label for={`${id}-platform`}>{t('tone.preview.platform')}</label>
        <select
          id={`${id}-platform`}
          value={sample.platform}
          onChange={(e) => set({ platform: e.currentTarget.value as Platform })}
        >
          {PLATFORMS.map((pl) => (
            <option key={pl} value={pl}>
              {platformName(pl)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** What the checker found in the sample draft, in the page's language. */
function Problems({ id, valid, problems }: { id: string; valid: boolean; problems: readonly Problem[] }) {
  const { t, lang } = useI18n();
  if (!valid) return <p class="note">{t('tone.preview.invalid')}</p>;
  if (problems.length === 0) return <p class="note">{t('tone.preview.noProblem')}</p>;
  return (
    <ul class="tone-problems" aria-labelledby={id}>
      {problems.map((p, i) => (
        <li key={`${p.kind}-${p.start}-${i}`} data-kind={p.kind}>
          {p.message[lang]}
        </li>
      ))}
    </ul>
  );
}
