// npm run validate -- FILE [--json]: the validate command, run from the TypeScript sources.
import { runCli } from './main.ts';
import { nodeIo } from './nodeIo.ts';

process.exitCode = runCli(['validate', ...process.argv.slice(2)], nodeIo());
