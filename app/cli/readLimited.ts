// Reading a file or standard input, never more than the limit plus one byte: /dev/zero or an endless
// pipe must end in a refusal, not in gigabytes of memory.
import { closeSync, openSync, readSync } from 'node:fs';

export type LimitedRead = { ok: true; text: string } | { ok: false; tooLarge: true };

/** Whether a read error means "no data yet" on a non-blocking standard input. */
function wouldBlock(error: unknown): boolean {
  return (error as { code?: string }).code === 'EAGAIN';
}

/** Reads `fd` to its end, or until more than `limit` bytes came. Decodes UTF-8 as the browser does (a BOM is dropped). */
export function readFdLimited(fd: number, limit: number): LimitedRead {
  // The buffer grows as the input does (doubling, so copying stays linear): a small file costs no 10 MB allocation.
  let buffer = Buffer.allocUnsafe(Math.min(limit + 1, 64 * 1024));
  let length = 0;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (length <= limit) {
    if (length === buffer.length) {
      const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    let read: number;
    try {
      read = readSync(fd, buffer, length, buffer.length - length, null);
    } catch (error) {
      if (!wouldBlock(error)) throw error;
      Atomics.wait(pause, 0, 0, 10);
      continue;
    }
    if (read === 0) break;
    length += read;
  }
  if (length > limit) return { ok: false, tooLarge: true };
  return { ok: true, text: new TextDecoder('utf-8').decode(buffer.subarray(0, length)) };
}

export function readFileLimited(path: string, limit: number): LimitedRead {
  const fd = openSync(path, 'r');
  try {
    return readFdLimited(fd, limit);
  } finally {
    closeSync(fd);
  }
}
