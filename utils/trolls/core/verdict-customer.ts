// Which comments may be an unhappy customer: only a complaint or a negative experience with the
// brand. The typology's cues (an order, the after-sales service, a first-hand experience) say the
// comment is about the customer relationship; this stage says whether it is a bad one, with the
// mentions core's intent and sentiment, and keeps out what merely names an order or the support:
// praise ("Shoutout to the support, they replaced my order"), a plain question, and the brand's own
// replies ("we are very sorry, our team will call you", "écrivez-nous en message privé").
import { read, type Lang } from '../../mentions/core/lexicon';
import { eventsOf, intentOf } from '../../mentions/core/intent';
import { sentimentOf } from '../../mentions/core/sentiment';

const B = '(?<![\\p{L}\\p{N}_])';
const A = "['’]";
const re = (body: string) => new RegExp(`${B}(?:${body})(?![\\p{L}\\p{N}_])`, 'iu');

// The brand speaking to a customer: "we" apologising or offering to act for "you", "DM us", "send us
// your…", "X support here". A customer may write "we" and "our team" too (a business buying), so each
// form is one a customer would not use: the brand's side of the conversation.
const BRAND = re(
  `we(?:${A}re| are) (?:(?:so|very|really|truly|terribly|deeply) )?sorry(?! (?:we|i|that we|to say) )|` +
    `we apologi[sz]e|we hear you|(?:please )?(?:dm|message|email|e-mail) us|send us (?:a (?:dm|private message)|` +
    `your)|our (?:support |care |service )?team (?:will|can|would|is going to) (?:call|contact|reach|get back|` +
    `look)|our (?:support |care |service )?team has your|we${A}(?:ll|d) (?:call you|contact you|get back to you|` +
    `look into (?:it|this)|be in touch)|support here|(?:customer )?(?:service|care|support) team here|nous ` +
    `sommes (?:(?:vraiment|sinc[eè]rement|tr[eè]s) )?d[eé]sol[eé]e?s|toutes nos excuses|nous (?:nous )?excusons|` +
    `(?:[eé]crivez|envoyez|contactez)[- ]nous|ici le (?:support|service client|sav)|notre [eé]quipe (?:va vous|` +
    `vous|s${A}en occupe)|nous regardons|nous revenons vers vous|nous allons vous`,
);
// The customer speaking of their own order: "my order", "notre commande", "sorry we ever bought".
const CUSTOMER = re(
  `(?:my|our|mon|ma|mes|notre|nos) (?:order|parcel|package|delivery|refund|commande|colis|livraison|` +
    `remboursement)s?|sorry (?:we|i) (?:ever )?(?:bought|ordered|chose|trusted)`,
);

/** Whether the text reads as the brand's own reply to a customer (not a customer's complaint). */
export function brandVoice(text: string): boolean {
  return BRAND.test(text) && !CUSTOMER.test(text);
}

/**
 * Whether a comment about the customer relationship tells a bad experience: a complaint or an urgent
 * matter; a question or a purchase only with complaint evidence or a negative tone; praise never;
 * anything else unless its tone is plainly positive (the intent rules miss some complaints, the
 * typology's cues found an order or the after-sales service).
 */
export function negativeExperience(text: string, lang?: Lang): boolean {
  const r = read(text, lang);
  const senti = sentimentOf(r);
  const { intent, scores } = intentOf(r, senti);
  if (intent === 'complaint' || intent === 'urgent') return true;
  if (intent === 'praise') return false;
  const bad = scores.complaint + scores.urgent > 0 || senti.score < 0;
  if (intent === 'question' || intent === 'purchase_intent') return bad;
  return bad || senti.score <= 0.3;
}

/**
 * A rude comment that still tells what happened to its writer ("you charged me twice, idiots"): the
 * intent is a complaint or urgent, backed by events the cue lexicons know (charged twice, never
 * arrived, down for four days), not only by angry words; and it is not the brand speaking.
 */
export function toldComplaint(text: string, lang?: Lang): boolean {
  const r = read(text, lang);
  // the events first: most rude comments tell none, and the whole intent costs more
  if (eventsOf(r) < 2 || brandVoice(text)) return false;
  const { intent } = intentOf(r, sentimentOf(r));
  return intent === 'complaint' || intent === 'urgent';
}

/** A customer's bad experience, told by the customer (not the brand answering it). */
export function unhappyCustomer(text: string, lang?: Lang): boolean {
  return !brandVoice(text) && negativeExperience(text, lang);
}
