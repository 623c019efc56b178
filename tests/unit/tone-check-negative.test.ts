import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../utils/text/fold';
import { firstChars, MARKERS } from '../../utils/tone/core/negative';
import { applyFix, checkDraft, type CheckOptions } from '../../utils/tone/core/check';
import { toneProfileSchema } from '../../utils/tone/core/profile';

// A profile with nothing else to flag: no signature, no banned word, any emoji, no form of address.
const P = toneProfileSchema.parse({ name: 'Plain', language: 'fr', languages: ['fr', 'en'], emoji: 'free' });
const cold = (draft: string, lang: 'fr' | 'en', opts: Partial<CheckOptions> = {}) =>
  checkDraft(draft, P, { platform: 'facebook', lang, ...opts }).filter((p) => p.kind === 'negative_tone');
const found = (draft: string, lang: 'fr' | 'en') => cold(draft, lang).map((p) => draft.slice(p.start, p.end));
const fixed = (draft: string, lang: 'fr' | 'en') => {
  const p = cold(draft, lang).find((x) => x.fix);
  return p?.fix ? applyFix(draft, p.fix) : null;
};

describe('checkDraft negative tone: cold markers', () => {
  it.each([
    // blame
    ['Vous auriez dû lire la notice.', 'fr', 'Vous auriez dû'],
    ['Il aurait fallu vérifier la taille.', 'fr', 'Il aurait fallu'],
    ["C'était à vous d'aller le chercher.", 'fr', "C'était à vous d"],
    ['Erreur de votre part, désolé.', 'fr', 'Erreur de votre part'],
    ['If you had read the email, you would know.', 'en', 'If you had read'],
    ["That's on you.", 'en', "That's on you"],
    ['User error, sorry.', 'en', 'User error'],
    // brush-off
    ["Ce n'est pas de notre ressort.", 'fr', 'pas de notre ressort'],
    ['Nous ne sommes pas responsables des retards.', 'fr', 'Nous ne sommes pas responsables'],
    ['Nobody is forcing you to buy it.', 'en', 'Nobody is forcing you'],
    ['We are not responsible for the courier.', 'en', 'We are not responsible'],
    // "as I said"
    ['Comme nous vous l’avons déjà expliqué, le délai est de 10 jours.', 'fr', 'Comme nous vous l’avons déjà expliqué'],
    ['Per my last email, it shipped.', 'en', 'Per my last email'],
    ['We have explained this twice.', 'en', 'We have explained this twice'],
    // orders
    ['Arrêtez d’écrire tous les jours.', 'fr', 'Arrêtez d'],
    ["We don't tolerate insults.", 'en', "We don't tolerate"],
    ['Stop spamming our page.', 'en', 'Stop spamming'],
    // condescension, sarcasm
    ["C'est pourtant écrit noir sur blanc.", 'fr', "C'est pourtant écrit"],
    ["It's not rocket science.", 'en', "It's not rocket science"],
    ['Thanks for nothing.', 'en', 'Thanks for nothing'],
    // bare refusals
    ['Non.', 'fr', 'Non'],
    ['No!', 'en', 'No'],
    ['Nous ne pouvons pas vous rembourser.', 'fr', 'Nous ne pouvons pas'],
    ['Refund denied.', 'en', 'Refund denied'],
  ] as const)('returns negative_tone when the draft is %j', (draft, lang, span) => {
    expect(found(draft, lang)).toContain(span);
  });

  it('finds the marker whatever the case and accents', () => {
    expect(found('VOUS AURIEZ DU LIRE LA NOTICE', 'fr')).toEqual(['VOUS AURIEZ DU']);
    expect(found('calmez vous svp', 'fr')).toEqual(['calmez vous']);
  });

  it('names why the phrase is cold, in French and English', () => {
    const [p] = cold('Vous auriez dû lire la notice.', 'fr');
    expect(p!.message.fr).toContain('rejette la faute sur le client');
    expect(p!.message.en).toContain('blames the customer');
  });

  it('returns nothing when the reply is not to a customer', () => {
    expect(cold("Ce n'est pas notre problème.", 'fr', { customer: false })).toEqual([]);
  });
});

describe('checkDraft negative tone: polite look-alikes', () => {
  it.each([
    ['Nous ne voulons pas que vous attendiez : un conseiller vous appelle.', 'fr'],
    ['Rien de plus frustrant, nous comprenons.', 'fr'],
    ["Impossible n'est pas Acme : nous trouvons une solution.", 'fr'],
    ['Malheureusement, le modèle est épuisé, nous en sommes désolés.', 'fr'],
    ['Malheureusement le modèle est épuisé. Nous pouvons vous proposer la version bleue.', 'fr'],
    ["Il n'est malheureusement pas possible de changer l'adresse, mais nous pouvons la rediriger.", 'fr'],
    ['Nous refusons de vous laisser sans solution.', 'fr'],
    ['Unfortunately it is sold out, we are so sorry.', 'en'],
    ["We can't see your order yet, could you send the number?", 'en'],
    ["We can't wait to hear from you!", 'en'],
    ["We won't stop until it works.", 'en'],
    ["It's impossible to say no to that smile!", 'en'],
    ['No problem, we swapped the size.', 'en'],
    ['Nous aurions dû vous prévenir, toutes nos excuses.', 'fr'],
  ] as const)('returns no negative_tone when the draft is %j', (draft, lang) => {
    expect(found(draft, lang)).toEqual([]);
  });

  it('still flags a strong marker next to an apology', () => {
    expect(found('Désolé, mais ce n’est pas notre problème.', 'fr')).toEqual(['pas notre problème']);
    expect(found('Sorry not sorry, those are the rules.', 'en')).toContain('Sorry not sorry');
  });
});

describe('checkDraft negative tone: fixes', () => {
  it('replaces blame with advice', () => {
    expect(fixed('Vous auriez dû lire la notice.', 'fr')).toBe('Nous vous conseillons de lire la notice.');
  });

  it('replaces an order to calm down with empathy', () => {
    expect(fixed('Calmez-vous, nous regardons.', 'fr')).toBe('Nous comprenons votre agacement, nous regardons.');
    expect(fixed('Relax, it will arrive.', 'en')).toBe('We understand your frustration, it will arrive.');
  });

  it('removes an "as I said" lead-in followed by a comma', () => {
    expect(fixed('Comme déjà dit, le délai est de 10 jours.', 'fr')).toBe('Le délai est de 10 jours.');
    expect(fixed('Hi Dan, as stated in our terms, refunds take 14 days.', 'en')).toBe('Hi Dan, refunds take 14 days.');
  });

  it('offers no removal when the lead-in is not followed by a comma', () => {
    const [p] = cold('Comme déjà dit hier le délai est de 10 jours.', 'fr');
    expect(p).toBeDefined();
    expect(p!.fix).toBeUndefined();
  });

  it('removes a bare "unfortunately"', () => {
    expect(fixed('Unfortunately, we cannot help.', 'en')).toBe('We cannot help.');
  });
});

describe('findCold dispatch by first character', () => {
  // Only the markers that can start with a word's first character are tried there: on every dev draft,
  // each place a marker's own pattern matches must start with a character its first-character set allows.
  const drafts = readFileSync(path.resolve(import.meta.dirname, '../fixtures/tone-check-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => fold((JSON.parse(l) as { text: string }).text).text);

  it('returns first-character sets that contain the start of every match on the dev drafts', () => {
    let matches = 0;
    for (const mk of MARKERS) {
      const first = firstChars(mk.source);
      for (const d of drafts)
        for (const x of d.matchAll(mk.re)) {
          matches++;
          if (first !== null)
            expect(first.has(d[x.index]!), `${mk.source} at ${JSON.stringify(d.slice(x.index, x.index + 30))}`).toBe(
              true,
            );
        }
    }
    expect(matches).toBeGreaterThan(100);
  });

  it('returns the possible first characters of a pattern', () => {
    expect([...firstChars('(?:vous|tu) (?:auriez|aurais)'.replace(/ /g, '\\s+'))!].sort()).toEqual(['t', 'v']);
    expect([...firstChars('(?:re)?read')!].sort()).toEqual(['r']);
    expect([...firstChars('(?<=,\\s*)point')!]).toEqual(['p']);
    expect(firstChars('\\p{L}+ieme')).toBeNull();
    expect(firstChars('(?:a)?')).toBeNull();
  });
});
