// What the designer opens with: the autosaved design, or a new one holding one central site.
import i18next from 'i18next';
import { newSite } from '../domain/defaults.ts';
import { emptyTopology, type Topology } from '../domain/model.ts';
import { createDocumentStore } from '../store/documentStore.ts';
import { createSessionStore, type ThemeChoice } from '../store/sessionStore.ts';
import { loadAutosave, startAutosave } from './autosave.ts';
import { loadedParser, type ParseText } from './parser.ts';
import { createEditor, type Editor } from './editor.ts';

export function newDesign(name = 'Untitled design'): Topology {
  const doc = emptyTopology(name);
  const site = newSite(doc, 'central', { x: 0, y: 0, width: 900, height: 520 })!;
  return { ...doc, sites: [{ ...site, name: 'Central site' }] };
}

/** `parse`: the parser, or what main.tsx's parseSavedAhead made of it (the saved design already parsed). */
export function startEditor(theme: ThemeChoice, parse: ParseText | null = loadedParser()): Editor {
  const storage = window.localStorage;
  const session = createSessionStore(theme);
  const loaded = loadAutosave(storage, parse);
  const initial = loaded.kind === 'restored' ? loaded.doc : newDesign();
  const editor = createEditor(createDocumentStore(initial), session);
  const autosave = startAutosave(editor, storage);
  editor.autosave.current = autosave;
  if (loaded.kind === 'unreadable') {
    if (loaded.kept) session.getState().notify('error', i18next.t('notices.restoreFailed'));
    else {
      // The unreadable text could not be set aside: it stays in its slot, and nothing overwrites it until the user says so.
      autosave.hold();
      session.getState().notify('error', i18next.t('notices.restoreFailedNotKept'), { label: i18next.t('notices.saveOver'), run: () => autosave.resume() });
    }
  }
  return editor;
}
