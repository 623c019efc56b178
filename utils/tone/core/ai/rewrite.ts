// What every AI rewrite goes through, whatever the provider: the model's answer is cleaned, checked
// against the tone profile with the live checker, the checker's own fixes are applied, and what
// cannot be fixed (too long, a cold phrasing with no safe fix) is returned flagged, never hidden.
import { applyFix, checkDraft, type Problem } from '../check';
import type { ToneProfile } from '../profile';
import type { Platform } from '../../../platforms/ids';
import { cleanModelOutput } from './prompt';
import { AiError, type AiProvider, type AiProviderId, type RewriteRequest } from './types';

export interface CheckedRewrite {
  text: string;
  /** What still goes against the tone after the automatic fixes. */
  problems: Problem[];
  /** The kinds of problem fixed automatically in the model's answer. */
  fixed: Problem['kind'][];
  provider: AiProviderId;
}

export interface RecheckOptions {
  platform: Platform;
  lang: 'fr' | 'en';
  agent?: string;
}

/** Applies the checker's fixes one at a time (each fix moves offsets), then lists what remains. */
export function recheck(
  text: string,
  profile: ToneProfile,
  opts: RecheckOptions,
): { text: string; problems: Problem[]; fixed: Problem['kind'][] } {
  const fixed: Problem['kind'][] = [];
  let current = text;
  const seen = new Set<string>([current]);
  for (let round = 0; round < 50; round++) {
    const problems = checkDraft(current, profile, opts);
    const fixable = problems.find((p) => p.fix);
    if (!fixable?.fix) return { text: current, problems, fixed };
    const next = applyFix(current, fixable.fix);
    // A fix that brings back an earlier text would loop: stop and report what is left.
    if (seen.has(next)) return { text: current, problems, fixed };
    seen.add(next);
    fixed.push(fixable.kind);
    current = next;
  }
  return { text: current, problems: checkDraft(current, profile, opts), fixed };
}

export interface RewriteOptions {
  agent?: string;
  signal?: AbortSignal;
  /** A second try, telling the model what is still wrong, when the first answer keeps unfixable problems. */
  retry?: boolean;
}

export async function rewriteChecked(
  provider: AiProvider,
  req: RewriteRequest,
  opts: RewriteOptions = {},
): Promise<CheckedRewrite> {
  const checkOpts = { platform: req.platform, lang: req.lang, agent: opts.agent };
  const first = await attempt(provider, req, checkOpts, opts.signal);
  if (first.problems.length === 0 || opts.retry === false) return { ...first, provider: provider.id };
  const wishes = [...new Set(first.problems.map((p) => p.message.en))].slice(0, 5).join(' ');
  const instruction = [req.instruction?.trim(), `Your previous answer had these problems, avoid them: ${wishes}`]
    .filter(Boolean)
    .join(' ');
  const second = await attempt(provider, { ...req, instruction }, checkOpts, opts.signal).catch(() => null);
  const best = second && second.problems.length < first.problems.length ? second : first;
  return { ...best, provider: provider.id };
}

async function attempt(provider: AiProvider, req: RewriteRequest, opts: RecheckOptions, signal?: AbortSignal) {
  const raw = await provider.rewrite(req, signal);
  const text = cleanModelOutput(raw.text);
  if (text === '')
    throw new AiError('empty', {
      fr: 'Le modèle a renvoyé une réponse vide.',
      en: 'The model returned an empty reply.',
    });
  return recheck(text, req.profile, opts);
}
