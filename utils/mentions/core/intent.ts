// What a comment wants from the brand, French and English: `urgent` (safety, outage of a whole
// service, legal threat, scandal, boycott, recall, data leak), `complaint`, `question`,
// `purchase_intent`, `praise` or `other`. Rules, no model: small curated cue lexicons (weights
// 1 to 3) matched in one pass, negation-aware ("not bad" and "jamais eu de problème" praise,
// "pas satisfait" complains, "nobody was hurt" is not an injury), the sentiment lexicon as
// extra evidence for complaint and praise, and question detection (a "?", French interrogatives,
// "est-ce que", inversion "peut-on", English wh- words and, for auxiliaries, compromise).
import nlp from 'compromise/three';
import { negated, originalSpan, PhraseLexicon, read, type Lang, type Reading } from './lexicon';
import { NEGATION, sentimentOf, type SentimentDetail } from './sentiment';
import { contempt, EXTRA_EN, EXTRA_FR, inLink, linkSpans, pitch, wished } from './intent-extra';

export const INTENTS = ['urgent', 'complaint', 'question', 'purchase_intent', 'praise', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

export interface IntentCue {
  /** Span in the original text (UTF-16, end exclusive). */
  start: number;
  end: number;
  intent: Intent;
}

export interface IntentResult {
  intent: Intent;
  /** Evidence for each intent (sum of cue weights, 0 when none); `other` is the fallback. */
  scores: Record<Intent, number>;
  cues: IntentCue[];
  lang: Lang;
  /** Complaint and urgent evidence from the cue lexicons alone: what happened, not how it is said. */
  events: number;
}

type CueIntent = Exclude<Intent, 'other'>;
type Cue = [phrase: string, intent: CueIntent, weight: number];

// Scope words turn "down"/"en panne" from one person's trouble into an outage.
const SCOPE_EN = [
  'everyone',
  'everywhere',
  'nationwide',
  'whole (city|region|country|town|neighbourhood|neighborhood|area|network)',
  'entire',
  'thousands',
  'all over',
  'across the',
  'for everyone',
  'nothing works',
];
const SCOPE_FR = [
  'partout',
  'tout le (pays|departement|reseau|quartier|monde)',
  'toute la (ville|region|france|fibre)',
  'dans tout',
  'national*',
  'generale',
  'geante',
  'plus rien ne (marche|fonctionne)',
  'a l arret',
  'tout le monde',
];

const EN: Cue[] = [
  // urgent: safety
  ['fire', 'urgent', 3],
  ['fires', 'urgent', 3],
  ['caught fire', 'urgent', 3],
  ['on fire', 'urgent', 2],
  ['smoke', 'urgent', 3],
  ['smoking', 'urgent', 3],
  ['burn*', 'urgent', 3],
  ['explod*', 'urgent', 3],
  ['explosion', 'urgent', 3],
  ['blew up', 'urgent', 3],
  ['melt*', 'urgent', 1.5],
  ['spark*', 'urgent', 2],
  ['overheat*', 'urgent', 2],
  ['electric shock', 'urgent', 3],
  ['electrocut*', 'urgent', 3],
  ['injur*', 'urgent', 3],
  ['hurt', 'urgent', 2],
  ['(broke|broken) (my|his|her|a) (wrist|arm|leg|ankle|nose|finger|hand|foot)', 'urgent', 3],
  ['hospital', 'urgent', 3],
  ['emergency room', 'urgent', 3],
  ['er', 'urgent', 1],
  ['ambulance', 'urgent', 3],
  ['hazard', 'urgent', 3],
  ['dangerous', 'urgent', 2],
  ['danger', 'urgent', 2],
  ['unsafe', 'urgent', 3],
  ['killed', 'urgent', 3],
  ['could have killed', 'urgent', 3],
  ['died', 'urgent', 3],
  ['poison*', 'urgent', 3],
  ['toxic', 'urgent', 2],
  ['gas leak', 'urgent', 3],
  ['carbon monoxide', 'urgent', 3],
  ['accident*', 'urgent', 3],
  ['emergency', 'urgent', 2],
  ['911', 'urgent', 3],
  ['999', 'urgent', 3],
  ['112', 'urgent', 2],
  ['evacuat*', 'urgent', 3],
  ['fire alarm', 'urgent', 3],
  ['firefighters', 'urgent', 3],
  ['choking', 'urgent', 3],
  // A swelling or overheating battery is a fire risk (lithium); a customer shouting URGENT is a signal too.
  ['swollen', 'urgent', 3],
  ['swelling', 'urgent', 3],
  ['bulging', 'urgent', 3],
  ['(very|extremely|really) hot', 'urgent', 1.5],
  ['urgent', 'urgent', 1.5],
  // urgent: outage
  ['outage', 'urgent', 3],
  ['down', 'urgent', 1.5],
  ['no (service|internet|signal|network|calls|connection)', 'urgent', 1.5],
  ['not working', 'urgent', 0.5],
  ['blackout', 'urgent', 3],
  // urgent: legal and public crisis
  ['lawyer', 'urgent', 3],
  ['attorney', 'urgent', 3],
  ['sue', 'urgent', 3],
  ['suing', 'urgent', 3],
  ['sued', 'urgent', 3],
  ['lawsuit', 'urgent', 3],
  ['class action', 'urgent', 3],
  ['legal action', 'urgent', 3],
  ['in court', 'urgent', 3],
  ['court', 'urgent', 2],
  ['consumer protection', 'urgent', 3],
  ['trading standards', 'urgent', 3],
  ['report* (you|them|it) to', 'urgent', 2],
  ['scandal*', 'urgent', 3],
  ['boycott*', 'urgent', 3],
  ['recall*', 'urgent', 3],
  ['data breach', 'urgent', 3],
  ['breach', 'urgent', 2],
  ['leak*', 'urgent', 3],
  ['hack*', 'urgent', 3],
  ['fraud*', 'urgent', 2],
  ['journalist*', 'urgent', 2],
  ['press', 'urgent', 1],
  ['media', 'urgent', 1.5],
  ['whistleblower', 'urgent', 2],
  ['child labour', 'urgent', 3],
  ['child labor', 'urgent', 3],
  ['going viral', 'urgent', 2],
  // complaint
  ['still nothing', 'complaint', 2],
  ['still not', 'complaint', 2],
  ['still no', 'complaint', 2],
  ['still waiting', 'complaint', 2],
  ['still (hasn|haven|isn|doesn|didn|hasnt|havent|isnt|doesnt|didnt)', 'complaint', 2],
  ['still broken', 'complaint', 2],
  ['refund*', 'complaint', 1.5],
  ['charged (me|us) twice', 'complaint', 3],
  ['charged', 'complaint', 1.5],
  ['on hold', 'complaint', 2],
  ['no (answer|reply|response)', 'complaint', 2],
  ['no one answers', 'complaint', 2],
  ['without (an|a|any)? (answer|reply|response)', 'complaint', 2],
  ['without reply', 'complaint', 2],
  ['nobody answers', 'complaint', 2],
  ['never (answer*|reply|replies|respond*)', 'complaint', 2],
  ['hung up', 'complaint', 2],
  ['(doesn|don|won|didn|isn) t (work|connect|charge|start|turn)', 'complaint', 2],
  ['(doesnt|dont|wont|didnt) (work|connect|charge|start)', 'complaint', 2],
  ['not working', 'complaint', 2],
  ['stopped (working|connecting|charging)', 'complaint', 2],
  ['won t let me', 'complaint', 2],
  ['can t (even|load|pay|log|connect)', 'complaint', 1.5],
  ['broken', 'complaint', 2],
  ['broke', 'complaint', 1],
  ['cracked', 'complaint', 2],
  ['ruined', 'complaint', 2],
  ['scratched', 'complaint', 1.5],
  ['peeling', 'complaint', 1.5],
  ['fell apart', 'complaint', 2],
  ['missing', 'complaint', 1.5],
  ['wrong (colour|color|item|size|order|product|one)', 'complaint', 2],
  ['late', 'complaint', 1.5],
  ['delay*', 'complaint', 1.5],
  ['(weeks|months|days) ago', 'complaint', 1],
  ['fix (it|this|that)', 'complaint', 1.5],
  ['bug', 'complaint', 1.5],
  ['crash*', 'complaint', 1.5],
  ['error', 'complaint', 1.5],
  ['keeps (closing|dropping|forgetting|crashing|rebooting|disconnecting)', 'complaint', 2],
  ['reboots', 'complaint', 1.5],
  ['dropp*', 'complaint', 1],
  ['slow', 'complaint', 1],
  ['overpriced', 'complaint', 2],
  ['scam', 'complaint', 2],
  ['never again', 'complaint', 2],
  ['never (ordering|buying|using)', 'complaint', 2.5],
  ['give up', 'complaint', 1.5],
  ['fed up', 'complaint', 2],
  ['not cool', 'complaint', 2],
  ['without (telling|warning|notice)', 'complaint', 2],
  ['raised (my|the|our) (price|plan|bill)', 'complaint', 2],
  ['doubled', 'complaint', 1],
  ['for no reason', 'complaint', 1.5],
  ['barely', 'complaint', 1],
  ['returned (my|it)', 'complaint', 1.5],
  ['poor quality', 'complaint', 2],
  ['complain*', 'complaint', 1.5],
  ['hidden fees', 'complaint', 1.5],
  ['lets me down', 'complaint', 1.5],
  ['let me down', 'complaint', 1.5],
  ['waste of (money|time)', 'complaint', 2.5],
  ['left my (package|parcel)', 'complaint', 1.5],
  ['threw my', 'complaint', 2],
  ['twice', 'complaint', 0.5],
  ['problem', 'complaint', 1],
  ['issue', 'complaint', 1],
  ['hassle', 'complaint', 1],
  ['flicker*', 'complaint', 1.5],
  ['wobbl*', 'complaint', 1.5],
  ['logged me out', 'complaint', 1.5],
  ['lost my', 'complaint', 1.5],
  ['template reply', 'complaint', 1.5],
  ['what a joke', 'complaint', 2],
  // question
  ['anyone know*', 'question', 2],
  ['anybody know*', 'question', 2],
  ['does anyone', 'question', 2],
  ['quick question', 'question', 2],
  ['wondering (if|whether|what|how)', 'question', 1.5],
  ['i wonder', 'question', 1.5],
  ['any idea*', 'question', 1.5],
  ['any tips', 'question', 1.5],
  ['any advice', 'question', 1.5],
  ['can (someone|anyone)', 'question', 1.5],
  ['could (someone|anyone)', 'question', 1.5],
  ['could you tell', 'question', 1.5],
  ['how (do|can|to) i', 'question', 1],
  // purchase intent
  ['buy', 'purchase_intent', 2.5],
  ['buying', 'purchase_intent', 2.5],
  ['to purchase', 'purchase_intent', 2.5],
  ['get one', 'purchase_intent', 2],
  ['want one', 'purchase_intent', 2.5],
  ['want (two|2|one|another)', 'purchase_intent', 2.5],
  ['(gonna|going to) (get|order|buy|pick)', 'purchase_intent', 2.5],
  [
    '(planning|plan|thinking) (to|of|about) (get|buy|buying|getting|order|ordering|switch|switching)',
    'purchase_intent',
    2.5,
  ],
  ['considering', 'purchase_intent', 2],
  ['switch* to', 'purchase_intent', 2],
  ['sign up', 'purchase_intent', 2.5],
  ['signing up', 'purchase_intent', 2.5],
  ['subscribe', 'purchase_intent', 2.5],
  ['how much', 'purchase_intent', 2.5],
  ['price*', 'purchase_intent', 2.5],
  ['pricing', 'purchase_intent', 1],
  ['cost*', 'purchase_intent', 2],
  ['cheapest', 'purchase_intent', 2],
  ['cheaper', 'purchase_intent', 2],
  ['in stock', 'purchase_intent', 2.5],
  ['for sale', 'purchase_intent', 2.5],
  ['deal', 'purchase_intent', 1.5],
  ['promo code', 'purchase_intent', 2.5],
  ['promo', 'purchase_intent', 1.5],
  ['discount*', 'purchase_intent', 2.5],
  ['black friday', 'purchase_intent', 1.5],
  ['(added|add) * to (my|the) cart', 'purchase_intent', 3],
  ['cart', 'purchase_intent', 2],
  ['ordering (it|one|the|a|tonight|today)', 'purchase_intent', 2.5],
  ['order (one|it|a|the|two)', 'purchase_intent', 2],
  ['can i order', 'purchase_intent', 2.5],
  ['budget', 'purchase_intent', 1.5],
  ['worth it', 'purchase_intent', 1.5],
  ['second hand', 'purchase_intent', 1.5],
  ['gift', 'purchase_intent', 1.5],
  ['saving up', 'purchase_intent', 2.5],
  ['pick up', 'purchase_intent', 1.5],
  ['take the plunge', 'purchase_intent', 2.5],
  ['taking the plunge', 'purchase_intent', 2.5],
  ['interested in', 'purchase_intent', 2.5],
  ['available', 'purchase_intent', 1],
  ['before i sign', 'purchase_intent', 2.5],
  ['leaning towards', 'purchase_intent', 2],
  ['torn between', 'purchase_intent', 2],
  ['which one should i', 'purchase_intent', 2],
  ['bundle', 'purchase_intent', 1.5],
  ['sale starts', 'purchase_intent', 2],
  ['add a line', 'purchase_intent', 2],
  ['where (can|do) i (buy|get|find) (it|one|a|the)', 'purchase_intent', 2],
  // praise
  ['thank*', 'praise', 1.5],
  ['kudos', 'praise', 2],
  ['shoutout', 'praise', 2],
  ['shout out', 'praise', 2],
  ['(recommend|recommended|recommends|recommending)', 'praise', 2],
  ['game changer', 'praise', 2],
  ['changed my life', 'praise', 2.5],
  ['10 10', 'praise', 2],
  ['going strong', 'praise', 2],
  ['deserves', 'praise', 1.5],
  ['not bad', 'praise', 2],
  ['can t complain', 'praise', 2.5],
  ['great job', 'praise', 2],
  ['well done', 'praise', 2],
  ['love (my|it|this|the|their|your)', 'praise', 1.5],
  ['best (purchase|scooter|lamp|gadget|plan|thing)', 'praise', 2],
  ['never had (a|any)', 'praise', 1],
  ['sorted', 'praise', 1],
  ['blazing fast', 'praise', 2],
];

const FR: Cue[] = [
  // urgent : sécurité
  ['pris feu', 'urgent', 3],
  ['prend feu', 'urgent', 3],
  ['prendre feu', 'urgent', 3],
  ['mis le feu', 'urgent', 3],
  ['en feu', 'urgent', 3],
  ['depart de feu', 'urgent', 3],
  ['feu', 'urgent', 1.5],
  ['incendi*', 'urgent', 3],
  ['fume', 'urgent', 3],
  ['fumee*', 'urgent', 3],
  ['brule*', 'urgent', 3],
  ['brulure*', 'urgent', 3],
  ['explos*', 'urgent', 3],
  ['court circuit', 'urgent', 3],
  ['etincelle*', 'urgent', 2],
  ['surchauff*', 'urgent', 2],
  ['fondu', 'urgent', 1.5],
  ['electrocut*', 'urgent', 3],
  ['decharge electrique', 'urgent', 3],
  ['bless*', 'urgent', 3],
  ['s est casse (le|la|les)', 'urgent', 3],
  ['cass* (le|la) (poignet|bras|jambe|cheville|nez|doigt|main|pied)', 'urgent', 3],
  ['pompiers', 'urgent', 3],
  ['urgences', 'urgent', 3],
  ['hopital', 'urgent', 3],
  ['samu', 'urgent', 3],
  ['secours', 'urgent', 3],
  ['dangereu*', 'urgent', 2],
  ['danger', 'urgent', 2],
  ['intoxi*', 'urgent', 3],
  ['toxique*', 'urgent', 2],
  ['emanations', 'urgent', 2],
  ['accident*', 'urgent', 3],
  ['evacu*', 'urgent', 3],
  ['fuite de gaz', 'urgent', 3],
  ['mort', 'urgent', 2],
  ['deces', 'urgent', 3],
  ['risque d incendie', 'urgent', 3],
  // Une batterie qui gonfle ou chauffe fort est un risque d'incendie ; « URGENT » écrit par le client compte aussi.
  ['batterie (a )?gonfle*', 'urgent', 3],
  ['gonfle et chauffe', 'urgent', 3],
  ['chauffe (enormement|beaucoup|fort|trop)', 'urgent', 2],
  ['brulant*', 'urgent', 2],
  ['urgent', 'urgent', 1.5],
  // urgent : panne de service
  ['panne (generale|nationale|geante|massive|totale)', 'urgent', 3],
  ['en panne', 'urgent', 1.5],
  ['panne', 'urgent', 1],
  ['en rade', 'urgent', 1.5],
  ['down', 'urgent', 1.5],
  ['coupe', 'urgent', 1],
  ['hs', 'urgent', 1.5],
  ['plus (d internet|de reseau|d appels|de connexion)', 'urgent', 1.5],
  ['aucun reseau', 'urgent', 1.5],
  ['injoignable*', 'urgent', 0.5],
  // urgent : juridique et crise publique
  ['porter plainte', 'urgent', 3],
  ['plainte', 'urgent', 3],
  ['avocat*', 'urgent', 3],
  ['justice', 'urgent', 3],
  ['tribunal', 'urgent', 3],
  ['proces', 'urgent', 3],
  ['action de groupe', 'urgent', 3],
  ['class action', 'urgent', 3],
  ['condamn*', 'urgent', 3],
  ['mise en demeure', 'urgent', 3],
  ['dgccrf', 'urgent', 3],
  ['repression des fraudes', 'urgent', 3],
  ['que choisir', 'urgent', 2],
  ['scandal*', 'urgent', 3],
  ['boycott*', 'urgent', 3],
  ['rappel produit', 'urgent', 3],
  ['rappel*', 'urgent', 2],
  ['fuite de donnees', 'urgent', 3],
  ['fuite des donnees', 'urgent', 3],
  ['pirat*', 'urgent', 3],
  ['hack*', 'urgent', 3],
  ['fraude', 'urgent', 2],
  ['journa*', 'urgent', 2],
  ['medias', 'urgent', 2],
  ['presse', 'urgent', 1.5],
  ['trompeu*', 'urgent', 1.5],
  ['testent sur les animaux', 'urgent', 2],
  ['travail des enfants', 'urgent', 3],
  ['bad buzz', 'urgent', 2],
  // réclamation
  ['toujours pas', 'complaint', 2],
  ['toujours rien', 'complaint', 2],
  ['toujours en panne', 'complaint', 2],
  ['rien recu', 'complaint', 2],
  ['jamais recu', 'complaint', 2],
  ['pas recu', 'complaint', 2],
  ['aucune (reponse|nouvelle)', 'complaint', 2],
  ['(ne|n) repond* (jamais|pas|plus)', 'complaint', 2],
  ['repond jamais', 'complaint', 2],
  ['personne ne (decroche|repond)', 'complaint', 2],
  ['raccroch*', 'complaint', 2],
  ['rembours*', 'complaint', 1.5],
  ['facture (deux|2) fois', 'complaint', 3],
  ['facture', 'complaint', 0.5],
  ['attente', 'complaint', 1.5],
  ['d attente', 'complaint', 0.5],
  ['(marche|fonctionne|connecte|charge|demarre|s allume) (pas|plus)', 'complaint', 2],
  ['plante (a chaque|tout le temps|sans arret)', 'complaint', 2],
  ['bug*', 'complaint', 1.5],
  ['erreur', 'complaint', 1.5],
  ['en retard', 'complaint', 1.5],
  ['retard', 'complaint', 1.5],
  ['casse', 'complaint', 2],
  ['cassee', 'complaint', 2],
  ['abime*', 'complaint', 2],
  ['raye*', 'complaint', 1.5],
  ['s ecaille', 'complaint', 1.5],
  ['manqu*', 'complaint', 1.5],
  ['mauvaise (couleur|taille|reference|commande)', 'complaint', 2],
  ['rame', 'complaint', 1.5],
  ['lent*', 'complaint', 1],
  ['coupe sans arret', 'complaint', 2],
  ['sans arret', 'complaint', 1],
  ['sans prevenir', 'complaint', 2],
  ['augmente', 'complaint', 1],
  ['a double', 'complaint', 1.5],
  ['sans (raison|explication)', 'complaint', 1.5],
  ['(m|nous) (a|ont|avez|avait) facture', 'complaint', 1.5],
  ['(m|nous) (a|ont|avez|avait) encore facture', 'complaint', 1.5],
  ['arnaque*', 'complaint', 2],
  ['escroc*', 'complaint', 2],
  ['plus jamais', 'complaint', 2.5],
  ['j abandonne', 'complaint', 1.5],
  ['marre', 'complaint', 2],
  ['ras le bol', 'complaint', 2],
  ['inadmissible', 'complaint', 1],
  ['n importe quoi', 'complaint', 1],
  ['pas serieux', 'complaint', 1],
  ['il y a (un|une|deux|trois|\\d+) (semaine*|mois|jours)', 'complaint', 1],
  ['ca fait (un|une|deux|trois|\\d+) (semaine*|mois|jours)', 'complaint', 1],
  ['semaines', 'complaint', 0.5],
  ['(ca|cela) fait un mois', 'complaint', 1.5],
  ['patine', 'complaint', 1.5],
  ['redemarre', 'complaint', 1.5],
  ['clignote', 'complaint', 1.5],
  ['tremble', 'complaint', 1.5],
  ['oublie', 'complaint', 1],
  ['ne sert a rien', 'complaint', 2],
  ['reponse toute faite', 'complaint', 1.5],
  ['au nez', 'complaint', 1],
  ['probleme*', 'complaint', 1],
  ['souci*', 'complaint', 1],
  ['lache', 'complaint', 1],
  ['frais cache*', 'complaint', 1.5],
  ['impossible de', 'complaint', 1.5],
  ['remplace* (trois|3|deux|2) fois', 'complaint', 1.5],
  ['echange*', 'complaint', 0.5],
  ['jete', 'complaint', 1.5],
  ['sous la pluie', 'complaint', 1],
  // question
  ['est ce (que|qu)', 'question', 2],
  ['quelqu un (sait|saurait|connait|a deja)', 'question', 2],
  ['vous savez', 'question', 1.5],
  ['savez vous', 'question', 2],
  ['tu sais', 'question', 1],
  ['une idee', 'question', 1],
  ['petite question', 'question', 2],
  ['je me demande', 'question', 1.5],
  ['des conseils', 'question', 1.5],
  // intention d'achat
  ['acheter', 'purchase_intent', 2.5],
  ['achete', 'purchase_intent', 1.5],
  ['j achete', 'purchase_intent', 2.5],
  ['prix', 'purchase_intent', 2.5],
  ['combien (coute|coutent|pour)', 'purchase_intent', 2.5],
  ['combien ca coute', 'purchase_intent', 2.5],
  ['c est combien', 'purchase_intent', 2.5],
  ['coute', 'purchase_intent', 2],
  ['tarif*', 'purchase_intent', 2],
  ['moins cher*', 'purchase_intent', 2],
  ['code promo', 'purchase_intent', 2.5],
  ['promo', 'purchase_intent', 1.5],
  ['reduction', 'purchase_intent', 2],
  ['soldes', 'purchase_intent', 2],
  ['black friday', 'purchase_intent', 1.5],
  ['(dans|a) mon panier', 'purchase_intent', 3],
  ['en stock', 'purchase_intent', 2.5],
  ['vend', 'purchase_intent', 2],
  ['vends', 'purchase_intent', 2],
  ['a vendre', 'purchase_intent', 2.5],
  ['d occasion', 'purchase_intent', 1.5],
  ['craque*', 'purchase_intent', 2],
  ['envisage*', 'purchase_intent', 2],
  ['j hesite', 'purchase_intent', 1.5],
  ['je penche pour', 'purchase_intent', 2],
  [
    '(je|on) (vais|va|compte|voudrais|veux|pense|aimerais) (acheter|commander|prendre|passer|m abonner|' +
      'souscrire|m offrir)',
    'purchase_intent',
    3,
  ],
  ['je commande', 'purchase_intent', 2.5],
  ['commander', 'purchase_intent', 1.5],
  ['souscri*', 'purchase_intent', 2.5],
  ['abonner', 'purchase_intent', 2.5],
  ['m inscrire', 'purchase_intent', 2],
  ['passer chez', 'purchase_intent', 2.5],
  ['j en veux', 'purchase_intent', 2.5],
  ['j en voudrais', 'purchase_intent', 2.5],
  ['j en prendrai', 'purchase_intent', 2.5],
  ['vaut le coup', 'purchase_intent', 1.5],
  ['budget', 'purchase_intent', 1.5],
  ['cadeau', 'purchase_intent', 1.5],
  ['offrir', 'purchase_intent', 1.5],
  ['m offrir', 'purchase_intent', 2.5],
  ['economise pour', 'purchase_intent', 2.5],
  ['m interesse', 'purchase_intent', 2.5],
  ['dispo', 'purchase_intent', 1],
  ['disponible', 'purchase_intent', 1],
  ['avant de signer', 'purchase_intent', 2.5],
  ['nouvel operateur', 'purchase_intent', 2],
  ['je prends', 'purchase_intent', 2],
  ['pack', 'purchase_intent', 1.5],
  ['offre', 'purchase_intent', 1],
  ['(ajouter|rajouter) une ligne', 'purchase_intent', 2],
  ['ou (acheter|trouver)', 'purchase_intent', 2],
  ['revient* (bientot)? en stock', 'purchase_intent', 2.5],
  // compliment
  ['merci*', 'praise', 1.5],
  ['bravo', 'praise', 2],
  ['chapeau', 'praise', 2],
  ['recommand*', 'praise', 2],
  ['pas mal', 'praise', 2],
  ['rien a redire', 'praise', 2.5],
  ['a change ma vie', 'praise', 2.5],
  ['fan', 'praise', 1.5],
  ['gain de temps', 'praise', 1.5],
  ['merite', 'praise', 1.5],
  ['marche toujours', 'praise', 1.5],
  ['jamais eu', 'praise', 1],
  ['meilleur achat', 'praise', 2],
  ['regle en', 'praise', 1.5],
  ['j adore', 'praise', 1.5],
];

const BOTH: Cue[] = [];

function compile(cues: Cue[], scope: string[]): PhraseLexicon<{ intent: CueIntent; weight: number }> {
  const lex = new PhraseLexicon<{ intent: CueIntent; weight: number }>([]);
  for (const [phrase, intent, weight] of [...cues, ...BOTH]) {
    for (const p of expandOptional(phrase)) lex.add(p, { intent, weight });
  }
  for (const s of scope) lex.add(s, { intent: 'urgent', weight: 1.5 });
  return lex;
}

/** "(an|a|any)? answer" → both with and without the optional slot; "\\d+" → any number. */
function expandOptional(phrase: string): string[] {
  const m = phrase.match(/\(([^)]*)\)\?\s*/);
  if (!m) return [phrase.replace(/\\d\+/g, '(1|2|3|4|5|6|7|8|9|10|15|20|30)')];
  return [...expandOptional(phrase.replace(m[0], `(${m[1]}) `)), ...expandOptional(phrase.replace(m[0], ''))];
}

const LEXICONS: Record<Lang, PhraseLexicon<{ intent: CueIntent; weight: number }>> = {
  en: compile([...EN, ...EXTRA_EN], SCOPE_EN),
  fr: compile([...FR, ...EXTRA_FR], SCOPE_FR),
};

const WH_EN = new Set(['what', 'how', 'where', 'when', 'which', 'who', 'why', 'whose', 'whats', 'wheres', 'hows']);
const AUX_EN = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'will',
  'would',
  'should',
  'has',
  'have',
  'may',
  'shall',
  'am',
]);
const DET_EN = new Set([
  'there',
  'the',
  'this',
  'it',
  'my',
  'your',
  'a',
  'an',
  'that',
  'these',
  'those',
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'anyone',
  'anybody',
  'someone',
]);
const WH_FR = new Set([
  'comment',
  'pourquoi',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'combien',
  'quand',
  'qui',
  'lequel',
  'laquelle',
]);
const SUBJ_FR = new Set(['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles']);

/** Question evidence per sentence: a "?" says it, or the way the sentence (or a clause) opens. */
function questionCues(r: Reading): Array<{ from: number; to: number; weight: number }> {
  const out: Array<{ from: number; to: number; weight: number }> = [];
  const n = r.tokens.length;
  for (let from = 0; from < n;) {
    let to = from + 1;
    while (to < n && r.sentence[to] === r.sentence[from]) to++;
    const after = to < n ? r.tokens[to]!.gap : r.folded.text.slice(r.tokens[n - 1]!.end);
    if (after.includes('?')) out.push({ from, to, weight: 2 });
    else {
      // Openings: the sentence start (after an @handle or a greeting) and each clause start.
      const starts: number[] = [];
      let first = from;
      while (first < to - 1 && (r.words[first] === '' || GREETINGS.has(r.words[first]!))) first++;
      starts.push(first);
      for (let k = first + 1; k < to; k++) if (r.clause[k] !== r.clause[k - 1]) starts.push(k);
      for (const k of starts) {
        const hit = opening(r, k, to, k === first);
        if (hit) {
          out.push(hit);
          break;
        }
      }
    }
    if (r.lang === 'fr') {
      // French inversion: "peut-on", "fonctionne-t-elle", "savez-vous".
      for (let k = from + 1; k < to; k++) {
        if (SUBJ_FR.has(r.words[k]!) && r.tokens[k]!.gap === '-' && r.words[k - 1] !== '') {
          out.push({ from: k - 1, to: k + 1, weight: 1.5 });
          break;
        }
      }
    }
    from = to;
  }
  return out;
}

const GREETINGS = new Set(['hey', 'hi', 'hello', 'salut', 'bonjour', 'coucou', 'quick', 'petite']);

function opening(
  r: Reading,
  k: number,
  to: number,
  sentenceStart: boolean,
): { from: number; to: number; weight: number } | null {
  const w0 = r.words[k]!;
  const w1 = r.words[k + 1] ?? '';
  if (k + 1 >= to) return null;
  if (r.lang === 'en') {
    if (WH_EN.has(w0) && !(w0 === 'what' && (w1 === 'a' || w1 === 'an'))) return { from: k, to: k + 1, weight: 1.5 };
    if (AUX_EN.has(w0) && w1 !== 't') {
      // An auxiliary then a subject asks ("Can I…", "Is there…", "Does it…"), except "Do it/this/that".
      if (DET_EN.has(w1))
        return w0 === 'do' && ['it', 'this', 'that'].includes(w1) ? null : { from: k, to: k + 2, weight: 1.5 };
      // Otherwise ("Will buy a second one…") compromise parses the sentence: slower, so only here.
      if (englishQuestion(r, k, to)) return { from: k, to: k + 1, weight: 1.5 };
    }
    return null;
  }
  const { start, end } = originalSpan(r, k, k + 1);
  const original = r.text.slice(start, end).toLowerCase();
  // "Quelle énergie !" exclaims: without a "?", quel* asks only before a verb.
  if (w0.startsWith('quel') && !['est', 'sont', 'etait', 'serait', 'sera', 'type', 'genre'].includes(w1)) return null;
  if (WH_FR.has(w0) && (sentenceStart || !['quand', 'qui'].includes(w0))) return { from: k, to: k + 1, weight: 1.5 };
  if (original === 'où') return { from: k, to: k + 1, weight: 1.5 };
  return null;
}

/** compromise reads English sentences that open on an auxiliary ("Do you know if…", "Will buy…"). */
function englishQuestion(r: Reading, from: number, to: number): boolean {
  const start = originalSpan(r, from, from + 1).start;
  const end = originalSpan(r, to - 1, to).end;
  return nlp(r.text.slice(start, end)).questions().length > 0;
}

export function classifyIntent(text: string, opts: { lang?: Lang } = {}): IntentResult {
  const r = read(text, opts.lang);
  return intentOf(r, sentimentOf(r));
}

/** The cue lexicon's hits, read in context: words inside a link and wished disasters left out, negation applied. */
function cueHits(r: Reading, links: Array<[number, number]>) {
  const out: Array<{ intent: CueIntent; weight: number; span: { start: number; end: number } }> = [];
  for (const h of LEXICONS[r.lang].find(r)) {
    let { intent, weight } = h.value;
    const span = originalSpan(r, h.from, h.to);
    if (links.length > 0 && inLink(links, span)) continue;
    if (intent === 'urgent' && weight > 0 && wished(r, h.from)) continue;
    if (!h.selfNegated && negated(r, h.from)) {
      // "not happy" complains, "never had a problem" praises; a negated fire is no fire.
      if (intent === 'praise') intent = 'complaint';
      else if (intent === 'complaint') intent = 'praise';
      else continue;
      weight *= 0.8;
    }
    out.push({ intent, weight, span });
  }
  return out;
}

/** Complaint and urgent evidence of the cue lexicons alone (IntentResult.events), without the rest. */
export function eventsOf(r: Reading): number {
  let events = 0;
  for (const h of cueHits(r, linkSpans(r.text)))
    if (h.intent === 'complaint' || h.intent === 'urgent') events += h.weight;
  return Math.round(events * 100) / 100;
}

export function intentOf(r: Reading, senti: SentimentDetail): IntentResult {
  const scores: Record<Intent, number> = {
    urgent: 0,
    complaint: 0,
    question: 0,
    purchase_intent: 0,
    praise: 0,
    other: 0,
  };
  const cues: IntentCue[] = [];
  const add = (intent: Intent, w: number, span: { start: number; end: number }) => {
    scores[intent] += w;
    if (w > 0) cues.push({ ...span, intent });
  };
  const links = linkSpans(r.text);
  let events = 0;
  for (const h of cueHits(r, links)) {
    if (h.intent === 'complaint' || h.intent === 'urgent') events += h.weight;
    add(h.intent, h.weight, h.span);
  }
  for (const q of questionCues(r)) add('question', q.weight, originalSpan(r, q.from, q.to));
  // The sentiment lexicon's words are evidence too: "terrible" complains, "gorgeous" praises.
  // A negated word keeps its full weight here: "pas satisfait" is a plain complaint.
  for (const h of senti.hits) {
    if (links.length > 0 && inLink(links, h)) continue;
    const v = h.negated ? h.value / -NEGATION : h.value;
    if (v <= -1) add('complaint', -v * 0.8, h);
    else if (v >= 1) add('praise', v * 0.8, h);
  }
  if (scores.purchase_intent > 0 && contempt(r)) {
    // whoever scorns the brand's buyers is not about to buy: "only clowns still buy from…"
    scores.purchase_intent = 0;
    for (let i = cues.length - 1; i >= 0; i--) if (cues[i]!.intent === 'purchase_intent') cues.splice(i, 1);
  }
  for (const k of INTENTS) scores[k] = Math.round(scores[k] * 100) / 100;
  cues.sort((a, z) => a.start - z.start || a.end - z.end);
  // a spammer's or a rival's pitch asks nothing and buys nothing (a customer's complaint may mention DMs)
  const pitched = pitch(r);
  const intent = pitched >= 3 || (pitched >= 2 && events < 2) ? 'other' : decide(scores);
  return { intent, scores, cues, lang: r.lang, events: Math.round(events * 100) / 100 };
}

function decide(s: Record<Intent, number>): Intent {
  if (s.urgent >= 3) return 'urgent';
  if (s.purchase_intent >= 2.5 && s.purchase_intent >= s.complaint) return 'purchase_intent';
  if (s.complaint >= 2 && s.complaint > s.praise) return 'complaint';
  if (s.question >= 1.5) return 'question';
  if (s.purchase_intent >= 2 && s.purchase_intent >= s.complaint) return 'purchase_intent';
  if (s.praise >= 1.5 && s.praise > s.complaint) return 'praise';
  if (s.complaint >= 1.5) return 'complaint';
  return 'other';
}
