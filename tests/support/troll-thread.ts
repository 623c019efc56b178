// A Reddit thread as the content script sends it to items.seen, for the background's troll tests: the
// post, a flamer, a spammer and an unhappy customer (the committed model tells them apart).

/** The thread's page. */
export const THREAD_URL = 'https://www.reddit.com/r/acme/comments/1abcde/x/';

/** A comment on the thread's post `t3_a` (or the post itself) by `u/<who>`. */
export const threadItem = (id: string, who: string, text: string, kind = 'comment') => ({
  platform: 'reddit',
  platformId: id,
  kind,
  author: { name: '', handle: `u/${who}`, url: '' },
  text,
  parentId: kind === 'post' ? null : 't3_a',
  rootText: kind === 'post' ? '' : 'RoadRunner 3000 problems? Battery drains in 20 minutes',
});

/** The post, then the flamer's, the spammer's and the unhappy customer's comments. */
export const TROLL_BATCH = [
  threadItem(
    't3_a',
    'sam',
    'RoadRunner 3000 problems? Battery drains in 20 minutes since the update. Anyone else?',
    'post',
  ),
  threadItem('t1_1', 'darkv', 'imagine paying for ACME Corp garbage lmao. you all deserve it, clowns 🤡'),
  threadItem(
    't1_2',
    'fxprofits',
    'Bitcoin doubled my savings in one week. Contact Mr James on WhatsApp +44 7700 900123 for investment tips 📈',
  ),
  threadItem(
    't1_3',
    'paul',
    'Bought mine in March, order #8812. Battery swelled after six weeks and Acme support keeps sending me the ' +
      'same useless copy-paste. What a joke of a company, I want my money back.',
  ),
];
