// Tact's own thank-you lines for an advocate, FR and EN: personal (their first name when the page shows
// one), and saying what they did when it is known (their positive mentions over the window, the topic
// of the message answered, the platform). Templates only: core/care-replies.ts fills {prénom},
// {firstName}, {brand}, {emoji} and [[vous|tu]] and fits each to the brand's tone profile with the same
// checker as every suggestion; a line it cannot fit is dropped. Pure.
import { platformName } from '../../platforms/descriptor-data';
import type { CareTemplateContext } from './care-replies';

/** Page text never becomes a placeholder: braces and brackets are taken out of what we quote. */
function quoted(text: string): string {
  return text
    .replace(/[{}[\]]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const COUNT_WORDS_FR = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];
const COUNT_WORDS_EN = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "trois" / "three" up to ten, digits beyond. */
function count(n: number, lang: 'fr' | 'en'): string {
  const words = lang === 'fr' ? COUNT_WORDS_FR : COUNT_WORDS_EN;
  return n > 0 && n < words.length ? words[n]! : String(n);
}

/** Candidate thank-you lines, the most personal first (care-replies.ts keeps the first three that fit). */
export function thanksTemplates(ctx: CareTemplateContext): string[] {
  const platform = platformName(ctx.platform);
  const topic = ctx.topic ? quoted(ctx.topic) : '';
  const advocate = ctx.standing?.kind === 'advocate' ? ctx.standing : null;
  const out: string[] = [];
  if (ctx.lang === 'fr') {
    if (advocate) {
      out.push(
        `Merci {prénom} pour [[vos|tes]] retours réguliers : ${count(advocate.positives, 'fr')} messages ` +
          `positifs ces ${advocate.days} derniers jours, toute l’équipe {brand} les lit avec plaisir ! {emoji}`,
      );
    }
    if (topic) {
      out.push(
        `Merci {prénom} pour [[votre|ton]] message sur ${topic} et pour [[votre|ton]] fidélité à {brand} ! {emoji}`,
      );
    }
    out.push(
      `Un grand merci {prénom} pour [[votre|ton]] soutien ici sur ${platform}, cela compte beaucoup pour nous. {emoji}`,
      `Merci {prénom} de partager [[votre|ton]] enthousiasme pour {brand} : c’est grâce à des membres comme ` +
        `[[vous|toi]] que la communauté est si agréable. {emoji}`,
    );
  } else {
    if (advocate) {
      out.push(
        `Thank you {firstName} for your regular feedback: ${count(advocate.positives, 'en')} kind messages in the ` +
          `last ${advocate.days} days, and the whole {brand} team reads every one of them! {emoji}`,
      );
    }
    if (topic)
      out.push(`Thank you {firstName} for your message about ${topic} and for your loyalty to {brand}! {emoji}`);
    out.push(
      `A big thank you {firstName} for your support here on ${platform}, it means a lot to us. {emoji}`,
      `Thanks {firstName} for sharing your enthusiasm for {brand}: members like you make this community a great ` +
        `place. {emoji}`,
    );
  }
  return out;
}
