// The troll playbook as the suggestions read it: for each type of the typology, whether a reply is
// wanted at all, and which kind of reply. The action text itself is the typology's (one source of
// truth for the CM-facing advice); this file only says what it means for replying.
import { trollType, type Bilingual, type TrollTypeId } from '../../trolls/core/typology';

/** `none`: never answer publicly (don't feed, hide, report); `once`: one reply, then disengage; `yes`: answer. */
export type ReplyPolicy = 'none' | 'once' | 'yes';

/** Which of Tact's built-in reply sets fits the playbook (see suggest.ts). */
export type PlaybookReply = 'factual' | 'redirect' | 'correction' | 'faq' | 'complaint';

export interface PlaybookEntry {
  reply: ReplyPolicy;
  /** The kind of reply when one is wanted. */
  kind: PlaybookReply | null;
  /** Only when the comment is about the brand (conspiracist: "if it is about the brand…"). */
  onlyAboutBrand?: boolean;
}

export const PLAYBOOK: Record<TrollTypeId, PlaybookEntry> = {
  flamer: { reply: 'none', kind: null },
  hate: { reply: 'none', kind: null },
  harasser: { reply: 'none', kind: null },
  spammer: { reply: 'none', kind: null },
  conspiracist: { reply: 'once', kind: 'factual', onlyAboutBrand: true },
  derailer: { reply: 'once', kind: 'redirect' },
  lecturer: { reply: 'once', kind: 'correction' },
  sealion: { reply: 'once', kind: 'faq' },
  astroturfer: { reply: 'none', kind: null },
  unhappy_customer: { reply: 'yes', kind: 'complaint' },
};

/** What to do with a comment of this type: the stable type id, the reply policy and the advice. */
export interface PlaybookAction {
  type: TrollTypeId;
  reply: ReplyPolicy;
  fr: string;
  en: string;
}

/** The playbook's recommended action for a troll type; `aboutBrand` decides the conspiracist case. */
export function playbookAction(type: TrollTypeId, aboutBrand: boolean): PlaybookAction {
  const entry = PLAYBOOK[type];
  const action: Bilingual = trollType(type).action;
  const reply = entry.onlyAboutBrand && !aboutBrand ? 'none' : entry.reply;
  return { type, reply, fr: action.fr, en: action.en };
}
