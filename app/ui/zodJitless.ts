// zod compiles validators with new Function when it may; the page's CSP forbids eval, so ask it not to try.
// This must run before any schema is built: zod probes for eval when a z.object() is created (at module
// load of the domain's schema), and a strict CSP reports that probe as a violation even though zod
// catches the error. So main.tsx imports this module first, before anything that imports a schema.
// zod keeps its configuration on globalThis.__zod_globalConfig (shared by every copy of zod, read when
// zod loads), so the setting is made without loading zod: zod stays out of the first download and comes
// with the parser, when there is something to read (zodJitless.test.ts proves zod sees it).
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;
export {};
