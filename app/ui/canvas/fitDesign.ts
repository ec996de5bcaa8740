// Fit view: the whole design in the canvas, with a small margin, clear of the minimap.
import { drawnBounds } from '../../picture/geometry.ts';
import type { Editor } from '../editor.ts';
import { MINIMAP_RESERVE, fitViewport, type Viewport } from './viewport.ts';

/** The viewport that fits the design into a pane of this size. */
export function designViewport(editor: Editor, width: number, height: number, minimap: boolean): Viewport {
  return fitViewport(drawnBounds(editor.doc()), width, height, minimap ? MINIMAP_RESERVE : null);
}

export function fitDesign(editor: Editor, duration = 0): void {
  const flow = editor.flow.current;
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!flow || !pane) return;
  const minimap = document.querySelector('.react-flow__minimap') !== null;
  void flow.setViewport(designViewport(editor, pane.width, pane.height, minimap), { duration });
}
