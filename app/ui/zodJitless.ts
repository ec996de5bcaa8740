// zod compiles validators with new Function when it may; the page's CSP forbids eval, so ask it not to try.
// This must run before any schema is built: zod probes for eval when a z.object() is created (at module
// load of the domain's schema), and a strict CSP reports that probe as a violation even though zod
// catches the error. So main.tsx imports this module first, before anything that imports a schema.
import * as z from 'zod/mini';

z.config({ jitless: true });
