// The `trunkline` command (bin/trunkline.js runs this file compiled to JavaScript, for a fast start).
import { runCli } from './main.ts';
import { nodeIo } from './nodeIo.ts';

process.exitCode = runCli(process.argv.slice(2), nodeIo());
