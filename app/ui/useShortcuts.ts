// The keyboard: each shortcut runs its action, unless the user is typing in a field.
import { useEffect } from 'react';
import { ACTION_BY_ID, matchesShortcut } from './actions.ts';
import type { Editor } from './editor.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(editor: Editor) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      // Inside a dialog, only the dialog's own keys apply.
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"], [role="alertdialog"]')) return;
      for (const action of ACTION_BY_ID.values()) {
        if (!action.shortcuts.some((s) => matchesShortcut(event, s))) continue;
        // Arrow keys and Delete act on the selection; with nothing selected they keep their usual meaning.
        if (action.enabled && !action.enabled(editor)) return;
        if (action.id.startsWith('nudge') && editor.session.getState().selection.size === 0) return;
        event.preventDefault();
        action.run(editor);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}
