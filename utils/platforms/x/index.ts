// X as Tact sees it: its plain data (../descriptor-data.ts), its adapter and its reply box.
import { platformData } from '../descriptor-data';
import type { PlatformDescriptor } from '../types';
import { xAdapter } from './adapter';
import { X_COMPOSER } from './composer';

export const x: PlatformDescriptor<'x'> = { ...platformData('x'), id: 'x', adapter: xAdapter, composer: X_COMPOSER };
