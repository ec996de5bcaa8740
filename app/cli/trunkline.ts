// The `trunkline` command (bin/trunkline.js runs this file compiled to JavaScript, for a fast start).
import { runCli } from './main.ts';
import { nodeIo } from './nodeIo.ts';

import { loadPatternEngine } from '../domain/routing/pattern.ts';

// Number patterns are evaluated by re2js, which the browser loads late; the command loads it first.
await loadPatternEngine();
process.exitCode = runCli(process.argv.slice(2), nodeIo());
