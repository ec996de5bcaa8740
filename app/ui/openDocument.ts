// Opening a whole design (import, share link, template, restore): laid out when it needs it,
// then put in place as one undoable step, and shown whole.
import i18next from 'i18next';
import { frameSitesAroundNodes, needsLayout } from '../domain/geometry.ts';
import type { Topology } from '../domain/model.ts';
import type { AutoLayoutOptions } from '../layout/autoLayout.ts';
import { checkAhead } from './checks.ts';
import { isLargeDesign, nextTask } from './largeDesign.ts';
import type { Editor } from './editor.ts';
import { fitDesign } from './canvas/fitDesign.ts';
import { isCancel, withTask } from './task.ts';

/** The design with every node placed and every site framed; the layout runs in a worker, only when needed. */
export async function laidOut(doc: Topology, options: AutoLayoutOptions = {}): Promise<Topology> {
  const framed = frameSitesAroundNodes(doc);
  if (!needsLayout(framed)) return framed;
  const { layoutInWorker } = await import('../layout/runLayout.ts');
  return layoutInWorker(framed, options);
}

export async function openDocument(editor: Editor, doc: Topology, mode: 'replace' | 'reset' = 'replace'): Promise<void> {
  let ready: Topology;
  let cancelled = false;
  try {
    ready = await withTask(editor, i18next.t('layout.working', { count: doc.nodes.length }), async (signal, onProgress) => {
      try {
        return await laidOut(doc, { signal, onProgress });
      } catch (error) {
        if (!isCancel(error, signal)) throw error;
        cancelled = true;
        return doc;
      }
    });
  } catch (error) {
    // A failed layout is no reason to refuse the design: show it with the fallback placement.
    editor.session.getState().notify('error', i18next.t('import.layoutFailed', { reason: error instanceof Error ? error.message : String(error) }));
    ready = doc;
  }
  if (cancelled) editor.session.getState().notify('info', i18next.t('layout.cancelled'));
  // The rules check a large design over tasks of their own (the result is kept for the render that follows):
  // checking and drawing in one task would block the page for longer than either.
  if (isLargeDesign(ready)) {
    await checkAhead(ready);
    await nextTask();
  }
  // The view moves first: the new design is then drawn once, at the detail of its own fitted zoom (a large
  // design as a site map, its cards never mounted), not at the old view's detail and then again.
  fitDesign(editor, 0, ready);
  if (mode === 'reset') editor.documents.getState().reset(ready);
  else editor.documents.getState().replace(ready);
  editor.session.getState().select([]);
}
