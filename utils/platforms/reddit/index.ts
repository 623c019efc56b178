// Reddit as Tact sees it: its plain data (../descriptor-data.ts), its adapter and its reply box.
import { platformData } from '../descriptor-data';
import type { PlatformDescriptor } from '../types';
import { redditAdapter } from './adapter';
import { REDDIT_COMPOSER } from './composer';

export const reddit: PlatformDescriptor<'reddit'> = {
  ...platformData('reddit'),
  id: 'reddit',
  adapter: redditAdapter,
  composer: REDDIT_COMPOSER,
};
