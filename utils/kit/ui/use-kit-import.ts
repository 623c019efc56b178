// The brand kit import's state, in two steps: a kit (a picked file or a paste) is previewed, with a
// choice per conflict, then applied; a refused kit gives its issues.
import { useRef, useState } from 'preact/hooks';
import { MAX_KIT_BYTES, type KitIssue } from '../core/document';
import type { Choice, Choices, Plan } from '../core/merge';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import type { Busy } from '../../../components/use-busy';
import { issueText, type KitApi } from './kit-api';

const TOO_LARGE: KitIssue = { path: '', message: 'kit.error.tooLarge', params: { max: MAX_KIT_BYTES / (1024 * 1024) } };

/** The kit to import: a picked file's text, or else what was pasted. */
function useKitSource() {
  const [fileText, setFileText] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  /** Forgets the kit itself: the file picked and the text pasted. */
  function forget() {
    setFileText(null);
    setPasted('');
    if (fileInput.current) fileInput.current.value = '';
  }
  return { text: fileText ?? pasted, pasted, setPasted, setFileText, fileInput, forget };
}

export function useKitImport(api: KitApi, announce: Announce, busy: Busy) {
  const i18n = useI18n();
  const { t, reason } = i18n;
  const { text, pasted, setPasted, setFileText, fileInput, forget } = useKitSource();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [issues, setIssues] = useState<KitIssue[]>([]);

  function reset() {
    setPlan(null);
    setChoices({});
    setIssues([]);
  }
  function refuse(found: KitIssue[]) {
    setPlan(null);
    setIssues(found);
    announce({ kind: 'error', text: `${t('kit.import.invalid')} ${found.map((i) => issueText(i18n, i)).join(' ; ')}` });
  }

  async function pickFile(file: File | undefined) {
    reset();
    setPasted('');
    if (!file) return setFileText(null);
    // Refused before reading: a wrong pick (a video…) must not freeze the page.
    if (file.size > MAX_KIT_BYTES) {
      setFileText(null);
      return refuse([TOO_LARGE]);
    }
    try {
      setFileText(await file.text());
    } catch (error) {
      setFileText(null);
      const why = error instanceof Error ? error.message : String(error);
      announce({ kind: 'error', text: t('kit.import.readFailed', { reason: why }) });
    }
  }

  function paste(value: string) {
    reset();
    forget();
    setPasted(value);
  }

  const preview = (nextChoices: Choices = choices) => {
    if (text.trim() === '') return announce({ kind: 'error', text: t('kit.import.nothing') });
    if (text.length > MAX_KIT_BYTES) return refuse([TOO_LARGE]);
    return busy.run(async () => {
      try {
        const r = await api.plan(text, nextChoices);
        if (!r.ok) return refuse(r.issues);
        setIssues([]);
        setPlan(r.plan);
        const counts = t('kit.import.counts', r.plan.counts);
        if (nextChoices === choices) announce({ kind: 'ok', text: t('kit.import.previewReady', { counts }) });
      } catch (error) {
        announce({ kind: 'error', text: t('kit.import.failed', { reason: reason(error) }) });
      }
    });
  };

  async function choose(key: string, choice: Choice) {
    const next = { ...choices, [key]: choice };
    setChoices(next);
    await preview(next);
  }

  const apply = () =>
    busy.run(async () => {
      try {
        const r = await api.apply(text, choices);
        if (!r.ok) return refuse(r.issues);
        const { added, updated, copies, merged } = r;
        announce({ kind: 'ok', text: t('kit.import.done', { added, updated, copies, merged }) });
        reset();
        forget();
      } catch (error) {
        announce({ kind: 'error', text: t('kit.import.failed', { reason: reason(error) }) });
      }
    });

  return { pasted, plan, choices, issues, fileInput, reset, pickFile, paste, preview, choose, apply };
}
