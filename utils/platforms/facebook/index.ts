// Facebook as Tact sees it: its plain data (../descriptor-data.ts), its adapter and its reply box.
import { platformData } from '../descriptor-data';
import type { PlatformDescriptor } from '../types';
import { facebookAdapter } from './adapter';
import { FACEBOOK_COMPOSER } from './composer';

export const facebook: PlatformDescriptor<'facebook'> = {
  ...platformData('facebook'),
  id: 'facebook',
  adapter: facebookAdapter,
  composer: FACEBOOK_COMPOSER,
};
