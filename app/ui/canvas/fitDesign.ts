// Fit view: the whole design in the canvas, with a small margin, clear of the minimap.
import { drawnBounds } from '../../picture/geometry.ts';
import type { Topology } from '../../domain/model.ts';
import type { Editor } from '../editor.ts';
import { MINIMAP_RESERVE, fitViewport, type Viewport } from './viewport.ts';

/** The viewport that fits the design into a pane of this size. */
export function designViewport(editor: Editor, width: number, height: number, minimap: boolean, doc: Topology = editor.doc()): Viewport {
  return fitViewport(drawnBounds(doc), width, height, minimap ? MINIMAP_RESERVE : null);
}

/** Fits the design, or one about to be opened: then its first render draws the detail of that zoom. */
export function fitDesign(editor: Editor, duration = 0, doc: Topology = editor.doc()): void {
  const flow = editor.flow.current;
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!flow || !pane) return;
  const minimap = document.querySelector('.react-flow__minimap') !== null;
  void flow.setViewport(designViewport(editor, pane.width, pane.height, minimap, doc), { duration });
}
