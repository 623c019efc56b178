// Every platform Tact works on, whole (data + adapter + reply box): the list DOM code, the CLI and the
// tests read. Adding a platform: its entry in descriptor-data.ts, its folder, and one line below.
import { PLATFORMS, type Platform } from './descriptor-data';
import type { Adapter, PlatformDescriptor } from './types';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { reddit } from './reddit';
import { x } from './x';

// Keyed by id so the compiler says when a platform of descriptor-data.ts has no descriptor here.
const BY_ID: { readonly [P in Platform]: PlatformDescriptor<P> } = { x, facebook, reddit, linkedin };

/** Every platform, in the order of PLATFORMS. */
export const PLATFORM_LIST: readonly PlatformDescriptor[] = PLATFORMS.map((id) => BY_ID[id]);

/** One platform's descriptor. */
export function platform<P extends Platform>(id: P): PlatformDescriptor<P> {
  return BY_ID[id];
}

/** Each platform's adapter by platform id. */
export const ADAPTERS = Object.fromEntries(PLATFORM_LIST.map((p) => [p.id, p.adapter])) as Record<Platform, Adapter>;
