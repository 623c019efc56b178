// LinkedIn as Tact sees it: its plain data (../descriptor-data.ts), its adapter and its reply box.
import { platformData } from '../descriptor-data';
import type { PlatformDescriptor } from '../types';
import { linkedinAdapter } from './adapter';
import { LINKEDIN_COMPOSER } from './composer';

export const linkedin: PlatformDescriptor<'linkedin'> = {
  ...platformData('linkedin'),
  id: 'linkedin',
  adapter: linkedinAdapter,
  composer: LINKEDIN_COMPOSER,
};
