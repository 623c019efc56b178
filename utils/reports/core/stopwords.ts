// French and English words too common to be a topic (articles, pronouns, auxiliaries, fillers and
// the social-media words every mention has). Lower case, accents kept as typed.
const EN = `a about above after again against all am an and any are aren as at be because been before being
below between both but by can can't cannot could couldn did didn do does doesn doing don down during each
few for from further get got had hadn has hasn have haven having he her here hers herself him himself his how
i if in into is isn it it's its itself just let me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that that's the their theirs them
themselves then there these they this those through to too under until up very was wasn we were weren what
when where which while who whom why will with won would wouldn you your yours yourself yourselves also
still really yes ok okay hi hello thanks thank please lol im ive dont cant wont its thats just like one two
even much many would via amp http https www com rt`;
const FR = `a à au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs
lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes
toi ton tu un une vos votre vous c d j l m n s t y été être avoir ai as avons avez ont suis es est sommes êtes
sont fait faire ça ceci cela plus moins très tout tous toute toutes bien aussi encore si non oui merci bonjour
salut alors comme donc car quand depuis chez sans sous entre vers déjà ici là rien quoi peu trop avant après
été était étaient sera serait ont avait fois jamais toujours quelque chose chaque autre autres ni cest jai
qu'il qu'elle c'est j'ai n'est d'un d'une l'on svp stp mdr est-ce est-il est-elle peut-on y-a-t-il`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${EN} ${FR}`.split(/\s+/).filter(Boolean));
