// Adversarial texts and user data for the fuzz tests of the text functions (issue #13): long runs of one
// character, many placeholders and brand-like tokens, odd Unicode (combining marks, ZWJ emoji, lone
// surrogates, right-to-left marks, NUL). Each text is about `size` UTF-16 units long.

/** `unit` repeated until the text is `size` units long (never splitting the last repetition mid-pair). */
export function runOf(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

export const UNITS: readonly string[] = [
  'a',
  'A',
  ' ',
  '\n',
  '-',
  '!',
  '{agent}',
  '/',
  '/r',
  '@acme ',
  '#acme',
  'acme ',
  'ACME ',
  'a a ',
  'a-',
  '- ',
  'MERCI ',
  'e\u0301',
  'a\u0300\u0301\u0302\u0303\u0304',
  '\u0301',
  '👨‍👩‍👧‍👦',
  '🙂',
  '\u200d',
  '\ud800',
  '\udc00a',
  '\u202e',
  '\u200f',
  '\0',
  'ÉÉ ',
  '1',
  '#1234',
  'http://',
  'https://a.b/',
  'www.',
  'malheureusement ',
  'no worries ',
  'vous tu ',
  'idiot ',
];

/** The adversarial texts of about `size` units: every unit alone, then a few mixed. */
export function adversarialTexts(size: number): string[] {
  const out = UNITS.map((u) => runOf(u, size));
  out.push(runOf('a ', size / 2) + runOf('{agent}', size / 2));
  out.push(runOf('Acme ', size / 2) + '\ud83d' + runOf('!', size / 2));
  out.push('— ' + runOf('a ', size - 20) + ', équipe Acme');
  return out;
}

/** Brand, tone and snippet data made of repeated characters and placeholders, as a hostile team could. */
export const HOSTILE = {
  signatures: [
    '{agent} {agent} {agent} {agent} {agent} {agent} x',
    '{agent}{agent}{agent}{agent}{agent}{agent}',
    runOf('{agent} a ', 190),
    runOf('a', 190),
    '— {agent}, équipe Acme',
    runOf('- ', 190),
  ],
  banned: ['- - - - - - - - - - - -', runOf('a', 200), runOf('aa ', 199), 'e-e-e-e-e-e-e-e', runOf('-', 200), 'a*+?'],
  brands: [runOf('a', 100), runOf('a ', 20), runOf('@a', 100), '#' + runOf('a', 99), 'Acme', 'aaaaa'],
};
