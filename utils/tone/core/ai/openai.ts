// An OpenAI-compatible chat endpoint the user configured (a local server such as llama.cpp, LM Studio,
// vLLM, or a hosted API): POST {base}/chat/completions. Sends the tone instructions and the draft,
// nothing else; every failure becomes an AiError the UI can explain in French and English.
import { z } from '../../../shared/zod';
import { buildRewritePrompt } from './prompt';
import { AiError, type AiProvider, type Availability, type RewriteRequest } from './types';

export interface OpenAiConfig {
  /** e.g. "http://127.0.0.1:8080/v1" or "https://api.example.com/v1". */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

// Only what Tact reads of the answer; extra fields are allowed (servers add their own).
const completionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullable().optional() }),
      }),
    )
    .min(1),
  model: z.string().optional(),
});

/** The endpoint with one trailing slash removed: "…/v1/" and "…/v1" are the same. */
export function endpointUrl(baseUrl: string, path: string): string {
  return `${baseUrl.trim().replace(/\/+$/, '')}/${path}`;
}

export function createOpenAiProvider(config: OpenAiConfig): AiProvider {
  return {
    id: 'openai',
    async availability(): Promise<Availability> {
      return config.baseUrl.trim() !== '' && config.model.trim() !== ''
        ? { state: 'available' }
        : { state: 'unavailable', reason: 'not_configured' };
    },
    async rewrite(req: RewriteRequest, signal?: AbortSignal) {
      const prompt = buildRewritePrompt(req);
      const text = await chat(
        config,
        [
          { role: 'system', content: prompt.system },
          { role: 'user', content: prompt.user },
        ],
        signal,
      );
      return { text };
    },
  };
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** One chat completion; the text of the first choice. */
export async function chat(config: OpenAiConfig, messages: ChatMessage[], signal?: AbortSignal): Promise<string> {
  if (config.baseUrl.trim() === '' || config.model.trim() === '') {
    throw new AiError('not_configured', {
      fr: 'Indiquez l’adresse du service et le nom du modèle.',
      en: 'Enter the endpoint address and the model name.',
    });
  }
  const doFetch = config.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const url = endpointUrl(config.baseUrl, 'chat/completions');
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.apiKey && config.apiKey.trim() !== '') headers.authorization = `Bearer ${config.apiKey.trim()}`;
  try {
    let res: Response;
    try {
      res = await doFetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ model: config.model.trim(), messages, temperature: 0.4, stream: false }),
        signal: controller.signal,
        // Cookies of the endpoint's site are not Tact's business.
        credentials: 'omit',
      });
    } catch (e) {
      if (timedOut) throw timeoutError(timeoutMs);
      throw new AiError('network', {
        fr: `Impossible de joindre ${url} : service arrêté, adresse erronée ou accès refusé (${errorText(e)}).`,
        en:
          `Could not reach ${url}: the service is down, the address is wrong ` +
          `or access was refused (${errorText(e)}).`,
      });
    }
    if (!res.ok) throw await httpError(res, url, config.apiKey);
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      if (timedOut) throw timeoutError(timeoutMs);
      throw new AiError('bad_response', {
        fr: 'La réponse du service n’est pas du JSON valide.',
        en: 'The endpoint’s answer is not valid JSON.',
      });
    }
    const parsed = completionSchema.safeParse(body);
    if (!parsed.success) {
      throw new AiError('bad_response', {
        fr: 'La réponse du service n’a pas la forme d’une réponse « chat/completions » compatible OpenAI.',
        en: 'The endpoint’s answer is not shaped like an OpenAI-compatible chat/completions reply.',
      });
    }
    const content = parsed.data.choices[0]!.message.content ?? '';
    if (content.trim() === '')
      throw new AiError('empty', {
        fr: 'Le modèle a renvoyé une réponse vide.',
        en: 'The model returned an empty reply.',
      });
    return content;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function timeoutError(ms: number): AiError {
  const s = Math.round(ms / 1000);
  return new AiError('timeout', {
    fr: `Pas de réponse du service en ${s} s.`,
    en: `No answer from the endpoint within ${s} s.`,
  });
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function httpError(res: Response, url: string, apiKey?: string): Promise<AiError> {
  // The server's own explanation, short, as text (never rendered as HTML), and never the key if it echoes it.
  let said = (await res.text().catch(() => '')).replace(/\s+/g, ' ').trim();
  const key = apiKey?.trim();
  if (key) said = said.split(key).join('•••');
  said = said.slice(0, 200);
  const suffix = said ? ` — ${said}` : '';
  const status = res.status;
  if (status === 401 || status === 403) {
    return new AiError('unauthorized', {
      fr: `Le service refuse l’accès (${status}) : vérifiez la clé d’API${suffix}`,
      en: `The endpoint refused access (${status}): check the API key${suffix}`,
    });
  }
  if (status === 404) {
    return new AiError('not_found', {
      fr: `Introuvable (404) : vérifiez l’adresse (elle finit souvent par /v1) et le nom du modèle. ${url}${suffix}`,
      en: `Not found (404): check the address (it often ends in /v1) and the model name. ${url}${suffix}`,
    });
  }
  if (status === 429) {
    const retry = res.headers.get('retry-after');
    return new AiError('rate_limited', {
      fr: `Trop de requêtes ou quota épuisé (429)${retry ? ` : réessayez dans ${retry} s` : ''}${suffix}`,
      en: `Too many requests or quota used up (429)${retry ? `: try again in ${retry} s` : ''}${suffix}`,
    });
  }
  if (status >= 500) {
    return new AiError('server', {
      fr: `Erreur du service (${status})${suffix}`,
      en: `The endpoint failed (${status})${suffix}`,
    });
  }
  return new AiError('http', {
    fr: `Le service a répondu ${status}${suffix}`,
    en: `The endpoint answered ${status}${suffix}`,
  });
}
