// npm run validate -- FILE [--json]
import { readFileSync } from 'node:fs';
import { runValidator } from './validator.ts';

const status = runValidator(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = status;
