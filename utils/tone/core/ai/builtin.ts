// The browser's on-device model (Chrome's built-in AI, Gemini Nano): the Prompt API first, the
// Rewriter API when only that one exists. Feature-detected on the global scope it is given: the spec
// exposes them to windows, and Chromium (checked with Debian's build, Nov. 2026) also to an
// extension's service worker, so the background tries first and Tact's pages run it otherwise.
// Names changed across versions: `LanguageModel` (Chrome 138+) and the older `ai.languageModel`
// (with `capabilities()` before `availability()`).
import { buildRewritePrompt, type RewritePrompt } from './prompt';
import { AiError, type AiProvider, type Availability, type RewriteRequest } from './types';

type Listener = (e: { loaded?: number; total?: number }) => void;
interface Monitor {
  addEventListener(type: 'downloadprogress', listener: Listener): void;
}
interface ModelSession {
  prompt(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}
interface LanguageModelApi {
  availability?(options?: object): Promise<string>;
  capabilities?(): Promise<{ available?: string; languageAvailable?(lang: string): string }>;
  create(options?: object): Promise<ModelSession>;
}
interface RewriterSession {
  rewrite(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}
interface RewriterApi {
  availability(options?: object): Promise<string>;
  create(options?: object): Promise<RewriterSession>;
}

/** The parts of a window the provider looks at (a fake one in tests). */
export interface BuiltinScope {
  LanguageModel?: LanguageModelApi;
  Rewriter?: RewriterApi;
  ai?: { languageModel?: LanguageModelApi; rewriter?: RewriterApi };
}

export type BuiltinApi = 'prompt' | 'rewriter' | null;

/** Which API the scope offers. */
export function detectBuiltin(scope: BuiltinScope | undefined): BuiltinApi {
  if (!scope) return null;
  if (languageModel(scope)) return 'prompt';
  if (rewriter(scope)) return 'rewriter';
  return null;
}

function languageModel(scope: BuiltinScope): LanguageModelApi | undefined {
  const api = scope.LanguageModel ?? scope.ai?.languageModel;
  return api && typeof api.create === 'function' ? api : undefined;
}
function rewriter(scope: BuiltinScope): RewriterApi | undefined {
  const api = scope.Rewriter ?? scope.ai?.rewriter;
  return api && typeof api.create === 'function' && typeof api.availability === 'function' ? api : undefined;
}

const STATES = ['unavailable', 'downloadable', 'downloading', 'available'] as const;
/** The spec's states, and the pre-138 ones ('readily', 'after-download', 'no'). */
function normalise(state: string | undefined): Availability['state'] {
  if (state && (STATES as readonly string[]).includes(state)) return state as Availability['state'];
  if (state === 'readily') return 'available';
  if (state === 'after-download') return 'downloadable';
  return 'unavailable';
}

export interface BuiltinOptions {
  /** Called with 0..1 while the model downloads. */
  onProgress?: (progress: number) => void;
}

const languageOptions = (lang: 'fr' | 'en') => ({
  expectedInputs: [{ type: 'text', languages: [lang] }],
  expectedOutputs: [{ type: 'text', languages: [lang] }],
});
const rewriterOptions = (lang: 'fr' | 'en') => ({
  expectedInputLanguages: [lang],
  expectedContextLanguages: [lang, 'en'],
  outputLanguage: lang,
});

/** What the model reports, read the same across API versions; throws what the API throws. */
async function modelState(scope: BuiltinScope, lang: 'fr' | 'en'): Promise<Availability['state'] | null> {
  const lm = languageModel(scope);
  const rw = rewriter(scope);
  if (lm?.availability) return normalise(await lm.availability(languageOptions(lang)));
  if (lm?.capabilities) {
    const caps = await lm.capabilities();
    return normalise(caps.languageAvailable?.(lang) ?? caps.available);
  }
  if (rw) return normalise(await rw.availability(rewriterOptions(lang)));
  return null;
}

export function createBuiltinProvider(scope: BuiltinScope | undefined, opts: BuiltinOptions = {}): AiProvider {
  let progress: number | undefined;
  let downloading = false;
  const monitor = (m: Monitor) => {
    m.addEventListener('downloadprogress', (e) => {
      // Chrome reports loaded as a 0..1 fraction; older builds sent bytes with a total.
      const loaded = typeof e.loaded === 'number' ? e.loaded : 0;
      progress = typeof e.total === 'number' && e.total > 1 ? loaded / e.total : loaded;
      progress = Math.max(0, Math.min(1, progress));
      opts.onProgress?.(progress);
    });
  };

  async function availability(lang: 'fr' | 'en' = 'en'): Promise<Availability> {
    if (!scope) return { state: 'unavailable', reason: 'no_api' };
    let state: Availability['state'] | null;
    try {
      state = await modelState(scope, lang);
      if (state === null) return { state: 'unavailable', reason: 'no_api' };
    } catch (e) {
      return { state: 'unavailable', reason: e instanceof Error ? e.message : String(e) };
    }
    if (state === 'downloading' || (downloading && state !== 'available'))
      return progress === undefined ? { state: 'downloading' } : { state: 'downloading', progress };
    return state === 'unavailable' ? { state, reason: 'model' } : { state };
  }

  return {
    id: 'builtin',
    availability,
    async rewrite(req: RewriteRequest, signal?: AbortSignal) {
      if (!scope) throw unavailable();
      const state = (await availability(req.lang)).state;
      if (state === 'unavailable') throw unavailable();
      const prompt = buildRewritePrompt(req);
      downloading = state !== 'available';
      try {
        return { text: await runModel(scope, req, prompt, { monitor, signal }) };
      } catch (e) {
        throw modelError(e);
      } finally {
        downloading = false;
      }
    },
  };
}

/** One rewrite on the Prompt API, or else the Rewriter API; each session destroyed after use. */
async function runModel(
  scope: BuiltinScope,
  req: RewriteRequest,
  prompt: RewritePrompt,
  { monitor, signal }: { monitor: (m: Monitor) => void; signal: AbortSignal | undefined },
): Promise<string> {
  const lm = languageModel(scope);
  if (lm) {
    const session = await lm.create({
      ...languageOptions(req.lang),
      initialPrompts: [{ role: 'system', content: prompt.system }],
      monitor,
      signal,
    });
    try {
      return await session.prompt(prompt.user, { signal });
    } finally {
      session.destroy?.();
    }
  }
  const rw = rewriter(scope)!;
  const formality = req.profile.formality;
  const session = await rw.create({
    ...rewriterOptions(req.lang),
    sharedContext: prompt.system,
    tone: formality >= 4 ? 'more-formal' : formality <= 2 ? 'more-casual' : 'as-is',
    format: 'plain-text',
    length: 'as-is',
    monitor,
    signal,
  });
  try {
    const extra = req.instruction?.trim();
    return await session.rewrite(req.text, { context: extra ? extra.slice(0, 500) : undefined, signal });
  } finally {
    session.destroy?.();
  }
}

/** The error a failed rewrite is reported with. */
function modelError(e: unknown): AiError {
  if (e instanceof AiError) return e;
  // NotAllowedError: starting the download needs a click (user activation) in the page.
  const name = e instanceof Error ? e.name : '';
  if (name === 'NotAllowedError') {
    return new AiError('unavailable', {
      fr:
        'Le modèle du navigateur doit d’abord être téléchargé : cliquez sur « Télécharger le modèle » ' +
        'dans les options de Tact.',
      en: 'The browser’s model must be downloaded first: click “Download the model” in Tact’s options.',
    });
  }
  return new AiError('unavailable', {
    fr: `Le modèle du navigateur a échoué : ${errorText(e)}`,
    en: `The browser’s model failed: ${errorText(e)}`,
  });
}

/** Starts the model download (must run from a click: Chrome wants user activation). */
export async function downloadBuiltin(
  scope: BuiltinScope | undefined,
  lang: 'fr' | 'en',
  onProgress: (p: number) => void,
): Promise<void> {
  const provider = createBuiltinProvider(scope, { onProgress });
  if (!scope) throw unavailable();
  const lm = languageModel(scope);
  const rw = rewriter(scope);
  const monitor = (m: Monitor) =>
    m.addEventListener('downloadprogress', (e) =>
      onProgress(
        Math.max(
          0,
          Math.min(1, typeof e.total === 'number' && e.total > 1 ? (e.loaded ?? 0) / e.total : (e.loaded ?? 0)),
        ),
      ),
    );
  if ((await provider.availability(lang)).state === 'unavailable') throw unavailable();
  if (lm) {
    const s = await lm.create({
      expectedInputs: [{ type: 'text', languages: [lang] }],
      expectedOutputs: [{ type: 'text', languages: [lang] }],
      monitor,
    });
    s.destroy?.();
  } else if (rw) {
    const s = await rw.create({ expectedInputLanguages: [lang], outputLanguage: lang, monitor });
    s.destroy?.();
  }
}

function unavailable(): AiError {
  return new AiError('unavailable', {
    fr:
      'Le modèle intégré au navigateur n’est pas disponible ici (Chrome récent sur ordinateur requis, avec ' +
      'assez de mémoire et d’espace disque).',
    en:
      'The browser’s built-in model is not available here (a recent desktop Chrome with enough memory and disk ' +
      'space is required).',
  });
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
