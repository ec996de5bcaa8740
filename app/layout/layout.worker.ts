// The automatic layout off the page's thread: ELK on a large design takes seconds, and the page must
// stay responsive (and able to cancel, which ends this worker) meanwhile.
import type { Topology } from '../domain/model.ts';
import { autoLayout } from './autoLayout.ts';

export interface LayoutRequest {
  doc: Topology;
  all: boolean;
}

export type LayoutReply = { type: 'progress'; done: number; total: number } | { type: 'done'; doc: Topology } | { type: 'error'; message: string };

const reply = (message: LayoutReply) => self.postMessage(message);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { doc, all } = event.data;
  autoLayout(doc, { all, onProgress: (done, total) => reply({ type: 'progress', done, total }) }).then(
    (laid) => reply({ type: 'done', doc: laid }),
    (error: unknown) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
