// UI actions as plain objects, shared by the toolbar, menus and keyboard:
// a shortcut and its button call the same run(), so they cannot drift apart.
import { deleteElements, duplicateNodes } from '../domain/edit.ts';
import { moveBy } from '../domain/move.ts';
import type { Editor } from './editor.ts';
import i18next from 'i18next';
import { refusalText } from './diagnosticText.ts';
import { fitDesign } from './canvas/fitDesign.ts';

export interface UiAction {
  id: string;
  /** Message catalogue key of the label. */
  labelKey: string;
  /** e.g. "Mod+Z": Mod is Ctrl, or ⌘ on a Mac. */
  shortcuts: string[];
  run(editor: Editor): void;
  enabled?(editor: Editor): boolean;
}

const NUDGE = 10;

function selectedIds(editor: Editor): Set<string> {
  return new Set(editor.session.getState().selection);
}

function nudge(dx: number, dy: number) {
  return (editor: Editor) => {
    const selection = selectedIds(editor);
    // Nudges of one selection in a row are one undo step.
    editor.commit(moveBy(editor.doc(), selection, { x: dx, y: dy }), `nudge:${[...selection].sort().join(',')}`);
  };
}

function copySelection(editor: Editor): boolean {
  const doc = editor.doc();
  const selection = selectedIds(editor);
  const nodes = doc.nodes.filter((n) => selection.has(n.id) || selection.has(n.siteId));
  if (nodes.length === 0) return false;
  const ids = new Set(nodes.map((n) => n.id));
  editor.clipboard.current = { nodes, trunks: doc.trunks.filter((t) => ids.has(t.mediationId) && ids.has(t.peerId)) };
  editor.clipboard.pastes = 0;
  return true;
}

function paste(editor: Editor): void {
  const clip = editor.clipboard.current;
  if (!clip) {
    editor.session.getState().announce(i18next.t('canvas.nothingToPaste'));
    return;
  }
  editor.clipboard.pastes += 1;
  const offset = 40 * editor.clipboard.pastes;
  const result = duplicateNodes(editor.doc(), clip.nodes, clip.trunks, { x: offset, y: offset });
  editor.commit(result.doc);
  editor.session.getState().select(result.ids);
  editor.session.getState().announce(i18next.t('canvas.pasted', { count: result.ids.length }));
}

export const ACTIONS: readonly UiAction[] = [
  {
    id: 'undo',
    labelKey: 'actions.undo',
    shortcuts: ['Mod+Z'],
    run: (e) => e.documents.getState().undo(),
    enabled: (e) => e.documents.getState().history.past.length > 0,
  },
  {
    id: 'redo',
    labelKey: 'actions.redo',
    shortcuts: ['Mod+Shift+Z', 'Ctrl+Y'],
    run: (e) => e.documents.getState().redo(),
    enabled: (e) => e.documents.getState().history.future.length > 0,
  },
  {
    id: 'delete',
    labelKey: 'actions.delete',
    shortcuts: ['Delete', 'Backspace'],
    run: (e) => {
      const selection = selectedIds(e);
      if (selection.size === 0) return;
      const result = deleteElements(e.doc(), selection);
      if (!result.ok) {
        e.session.getState().announce(i18next.t('canvas.refusedDelete', { reason: refusalText(result) }));
        return;
      }
      e.commit(result.doc);
      e.session.getState().select([]);
    },
    enabled: (e) => e.session.getState().selection.size > 0,
  },
  {
    id: 'copy',
    labelKey: 'actions.copy',
    shortcuts: ['Mod+C'],
    run: (e) => void copySelection(e),
    enabled: (e) => e.session.getState().selection.size > 0,
  },
  { id: 'paste', labelKey: 'actions.paste', shortcuts: ['Mod+V'], run: paste },
  {
    id: 'duplicate',
    labelKey: 'actions.duplicate',
    shortcuts: ['Mod+D'],
    run: (e) => {
      if (copySelection(e)) paste(e);
    },
    enabled: (e) => e.session.getState().selection.size > 0,
  },
  {
    id: 'selectAll',
    labelKey: 'actions.selectAll',
    shortcuts: ['Mod+A'],
    run: (e) => e.session.getState().select(e.doc().nodes.map((n) => n.id)),
  },
  {
    id: 'fitView',
    labelKey: 'actions.fitView',
    shortcuts: ['Shift+1'],
    run: (e) => fitDesign(e, 200),
  },
  {
    id: 'routing',
    labelKey: 'actions.routing',
    shortcuts: ['Alt+R'],
    run: (e) => e.session.getState().setRoutingOpen(!e.session.getState().routingOpen),
  },
  { id: 'nudgeLeft', labelKey: 'actions.nudgeLeft', shortcuts: ['ArrowLeft'], run: nudge(-NUDGE, 0) },
  { id: 'nudgeRight', labelKey: 'actions.nudgeRight', shortcuts: ['ArrowRight'], run: nudge(NUDGE, 0) },
  { id: 'nudgeUp', labelKey: 'actions.nudgeUp', shortcuts: ['ArrowUp'], run: nudge(0, -NUDGE) },
  { id: 'nudgeDown', labelKey: 'actions.nudgeDown', shortcuts: ['ArrowDown'], run: nudge(0, NUDGE) },
];

export const ACTION_BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

export function registerAction(action: UiAction): void {
  ACTION_BY_ID.set(action.id, action);
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Whether a keyboard event is the given shortcut ("Mod+Shift+Z"). */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1]!;
  const mods = new Set(parts.slice(0, -1));
  const wantCtrl = mods.has('Ctrl') || (mods.has('Mod') && !isMac);
  const wantMeta = mods.has('Meta') || (mods.has('Mod') && isMac);
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta) return false;
  if (event.shiftKey !== mods.has('Shift') || event.altKey !== mods.has('Alt')) return false;
  if (key.length === 1) {
    // Shift+1 arrives as "!" on many layouts: compare the physical key for digits.
    if (/\d/.test(key)) return event.code === `Digit${key}`;
    return event.key.toLowerCase() === key.toLowerCase();
  }
  return event.key === key;
}

export function shortcutLabel(shortcut: string): string {
  return shortcut.replace('Mod', isMac ? '⌘' : 'Ctrl');
}
