// Tact's own welcome lines for a newcomer, FR and EN, used after the team's welcome snippets. Each
// line may name the author ({prénom}/{firstName}, filled by tone/core/suggest.ts `fit`, left out when
// the page shows no first name), the brand ({brand}: a line is dropped without one), the platform and
// the topic of their first message (filled here; lines with a topic come first, and only when the
// topic is known). `[[vous form|tu form]]` follows the brand's form of address, as in
// tone/core/templates.ts. Several lines, so the next newcomer of a thread gets a different one
// (members-repo.ts `welcomesInThread` says which were used).
import { platformName } from '../../platforms/descriptor-data';
import type { CareTemplateContext } from './care-replies';

const WITH_TOPIC: Record<'fr' | 'en', string[]> = {
  fr: [
    'Bienvenue {prénom} ! Merci pour [[votre|ton]] premier message sur {topic}, nous sommes ravis de [[vous|te]] ' +
      'compter dans la communauté {brand} sur {platform}.',
    'Bonjour {prénom}, et bienvenue dans la communauté {brand} ! {emoji} Merci pour [[votre|ton]] message sur {topic}.',
    'Bienvenue parmi nous {prénom} ! Merci d’avoir lancé la discussion sur {topic}, nous [[vous|te]] ' +
      'répondons avec plaisir.',
  ],
  en: [
    'Welcome {firstName}! Thanks for your first message about {topic}, we are glad to have you in the {brand} ' +
      'community on {platform}.',
    'Hi {firstName}, and welcome to the {brand} community! {emoji} Thanks for your message about {topic}.',
    'Welcome aboard {firstName}! Thanks for starting the conversation about {topic}, we are happy to help.',
  ],
};

const GENERAL: Record<'fr' | 'en', string[]> = {
  fr: [
    'Bonjour {prénom}, et bienvenue dans la communauté {brand} ! {emoji} Merci d’avoir pris le temps de nous écrire.',
    'Bienvenue parmi nous {prénom} ! Ravis de [[vous|te]] lire ici sur {platform}. {emoji}',
    'Bienvenue {prénom} ! Merci pour ce premier message, [[n’hésitez|n’hésite]] pas à revenir vers nous quand ' +
      '[[vous voulez|tu veux]].',
    'Bonjour {prénom}, bienvenue ! Toute l’équipe {brand} est contente de [[vous|te]] compter parmi nous ' +
      'sur {platform}.',
  ],
  en: [
    'Hi {firstName}, and welcome to the {brand} community! {emoji} Thanks for taking the time to write to us.',
    'Welcome aboard {firstName}! Great to see you here on {platform}. {emoji}',
    'Welcome {firstName}! Thanks for this first message, feel free to come back to us any time.',
    'Hi {firstName}, welcome! The whole {brand} team is glad to have you with us on {platform}.',
  ],
};

/** The welcome lines for this newcomer, best first: with the topic of their message when known. */
export function welcomeTemplates(ctx: CareTemplateContext): string[] {
  const platform = platformName(ctx.platform);
  const topic = ctx.topic?.trim();
  // The topic and platform are the page's or ours, never a template: braces in them would read as variables.
  const safe = (s: string) => s.replace(/[{}[\]]/g, '');
  const fill = (line: string) => line.replaceAll('{platform}', safe(platform)).replaceAll('{topic}', safe(topic ?? ''));
  return [...(topic ? WITH_TOPIC[ctx.lang] : []), ...GENERAL[ctx.lang]].map(fill);
}
