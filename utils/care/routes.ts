// Community care's messages (care.*): newcomers welcomed, incidents declared, closed and worked
// through their checklist. Contract only: the entity schemas live in care/core/.
import { z } from '../shared/zod';
import { incidentViewSchema } from './core/crisis-kit';
import { route } from '../messaging/route';

const itemKey = z.string().min(1).max(300);
const incidentId = z.string().min(1).max(100);

export const careRoutes = {
  /** The CM welcomed the author of `key` (also recorded when a welcome suggestion is inserted). */
  'care.welcomed': route(['content', 'page'], z.object({ key: itemKey }), z.object({ updated: z.boolean() })),
  /** A CM declares an incident by hand for a brand (one open incident per brand: the open one is answered). */
  'care.incident.declare': route(
    ['page'],
    z.object({ brandId: z.string().min(1).max(100), note: z.string().trim().max(2000).default('') }),
    incidentViewSchema,
  ),
  /** Closes an incident by hand with a short post-mortem (the strategic report shows it). */
  'care.incident.close': route(
    ['page'],
    z.object({ id: incidentId, postmortem: z.string().trim().max(4000) }),
    incidentViewSchema.nullable(),
  ),
  /** Ticks (or unticks) a checklist step of an incident: timed, with who. */
  'care.incident.tick': route(
    ['page'],
    z.object({ id: incidentId, checkId: z.string().min(1).max(40), done: z.boolean() }),
    incidentViewSchema.nullable(),
  ),
} as const;
