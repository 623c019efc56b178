// Community care's suggestions: a welcome for a newcomer, thanks for an advocate, the reply citing the
// charter clause a troll breaks, a crisis holding statement. Each purpose gives candidate texts (the
// team's snippets of that kind first, then Tact's own lines); every candidate is filled and fitted to
// the brand's tone profile by the same code as ordinary replies (tone/core/suggest.ts `fit`), so none
// breaks the tone checker. Pure.
import { fit, type Suggestion, type SuggestItem, type SuggestOptions } from '../../tone/core/suggest';
import type { ToneProfile } from '../../tone/core/profile';
import type { Snippet } from '../../snippets/core/snippet';
import type { Platform } from '../../platforms/ids';
import type { HoldingStatement } from './crisis-kit';
import type { ClauseRef, ReplyPurpose, Standing } from './care-info';
import { welcomeTemplates } from './welcome';
import { thanksTemplates } from './thanks';
import { charterReplyTemplates } from './charter-reply';
import { holdingTemplates } from './holding';

export type CarePurpose = Exclude<ReplyPurpose, 'reply'>;

/** What a purpose's templates may use. */
export interface CareTemplateContext {
  lang: 'fr' | 'en';
  platform: Platform;
  /** The author's first name when the page shows one. */
  firstName: string | undefined;
  /** What the item is about, in a few words (welcome: the topic of their first message). */
  topic: string | undefined;
  standing: Standing | null;
}

export interface CareReplyInput {
  purpose: CarePurpose;
  item: SuggestItem;
  lang: 'fr' | 'en';
  profile: ToneProfile;
  snippets: readonly Pick<Snippet, 'id' | 'body' | 'language' | 'kind'>[];
  holdingStatements: readonly HoldingStatement[];
  clause: ClauseRef | null;
  standing: Standing | null;
  topic: string | undefined;
  firstName: string | undefined;
  /** Texts not to suggest (the last welcome suggested or inserted in the same thread). */
  avoid: readonly string[];
  opts: SuggestOptions;
}

/** Up to three replies for the purpose, each passing the tone checker. */
export function careReplies(input: CareReplyInput): Suggestion[] {
  const { purpose, lang } = input;
  const ctx: CareTemplateContext = {
    lang,
    platform: input.item.platform,
    firstName: input.firstName,
    topic: input.topic,
    standing: input.standing,
  };
  const ofKind = (kind: 'welcome' | 'thanks') =>
    input.snippets.filter((s) => s.kind === kind && s.language === lang).map((s) => ({ text: s.body, snippet: s.id }));
  const own = (texts: readonly string[]) => texts.map((text) => ({ text, snippet: null }));
  const candidates =
    purpose === 'welcome'
      ? [...ofKind('welcome'), ...own(welcomeTemplates(ctx))]
      : purpose === 'thanks'
        ? [...ofKind('thanks'), ...own(thanksTemplates(ctx))]
        : purpose === 'charter'
          ? input.clause
            ? own(charterReplyTemplates(input.clause, ctx))
            : []
          : own(holdingTemplates(input.holdingStatements, ctx));
  const avoid = new Set(input.avoid.map(normal));
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (out.length === 3) break;
    const text = fit(c.text, input.item, input.profile, lang, input.opts);
    if (text === null || seen.has(normal(text)) || avoid.has(normal(text))) continue;
    seen.add(normal(text));
    out.push({ text, snippet: c.snippet });
  }
  return out;
}

function normal(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}
