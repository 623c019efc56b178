// zod, configured once for extension pages: MV3's content security policy forbids `new Function`,
// and zod 4's speed-up probe for it is reported by `web-ext lint`, so compile without it.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
