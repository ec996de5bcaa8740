// The `trunkline` command (bin/trunkline.js runs this file compiled to JavaScript, for a fast start).
import { runCli } from './main.ts';
import { nodeIo } from './nodeIo.ts';

import type { RE2JS } from 're2js';
import { setPatternEngineLoader } from '../domain/routing/pattern.ts';

// Number patterns are evaluated by re2js, required from node_modules the first time a pattern needs it
// (not bundled: a design without routing never pays for it).
// The bundle is CommonJS (scripts/build-cli.mjs): `require` is bin/trunkline.js's, which compiles re2js with its code cache.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle's require, see above
setPatternEngineLoader(() => (require('re2js') as { RE2JS: typeof RE2JS }).RE2JS);
process.exitCode = runCli(process.argv.slice(2), nodeIo());
