// The CLI's input and output in node: bounded reads, lines to stdout and stderr, files written.
import { writeFileSync, writeSync } from 'node:fs';
import type { CliIo } from './main.ts';
import { type LimitedRead, readFdLimited, readFileLimited } from './readLimited.ts';
import { MAX_INPUT_BYTES, TOO_LARGE } from './validator.ts';

function textOf(read: LimitedRead): string {
  if (!read.ok) throw Object.assign(new Error('too large'), { code: TOO_LARGE });
  return read.text;
}

/**
 * Writes text to fd 1 or 2 with writeSync, as process.stdout does for files and pipes, without loading
 * node's stream modules (a good part of a short command's start). A reader that goes away (`… | head`)
 * is no error: stop writing to it, quietly, as Unix tools do; the exit status is still the verdict's.
 */
const gone = new Set<number>();

function writeText(fd: number, text: string): void {
  if (gone.has(fd)) return;
  const bytes = Buffer.from(text);
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        gone.add(fd);
        return;
      }
      // A non-blocking pipe that is full: wait for the reader.
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

export function nodeIo(): CliIo {
  return {
    readFile: (path) => textOf(readFileLimited(path, MAX_INPUT_BYTES)),
    readStdin: () => textOf(readFdLimited(0, MAX_INPUT_BYTES)),
    out: (line) => writeText(1, `${line}\n`),
    writeOut: (text) => writeText(1, text),
    writeFile: (path, text) => writeFileSync(path, text),
    err: (line) => writeText(2, `${line}\n`),
  };
}
