// Every platform's adapter by platform id: the one place that lists them.
import type { Platform } from './ids';
import type { Adapter } from './types';
import { facebookAdapter } from './facebook/adapter';
import { linkedinAdapter } from './linkedin/adapter';
import { redditAdapter } from './reddit/adapter';
import { xAdapter } from './x/adapter';

export const ADAPTERS: Record<Platform, Adapter> = {
  x: xAdapter,
  facebook: facebookAdapter,
  reddit: redditAdapter,
  linkedin: linkedinAdapter,
};
