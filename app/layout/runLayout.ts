// Runs the automatic layout in a Web Worker, with progress and a way to cancel (ending the worker).
// Where there is no Worker (tests in node), it runs here, cancellable between parts.
import type { Topology } from '../domain/model.ts';
import type { AutoLayoutOptions } from './autoLayout.ts';
import type { LayoutReply, LayoutRequest } from './layout.worker.ts';

/** One worker is kept between layouts, so that ELK is loaded once; a cancelled one is ended. */
let idle: Worker | null = null;

export async function layoutInWorker(doc: Topology, options: AutoLayoutOptions = {}): Promise<Topology> {
  const { signal, onProgress } = options;
  if (typeof Worker === 'undefined') {
    const { autoLayout } = await import('./autoLayout.ts');
    return autoLayout(doc, options);
  }
  signal?.throwIfAborted();
  const worker = idle ?? new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'trunkline-layout' });
  idle = null;
  return new Promise<Topology>((resolve, reject) => {
    const finish = (reusable: boolean) => {
      worker.onmessage = null;
      worker.onerror = null;
      signal?.removeEventListener('abort', onAbort);
      if (reusable && idle === null) idle = worker;
      else worker.terminate();
    };
    const onAbort = () => {
      finish(false);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else {
        finish(true);
        if (message.type === 'done') resolve(message.doc);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(false);
      reject(new Error(event.message || 'the layout could not start'));
    };
    worker.postMessage({ doc, all: options.all === true } satisfies LayoutRequest);
  });
}
