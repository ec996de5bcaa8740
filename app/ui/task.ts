// Long work (layout in a worker, reading a large file) shown as a task with progress and Cancel.
// Work that ends within a quarter second shows nothing, so that small designs do not flash a notice.
import type { Editor } from './editor.ts';

const SHOW_AFTER_MS = 250;

export function isCancel(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted && error === signal.reason;
}

export async function withTask<T>(editor: Editor, text: string, work: (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
  const session = editor.session.getState();
  const controller = new AbortController();
  let id: number | null = null;
  let last: [number, number] = [0, 0];
  const timer = setTimeout(() => {
    id = session.startTask(text, () => controller.abort(new DOMException('The work was cancelled.', 'AbortError')));
    session.progressTask(id, ...last);
  }, SHOW_AFTER_MS);
  try {
    return await work(controller.signal, (done, total) => {
      last = [done, total];
      if (id !== null) session.progressTask(id, done, total);
    });
  } finally {
    clearTimeout(timer);
    if (id !== null) session.endTask(id);
  }
}
