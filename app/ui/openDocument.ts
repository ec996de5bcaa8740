// Opening a whole design (import, share link, template, restore): laid out when it needs it,
// then put in place as one undoable step, and shown whole.
import i18next from 'i18next';
import { frameSitesAroundNodes, needsLayout } from '../domain/geometry.ts';
import type { Topology } from '../domain/model.ts';
import type { Editor } from './editor.ts';
import { fitDesign } from './canvas/fitDesign.ts';

/** The design with every node placed and every site framed; elkjs is loaded only when needed. */
export async function laidOut(doc: Topology): Promise<Topology> {
  const framed = frameSitesAroundNodes(doc);
  if (!needsLayout(framed)) return framed;
  const { autoLayout } = await import('../layout/autoLayout.ts');
  return autoLayout(framed);
}

export async function openDocument(editor: Editor, doc: Topology, mode: 'replace' | 'reset' = 'replace'): Promise<void> {
  let ready: Topology;
  try {
    ready = await laidOut(doc);
  } catch (error) {
    // A failed layout is no reason to refuse the design: show it with the fallback placement.
    editor.session.getState().notify('error', i18next.t('import.layoutFailed', { reason: error instanceof Error ? error.message : String(error) }));
    ready = doc;
  }
  if (mode === 'reset') editor.documents.getState().reset(ready);
  else editor.documents.getState().replace(ready);
  editor.session.getState().select([]);
  // Wait for React Flow to draw the new nodes before fitting them into view.
  setTimeout(() => fitDesign(editor), 60);
}
