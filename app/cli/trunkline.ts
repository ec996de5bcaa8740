// The `trunkline` command (bin/trunkline.js runs this file compiled to JavaScript, for a fast start).
import { runCli } from './main.ts';
import { nodeIo } from './nodeIo.ts';

import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';
import { setPatternEngineLoader } from '../domain/routing/pattern.ts';

// Number patterns are evaluated by re2js, required from node_modules the first time a pattern needs it
// (not bundled: a design without routing never pays for it).
setPatternEngineLoader(() => (createRequire(import.meta.url)('re2js') as { RE2JS: typeof RE2JS }).RE2JS);
process.exitCode = runCli(process.argv.slice(2), nodeIo());
