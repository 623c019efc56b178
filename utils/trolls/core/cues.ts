// Text cues of the troll typology (../shared/typology.md), FR and EN, as regular expressions run on
// the ORIGINAL text (case-insensitive, accent-tolerant character classes), so that every match is a
// character span the moderator can see highlighted. Pure data + one helper; no DOM, no network.
import { keyChar, rulePrefixes } from './rule-prefixes';
import type { TrollTypeId } from './typology';

export type CueKind =
  | 'abuse'
  | 'insult_you'
  | 'shouting'
  | 'mocking'
  | 'dehumanising'
  | 'violence'
  | 'threat'
  | 'personal_data'
  | 'mention'
  | 'link'
  | 'phone'
  | 'promo'
  | 'money'
  | 'conspiracy'
  | 'digression'
  | 'politics'
  | 'correction'
  | 'legal'
  | 'condescension'
  | 'demand'
  | 'fake_concern'
  | 'competitor'
  | 'impersonation'
  | 'first_person'
  | 'order'
  | 'after_sales'
  | 'experience'
  | 'counter_speech'
  | 'off_topic'
  | 'repeat'
  | 'history';

// Word boundaries that work on accented text (`\b` does not).
const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const A = "['’]"; // apostrophes

const re = (body: string) => new RegExp(`${B}(?:${body})${E}`, 'giu');
/** Same, with no closing boundary (for patterns ending in punctuation). */
const reOpen = (body: string) => new RegExp(`${B}(?:${body})`, 'giu');

export interface CueRule {
  kind: CueKind;
  /** The rule as written. */
  re: RegExp;
  /**
   * The same without its leading word-boundary lookbehind, which findCues checks by hand: V8 cannot
   * skip ahead to a possible first character through a lookbehind, so the written form tries every
   * position and costs about twice as much.
   */
  scan: RegExp;
  /** Whether `scan` lost a leading boundary that must be checked. */
  bounded: boolean;
  label: { fr: string; en: string };
  /** `scan`, sticky: findCues tries it only where the text starts like one of its prefixes. */
  sticky: RegExp;
}

const rule = (kind: CueKind, r: RegExp, fr: string, en: string): CueRule => {
  const bounded = r.source.startsWith(B);
  const scan = bounded ? new RegExp(r.source.slice(B.length), r.flags) : r;
  return {
    kind,
    re: r,
    scan,
    bounded,
    label: { fr, en },
    sticky: new RegExp(scan.source, scan.flags.replace('g', '') + 'y'),
  };
};

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Whether the code point just before `i` is a letter, a digit or `_` (what `B` forbids). */
function wordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  const cp = pair ? text.codePointAt(i - 2)! : c;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

export const RULES: CueRule[] = [
  // 1 flamer
  rule(
    'insult_you',
    re(
      `t${A}es (?:(?:vraiment|qu${A}|trop|un|une|le|la|grave|juste|encore) ?)*|tu es (?:(?:vraiment|un|une|` +
        `trop|juste) ?)*|vous [eê]tes (?:(?:vraiment|des|d${A}|trop|juste) ?)*|esp[eè]ce d${A}|esp[eè]ce de|` +
        `bande d${A}|bande de|ferme ta gueule|ta gueule|fermez-la|you${A}re (?:(?:such|a|an|so|just|really|` +
        `fucking) ?)*|you are (?:(?:such|a|an|so|just|really) ?)*|ur (?:a|an|so) |shut up|stfu|go to hell|` +
        `va te faire|casse[- ]toi|get lost`,
    ),
    'insulte visant une personne',
    'insult aimed at a person',
  ),
  rule(
    'mocking',
    /(?:🤡|🤣|😂|🙄|💩|🖕|🤮|😆|🥱)+|(?<![\p{L}])(?:lol|lmao|mdr|ptdr|xptdr|loool|haha+|hihi+)(?![\p{L}])/giu,
    'moquerie',
    'mockery',
  ),
  // 2 hate
  rule(
    'dehumanising',
    re(
      'vermines?|cafards?|parasites?|rats|animaux|sous-hommes?|d[eé]g[eé]n[eé]r[eé]s|sauvages|vermin|' +
        'cockroach(?:es)?|subhumans?|animals|savages|infestation|envahisseurs|invaders|voleurs|criminels|' +
        'terroristes|singes|maladie|malades|inf[eé]rieur(?:e|s|es)?|violeurs|thieves|criminals|terrorists|apes|' +
        'monkeys|disease|diseased|inferior|rapists|too stupid|trop b[eê]tes?|retournez (?:dans|chez) (?:votre|' +
        'vous|leur)|rentrez chez vous|go back to (?:your|their) (?:own )?country',
    ),
    'attribut déshumanisant',
    'dehumanising attribute',
  ),
  rule(
    'violence',
    re(
      `(?:il faut|faudrait|on devrait) (?:les |tous les )?(?:tuer|exterminer|br[uû]ler|pendre|fusiller|` +
        `virer)|[àa] (?:exterminer|abattre|pendre)|should (?:all )?be (?:killed|shot|hanged|exterminated|` +
        `burned)|kill (?:them|all)|exterminate|gas them`,
    ),
    'appel à la violence',
    'call to violence',
  ),
  // 3 harasser
  rule(
    'threat',
    re(
      `je sais o[uù] tu (?:habites|vis|bosses|travailles)|on sait o[uù] tu|i know where you (?:live|work)|` +
        `we know where you|tu vas (?:le )?regretter|tu vas payer|you${A}ll regret|you will regret|` +
        `you${A}ll pay|watch your back|fais gaffe [àa] toi|on va te (?:retrouver|trouver|d[eé]foncer|faire)|` +
        `je vais te (?:retrouver|trouver|d[eé]foncer|buter|tuer)|i${A}ll (?:find|hurt|kill|get) you|` +
        `we${A}ll find you|ton adresse|your address|ta famille|your family|tes enfants|your kids`,
    ),
    'menace',
    'threat',
  ),
  rule(
    'personal_data',
    re(
      `(?:habite|vit|lives?) (?:au|[àa]|at|on) \\d+|(?:son|sa|his|her) (?:adresse|address|num[eé]ro|number|` +
        `employeur|employer)|(?:dox|doxx)(?:ed|é)?`,
    ),
    'donnée personnelle',
    'personal data',
  ),
  // 4 spammer
  rule(
    'link',
    /(?:https?:\/\/|www\.)[^\s<>"']+|(?<![\p{L}\p{N}@._-])[a-z0-9-]{2,}\.(?:com|net|org|io|co|fr|ly|me|xyz|info|biz|shop|site|online|store|link|app)(?:\/[^\s<>"']*)?(?![\p{L}\p{N}])/giu,
    'lien',
    'link',
  ),
  rule(
    'phone',
    /(?<![\p{N}])(?:\+?\d{1,3}[\s.-]?)?(?:\(?\d{2,4}\)?[\s.-]?){2,4}\d{2,4}(?![\p{N}])/gu,
    'numéro de téléphone',
    'phone number',
  ),
  rule(
    'promo',
    re(
      `(?:check|visit|go to|sub(?:scribe)? to) (?:out )?my (?:channel|profile|page|bio|site|website|link)|` +
        `subscribe|abonnez[- ]vous|abonne[- ]toi|(?:voir|visitez|allez voir) (?:ma|mon) (?:cha[iî]ne|profil|` +
        `bio|page|site)|(?:dm|pm|inbox|message|text|contact|whatsapp) me|[ée]cri(?:s|vez)[- ]moi|` +
        `(?:infos?|d[ée]tails|plus d${A}infos?) en (?:mp|dm)|contactez[- ]moi|link in (?:my )?bio|` +
        `lien (?:dans|en) (?:ma )?bio|whats ?app|telegram|promo code|` +
        `code promo|free (?:followers|gift|iphone|money)|gratuit(?:e|s)?|click here|cliquez ici`,
    ),
    'autopromotion / contact',
    'self-promotion / contact',
  ),
  rule(
    'money',
    re(
      `crypto(?:s|monnaies?)?|bitcoins?|btc|eth|forex|nft|invest(?:ir|issez|ment|ing)?|trading|trader|` +
        `(?:gagn(?:er|ez|é)|earn(?:ed|ing)?|make|made) (?:\\d+ ?(?:€|\\$|k|euros?|dollars?)|de l${A}argent|` +
        `money|cash)|\\d+ ?(?:€|\\$|euros?|dollars?) (?:par|per|a|/) ?(?:jour|day|semaine|week|mois|month)|` +
        `revenus? passifs?|passive income|account manager|recovery expert|hacker`,
    ),
    'argent / crypto',
    'money / crypto',
  ),
  // 5 conspiracist
  rule(
    'conspiracy',
    re(
      `r[eé]veillez[- ]vous|r[eé]veille[- ]toi|wake up|ouvrez les yeux|open your eyes|` +
        `les m[eé]dias (?:mentent|nous mentent|vous mentent)|m[eé]dias? mainstream|mainstream media|` +
        `(?:the )?media (?:is|are) lying|faites vos (?:propres )?recherches|renseignez[- ]vous|` +
        `do your (?:own )?research|on nous (?:cache|ment)|ils nous (?:cachent|mentent)|` +
        `they don${A}t want you to know|what they don${A}t tell you|ce qu${A}on ne vous dit pas|big pharma|` +
        `sheeple|moutons|complot(?:s)?|cover[- ]?up|5g|chemtrails?|illuminati|nouvel ordre mondial|` +
        `new world order|great reset|grande r[eé]initialisation|pland[eé]mie|plandemic|false flag|` +
        `sous contr[oô]le|controlled by|poison(?:s|n[eé]s?)?|g[eé]nocide|pedo ?gate|deep state|[eé]tat profond|` +
        `la v[eé]rit[eé] (?:cach[eé]e|sur)|the truth about|hidden truth|soros|reptiliens?|reptilians?|` +
        `terre plate|flat earth`,
    ),
    'discours complotiste',
    'conspiracy talk',
  ),
  // 6 derailer
  rule(
    'digression',
    re(
      `et sinon|quelqu${A}un (?:a|sait|conna[iî]t)|qui a (?:vu|regard[eé])|anyone (?:seen|know|knows|watch|` +
        `watched)|who (?:watched|saw)|sinon (?:vous|tu|on) (?:pensez|penses|parle)|rien [àa] voir mais|` +
        `hors[- ]sujet mais|[àa] part [çc]a|au fait|what about|off[- ]topic but|unrelated but|by the way|btw|` +
        `anyway,? what about|et (?:que dire|quid) de|pendant ce temps|meanwhile|parlons plut[oô]t|` +
        `let${A}s talk about`,
    ),
    'digression',
    'digression',
  ),
  rule(
    'politics',
    re(
      `macron|m[eé]lenchon|le pen|zemmour|bardella|gouvernement|[eé]lections?|pr[eé]sidentielles?|politique|` +
        `politiciens?|d[eé]put[eé]s?|gauchistes?|wokes?|wokisme|fachos?|trump|biden|harris|democrats?|` +
        `republicans?|government|politicians?|congress|liberals?|maga|immigration|ukraine|poutine|putin|` +
        `isra[eë]l|gaza|palestine|r[eé]forme des retraites|retraites|pension reform|taxes? carbone|impôts`,
    ),
    'sujet politique',
    'political topic',
  ),
  // 7 lecturer
  rule(
    'correction',
    /(?:^|(?<=\s))\*[\p{L}][\p{L}'’-]*|(?<![\p{L}])(?:on dit|on [eé]crit|[çc]a s['’][eé]crit|c['’]est [«"]?\s?\p{L}+\s?[»"]? (?:et non|pas)|it['’]?s spelled|it['’]?s spelt|you mean|tu veux dire|vous voulez dire|grammar|grammaire|orthographe|conjugaison|spelling|apostrophe|accord du participe|(?:the )?correct (?:word|spelling|term) is|le (?:bon )?terme (?:exact |correct )?(?:est|c['’]est)|faute d['’]orthographe)(?![\p{L}])/giu,
    'correction / « on dit »',
    'correction / "it\'s spelled"',
  ),
  rule(
    'legal',
    re(
      `article [lr]?\\.? ?\\d+(?:-\\d+)*|code (?:de la consommation|civil|p[eé]nal|du travail)|` +
        `conform[eé]ment [àa]|selon (?:la loi|l${A}article|vos (?:cgv|cgu|conditions))|` +
        `la loi (?:vous )?(?:oblige|impose|interdit|pr[eé]voit)|cgv|cgu|rgpd|gdpr|according to (?:the law|` +
        `your terms|section|article)|the law (?:requires|says|states)|terms (?:of service|and conditions)|` +
        `section \\d+|legally (?:required|obliged)|l[eé]galement|juridiquement|jurisprudence|` +
        `directive (?:europ[eé]enne|\\d+)|ill[eé]gal(?:e|es|ement)?|illegal|lawsuit|class action|` +
        `mise en demeure`,
    ),
    'loi / conditions citées',
    'law / terms quoted',
  ),
  rule(
    'condescension',
    re(
      `en fait|actually|apprenez [àa]|apprends [àa]|learn (?:to|how to)|educate yourselves?|` +
        `instruisez[- ]vous|mon (?:petit|pauvre)|ma (?:petite|pauvre)|sweetie|honey|sweetheart|dear|` +
        `tout le monde sait que|everyone knows|any fool knows|it${A}s not that hard|c${A}est pas compliqu[eé]|` +
        `faut suivre|let me explain|laissez[- ]moi vous expliquer|je vous explique|pour votre information|` +
        `for your information|fyi|[eé]videmment|obviously|clearly you|manifestement|basique|basic stuff|` +
        `niveau cm2|community manager (?:d[eé]butant|stagiaire)|votre stagiaire|your intern`,
    ),
    'ton condescendant',
    'condescension',
  ),
  // 8 sealion
  rule(
    'demand',
    reOpen(
      `sources? ?\\?|des sources|vos sources|quelles? sources?|any sources?|your sources?|citation needed|` +
        `des preuves|proof ?\\?|any proof|any evidence|where${A}?s the (?:proof|evidence|source)|` +
        `o[uù] sont les preuves|prouvez[- ]le|prove it|je (?:pose|demande) (?:juste|` +
        `simplement)(?: la question)?|(?:i${A}m |i am )?just asking|simple question|honest question|` +
        `question honn[eê]te|genuinely (?:curious|asking)|sinc[eè]rement curieux|toujours pas de r[eé]ponse|` +
        `still no (?:answer|reply|response)|you (?:still )?haven${A}t answered|` +
        `vous n${A}avez (?:toujours )?pas r[eé]pondu|vous (?:ne )?r[eé]pondez (?:toujours )?pas|` +
        `why won${A}t you answer|pourquoi (?:vous )?(?:ne )?r[eé]pondez[- ]vous pas|pourquoi pas de r[eé]ponse|` +
        `j${A}attends (?:toujours|encore|votre r[eé]ponse)|still waiting|waiting for (?:an|your) answer|` +
        `r[eé]pondez[- ](?:moi|à la question)|answer the question|(?:une|la) question simple|je r[eé]p[eè]te|` +
        `i${A}ll ask again|i repeat|again\\s*:|encore une fois\\s*:`,
    ),
    'demande répétée',
    'repeated demand',
  ),
  rule(
    'fake_concern',
    re(
      `je m${A}inqui[eè]te (?:juste )?pour|je suis (?:juste )?inquiet|i${A}m (?:just )?(?:concerned|worried)|` +
        `just concerned|for your own good|pour votre bien|je dis [çc]a pour vous|i${A}m only saying|` +
        `i say this as a (?:fan|customer)|en tant que fan|as a (?:loyal )?fan|je dis [çc]a je dis rien|` +
        `n${A}est-ce pas un peu|isn${A}t it a bit`,
    ),
    'fausse inquiétude',
    'fake concern',
  ),
  // 9 astroturfer
  rule(
    'competitor',
    re(
      `(?:passez|passe|allez|go|switch(?:ed)?|move|moved|j${A}ai switch[eé]|je suis pass[eé]e?) (?:chez|to|` +
        `over to|sur)|(?:bien |beaucoup |tellement |way |much |so much )?(?:meilleurs?|meilleures?|better|` +
        `cheaper|moins chers?) (?:que|than|chez)|je recommande|i recommend|je conseille|` +
        `try (?:\\p{L}+ )?instead|essayez plut[oô]t|prenez plut[oô]t|allez plut[oô]t|use (?:\\p{L}+ )?instead|` +
        `chez la concurrence|the competition|leur concurrent|their competitor|100 ?% (?:satisfait|satisfied)|` +
        `best (?:brand|product|service) ever|incroyable marque|amazing brand`,
    ),
    'promotion d’un concurrent',
    'competitor promotion',
  ),
  rule(
    'impersonation',
    re(
      `(?:je suis|i am|i${A}m|nous sommes|we are) (?:du |de l${A}|le |la |from |the )?(?:service client|` +
        `support|[ée]quipe|team|customer (?:service|support)|admin|mod[eé]rat(?:eur|or))|(?:service client|` +
        `support|customer service) officiel|official (?:support|account|page|team)|compte officiel|` +
        `contactez notre (?:service|support)|contact our (?:support|agent)`,
    ),
    'usurpation',
    'impersonation',
  ),
  // 10 unhappy customer
  rule(
    'first_person',
    reOpen(`[jm]${A}(?=\\p{L})|(?:je|moi|mon|ma|mes|nous|notre|nos|i|i${A}ve|i${A}m|i${A}d|my|me|mine|we|our|us)${E}`),
    'première personne',
    'first person',
  ),
  rule(
    'order',
    re(
      `(?:commande|order|colis|parcel|package|ticket|dossier|facture|invoice|r[eé]f[eé]rence|ref|suivi|` +
        `tracking)\\s*(?:n[°o]\\.?|#|num[eé]ro|number|no\\.?)?\\s*:?\\s*[a-z]{0,4}-?\\d{4,}|#\\d{4,}|` +
        `n°\\s*\\d{3,}|(?:mon|ma|mes|my|our|notre) \\p{L}+ \\d+|(?:mon|ma|mes|my|our|notre|votre|vos|` +
        `your) (?:nouve(?:au|l|lle)|new|\\p{L}+ )?(?:[ée]cran|screen|trottinette|scooter|routeur|router|modem|` +
        `enceinte|speaker|frigo|fridge|four|oven|lunettes|glasses|matelas|mattress|t[eé]l[eé]phone|phone|` +
        `t[eé]l[eé]|tv|tele|ordinateur|ordi|pc|laptop|machine|lave-linge|frigo|canap[eé]|v[eé]lo|bike|voiture|` +
        `car|casque|headphones|montre|watch|aspirateur|vacuum|produit|product|article|item|achat|purchase|` +
        `abonnement|subscription|forfait|plan|box|box internet|carte|card|compte|account|colis|commande|order|` +
        `parcel|package|chaussures|shoes|robe|veste|jacket|imprimante|printer|tablette|tablet|console|manette|` +
        `controller|batterie|battery|chargeur|charger|appareil|device)s?|(?:achet[eé]e?s?|command[eé]e?s?|` +
        `bought|ordered|purchased|re[çc]ue?s?|received) (?:(?:un|une|le|la|les|des|a|an|the|my|mon|ma|mes|it|` +
        `ce|cette|this)\\b ?)?|(?:achet[eé]e?s?|command[eé]e?s?|pay[eé]e?s?) (?:chez vous|sur votre site)|` +
        `(?:bought|ordered|purchased) (?:from you|on your (?:site|website|app))`,
    ),
    'commande / produit nommé',
    'order / product named',
  ),
  rule(
    'after_sales',
    re(
      `chauffe|surchauffe|overheat(?:s|ing)?|bugu?e?s?|plante|crash(?:es|ed)?|fendue?s?|split|leak(?:s|ing)?|` +
        `fuit|ray[eé]e?|scratched|support|hotline|r[eé]paration|r[eé]parer|repair|died|dead|mort|fissur[eé]e?|` +
        `cracked|commandes?|command[eé]e?s?|livraisons?|livr[eé]e?s?|livreur|rembours(?:ement|ements|er|ez|` +
        `[eé]e?s?)|sav|service (?:client|apr[eè]s[- ]vente)|retours?|renvoy[eé]|[ée]change|garantie|` +
        `sous garantie|colis|facture|factur[eé]e?s?|r[eé]clamations?|d[eé]fectueu(?:x|se)|cass[eé]e?s?|` +
        `en panne|ne (?:marche|fonctionne) (?:plus|pas)|marche pas|fonctionne pas|jamais re[çc]ue?|` +
        `toujours pas re[çc]ue?|en retard|retard|d[eé]bit[eé]e?s?|pr[eé]lev[eé]e?s?|annul(?:er|ation|[eé]e?)|` +
        `abonnement|r[eé]siliation|orders?|ordered|refunds?|refunded|deliver(?:y|ies|ed)|shipping|shipped|` +
        `shipment|tracking|warranty|guarantee|returns?|returned|replacement|exchange|customer (?:service|` +
        `support)|support ticket|invoice|charged|billed|cancel(?:led|lation)?|broken|defective|faulty|damaged|` +
        `doesn${A}t work|does not work|stopped working|never arrived|never received|late|delayed|wrong (?:item|` +
        `size|product|colou?r|model)|mauvais(?:e)? (?:article|taille|produit|couleur|mod[eè]le)|missing|` +
        `en attente|d${A}attente au t[eé]l[eé]phone|on hold|raccroch[eé]|hung up|personne ne (?:r[eé]pond|` +
        `rappelle|me r[eé]pond)|nobody (?:answers|calls back|replies)|sans r[eé]ponse|no (?:reply|answer|` +
        `response)|pris feu|caught fire|gr[eé]sille|crackles?|clignote|blinks|red[eé]marre en boucle|` +
        `boot ?loop|bricked|bloqu[eé]e?|a l[aâ]ch[eé]|gave up|tomb[eé]e? en panne|broke down|sans (?:internet|` +
        `connexion|r[eé]seau)|without (?:internet|signal|service)|transporteur|courier|` +
        `marqu[eé]e? (?:comme )?livr[eé]e?|marked (?:as )?delivered|r[eé]sili[eé]e?|cancelled|canceled|` +
        `after[- ]sales|(?:une )?vraie r[eé]ponse|r[eé]ponse s[eé]rieuse|a real (?:answer|reply)|` +
        `automated (?:message|reply|response)|(?:message|r[eé]ponse) automatique`,
    ),
    'après-vente',
    'after-sales',
  ),
  rule(
    'experience',
    re(
      `j${A}ai (?:achet[eé]|re[çc]u|command[eé]|pay[eé]|appel[eé]|attendu|contact[eé]|[ée]crit|relanc[eé])|` +
        `j${A}attends|j${A}appelle|(?:ça|cela) fait (?:\\d+|un|une|deux|trois) (?:jours?|semaines?|mois|fois)|` +
        `(?:\\d+|deux|trois|quatre) fois|depuis (?:\\d+|un|une|deux|trois) (?:jours?|semaines?|mois)|` +
        `toujours pas (?:re[çc]u|rembours[eé]|livr[eé])|i (?:bought|received|ordered|paid|called|waited|` +
        `contacted|emailed)|i${A}ve been (?:waiting|calling|charged)|been waiting|i${A}m calling|` +
        `still (?:haven${A}t|have not|not) (?:got|gotten|received|been)|(?:\\d+|second|third|fourth|2nd|` +
        `3rd) times?|for (?:\\d+|a|two|three) (?:days|weeks|months)|il y a (?:\\d+|un|une|deux|trois|` +
        `quelques) (?:jours?|semaines?|mois|ans?)|(?:\\d+|a|one|two|three|a few) (?:days?|weeks?|months?|` +
        `years?) ago|(?:\\d+|une|deux|trois|quatre) semaines? sans|(?:\\d+|one|two|three|four) weeks? without|` +
        `au bout de (?:\\d+|quelques|une?|deux|trois)|after (?:\\d+|a few|one|two|three) (?:km|miles|days|` +
        `weeks|months|uses)|(?:deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|2e|3e|4e|5e) (?:fois|mail|` +
        `e-mail|appel|relance|message)|(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:time|email|e-mail|call|` +
        `message)|je n${A}ai (?:rien|jamais|toujours pas) re[çc]u|i (?:got|received) nothing|` +
        `pr[eé]vue? (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|le \\d+)|(?:\\d+|une|deux|` +
        `trois) (?:minutes?|heures?|hours?) (?:on hold|d${A}attente|au t[eé]l[eé]phone|on the phone|waiting)|` +
        `(?:was )?due (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)`,
    ),
    'expérience vécue',
    'first-hand experience',
  ),
  // lowers abuse-based types
  rule(
    'counter_speech',
    re(
      `c${A}est (?:du |de la )?(?:racis|sexis|homophob|haine|hate)|(?:arr[eê]te[zr]?|stop) (?:de dire|` +
        `de traiter|saying|calling)|(?:dire|traiter|appeler|saying|calling) .{1,60} (?:est|c${A}est|` +
        `is) (?:inacceptable|d[eé]gueulasse|honteux|faux|wrong|not ok|unacceptable|disgusting|racist|raciste|` +
        `sexiste|sexist)|n${A}est pas (?:acceptable|ok|normal)|is not (?:ok|okay|acceptable)|isn${A}t (?:ok|` +
        `okay|acceptable)|(?:je|i) (?:condamne|condemn|signale|report)|pas de place pour|no place for|` +
        `on ne dit pas|we don${A}t say|signal[eé] pour|reported for`,
    ),
    'contre-discours',
    'counter-speech',
  ),
];

/** Which troll type each kind is evidence for, and how strong one match is. */
export const KIND_EVIDENCE: Partial<Record<CueKind, { type: TrollTypeId; w: number }>> = {
  insult_you: { type: 'flamer', w: 0.3 },
  mocking: { type: 'flamer', w: 0.25 },
  shouting: { type: 'flamer', w: 0.3 },
  dehumanising: { type: 'hate', w: 0.45 },
  violence: { type: 'hate', w: 0.6 },
  threat: { type: 'harasser', w: 0.7 },
  personal_data: { type: 'harasser', w: 0.6 },
  link: { type: 'spammer', w: 0.45 },
  phone: { type: 'spammer', w: 0.5 },
  promo: { type: 'spammer', w: 0.5 },
  money: { type: 'spammer', w: 0.35 },
  conspiracy: { type: 'conspiracist', w: 0.5 },
  digression: { type: 'derailer', w: 0.5 },
  politics: { type: 'derailer', w: 0.25 },
  correction: { type: 'lecturer', w: 0.55 },
  legal: { type: 'lecturer', w: 0.5 },
  condescension: { type: 'lecturer', w: 0.35 },
  demand: { type: 'sealion', w: 0.5 },
  fake_concern: { type: 'sealion', w: 0.45 },
  competitor: { type: 'astroturfer', w: 0.5 },
  impersonation: { type: 'astroturfer', w: 0.55 },
};

export interface Match {
  start: number;
  end: number;
  kind: CueKind;
  label: { fr: string; en: string };
}

// --- where each rule can match -------------------------------------------------------------------
// Each rule is one bit. CLOSURE maps every beginning (1 to 3 characters, keyChar form) of every
// prefix of a rule (rule-prefixes.ts) to the rules that have it, SHORT maps the prefixes shorter than
// 3 characters; ALWAYS holds the rules run the old way, with a global scan.
const CLOSURE = new Map<number, number>();
const SHORT = new Map<number, number>();
let ALWAYS = 0;
let ALL = 0;
let FILTERED = 0;
const key = (len: number, c0: number, c1: number, c2: number) => len | (c0 << 2) | (c1 << 11) | (c2 << 20);
const keyOf = (s: string) => key(s.length, s.charCodeAt(0) || 0, s.charCodeAt(1) || 0, s.charCodeAt(2) || 0);
let ready = false;
// built on the first findCues call (a few ms), not when a page loads the module
function buildTables() {
  ready = true;
  RULES.forEach((r, ri) => {
    const prefixes = ri < 30 ? rulePrefixes(r.scan.source) : null;
    // only rules with a leading word boundary are filtered (tried at word starts only); the four
    // without one (mockery, link, phone, correction) may begin inside a word: one global scan each
    if (prefixes === null || !r.bounded) {
      if (ri < 30) ALWAYS |= 1 << ri;
      return;
    }
    for (const p of prefixes) {
      if (p.length < 3) SHORT.set(keyOf(p), (SHORT.get(keyOf(p)) ?? 0) | (1 << ri));
      for (let j = 1; j <= p.length; j++)
        CLOSURE.set(keyOf(p.slice(0, j)), (CLOSURE.get(keyOf(p.slice(0, j))) ?? 0) | (1 << ri));
    }
  });
  ALL = 2 ** Math.min(RULES.length, 30) - 1;
  FILTERED = ALL & ~ALWAYS;
}

/** The rules that can match from `i` on, as bits. */
function candidates(text: string, i: number): number {
  const c0 = i < text.length ? keyChar(text.charCodeAt(i)) : -1;
  if (c0 < 0) return ALL; // not pinned down: every rule is tried here
  const c1 = i + 1 < text.length ? keyChar(text.charCodeAt(i + 1)) : -1;
  if (c1 < 0) return (CLOSURE.get(key(1, c0, 0, 0)) ?? 0) | ALWAYS;
  const c2 = i + 2 < text.length ? keyChar(text.charCodeAt(i + 2)) : -1;
  const one = SHORT.get(key(1, c0, 0, 0)) ?? 0;
  if (c2 < 0) return one | (CLOSURE.get(key(2, c0, c1, 0)) ?? 0) | ALWAYS;
  return one | (SHORT.get(key(2, c0, c1, 0)) ?? 0) | (CLOSURE.get(key(3, c0, c1, c2)) ?? 0) | ALWAYS;
}

/**
 * All rule matches in `text` (spans in `text`), in order of position. The same as running each rule's
 * written regex globally (tests/unit/cues.test.ts checks it) but about twice as fast: a rule with a
 * leading word boundary and known prefixes is tried, sticky, only at the word starts where the text
 * begins like one of its prefixes, in increasing order and from the end of the previous match on,
 * which is what a global scan does (it finds the first position where the rule matches). The other
 * rules run as a global scan.
 */
export function findCues(text: string): Match[] {
  if (!ready) buildTables();
  const out: Match[] = [];
  // the word starts (what a leading boundary allows) and the filtered rules that can match at each
  const at: number[] = [];
  const can: number[] = [];
  let any = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    if (!wordBefore(text, i)) {
      const c = candidates(text, i) & FILTERED;
      if (c) {
        at.push(i);
        can.push(c);
        any |= c;
      }
    }
    i += cp > 0xffff ? 2 : 1;
  }
  RULES.forEach((r, ri) => {
    const bit = ri < 30 ? 1 << ri : 0;
    if (FILTERED & bit) {
      if (!(any & bit)) return;
      const re = r.sticky;
      let from = 0;
      for (let k = 0; k < at.length; k++) {
        const p = at[k]!;
        if (!(can[k]! & bit) || p < from) continue;
        re.lastIndex = p;
        const m = re.exec(text);
        if (!m || m[0].length === 0) continue;
        from = p + m[0].length;
        push(r, m[0], p);
      }
      return;
    }
    const re = r.scan;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (r.bounded && wordBefore(text, m.index)) {
        // not a match of the written rule here: try again from the next code point
        re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
        continue;
      }
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      push(r, m[0], m.index);
    }
  });
  function push(r: CueRule, m: string, start: number) {
    let end = start + m.length;
    while (end > start + 1 && /\s/.test(text[end - 1]!)) end--;
    if (r.kind === 'phone' && (m.replace(/\D/g, '').length < 8 || /^\d{4}$/.test(m.trim()))) return;
    out.push({ start, end, kind: r.kind, label: r.label });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
