// The CLI's input and output in node: bounded reads, lines to stdout and stderr.
import { writeFileSync } from 'node:fs';
import type { CliIo } from './main.ts';
import { type LimitedRead, readFdLimited, readFileLimited } from './readLimited.ts';
import { MAX_INPUT_BYTES, TOO_LARGE } from './validator.ts';

function textOf(read: LimitedRead): string {
  if (!read.ok) throw Object.assign(new Error('too large'), { code: TOO_LARGE });
  return read.text;
}

export function nodeIo(): CliIo {
  // A reader that goes away (`… | head`) is no error: stop writing, quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    readFile: (path) => textOf(readFileLimited(path, MAX_INPUT_BYTES)),
    readStdin: () => textOf(readFdLimited(0, MAX_INPUT_BYTES)),
    out: (line) => process.stdout.write(`${line}\n`),
    writeOut: (text) => process.stdout.write(text),
    writeFile: (path, text) => writeFileSync(path, text),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}
