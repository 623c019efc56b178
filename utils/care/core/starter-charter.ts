// A starter charter, in French and English, for a brand that has none yet: the rules most community
// pages share, each with the troll types and behaviours it covers (so a troll card can cite it). The
// user edits it in the options (utils/care/ui/charter-editor.tsx). Written without "vous" or "tu", so
// quoting a clause suits any brand's form of address. Pure data.
import type { Charter } from './charter';

export const STARTER_CHARTER: Charter = {
  clauses: [
    {
      id: 'respect',
      title: { fr: 'Respect', en: 'Respect' },
      text: {
        fr:
          'Les échanges restent courtois : pas d’insultes, de grossièretés ni d’attaques personnelles. ' +
          'On peut être en désaccord avec respect.',
        en:
          'Conversations stay courteous: no insults, profanity or personal attacks. Disagreeing is fine ' +
          'when it is respectful.',
      },
      covers: ['flamer', 'insult', 'profanity'],
    },
    {
      id: 'no-hate',
      title: { fr: 'Aucune haine', en: 'No hate' },
      text: {
        fr: 'Aucun propos haineux, raciste, sexiste, homophobe ou discriminatoire, ni appel à la violence.',
        en: 'No hateful, racist, sexist, homophobic or discriminatory remarks, and no calls to violence.',
      },
      covers: ['hate', 'illegal'],
    },
    {
      id: 'no-harassment',
      title: { fr: 'Aucun harcèlement', en: 'No harassment' },
      text: {
        fr: 'Personne n’est pris pour cible, suivi ou intimidé, ici ou ailleurs, ni nos membres ni notre équipe.',
        en: 'Nobody is targeted, followed or intimidated, here or elsewhere: neither our members nor our team.',
      },
      covers: ['harasser', 'sealion'],
    },
    {
      id: 'no-spam',
      title: { fr: 'Pas de spam ni de publicité', en: 'No spam or advertising' },
      text: {
        fr: 'Les liens promotionnels, la publicité, les arnaques et les messages répétés sont retirés.',
        en: 'Promotional links, advertising, scams and repeated messages are removed.',
      },
      covers: ['spammer', 'astroturfer', 'advertising', 'impersonation'],
    },
    {
      id: 'personal-data',
      title: { fr: 'Données personnelles', en: 'Personal data' },
      text: {
        fr:
          'Aucune donnée personnelle en public (adresse, téléphone, numéro de commande ou de carte) : ' +
          'notre équipe les demande en message privé.',
        en:
          'No personal data in public (address, phone, order or card number): our team asks for them in ' +
          'a private message.',
      },
      covers: ['personal_data'],
    },
    {
      id: 'on-topic',
      title: { fr: 'Rester dans le sujet', en: 'Stay on topic' },
      text: {
        fr:
          'Les commentaires portent sur la publication et nos produits ; les sujets sans rapport ' +
          'détournent la conversation.',
        en: 'Comments are about the post and our products; unrelated topics derail the conversation.',
      },
      covers: ['derailer', 'lecturer', 'off_topic'],
    },
    {
      id: 'accurate',
      title: { fr: 'Informations fiables', en: 'Reliable information' },
      text: {
        fr:
          'Les fausses informations, théories du complot et conseils dangereux ne sont pas acceptés ; ' +
          'les sources fiables sont les bienvenues.',
        en:
          'False information, conspiracy theories and dangerous advice are not accepted; reliable ' +
          'sources are welcome.',
      },
      covers: ['conspiracist'],
    },
  ],
};
