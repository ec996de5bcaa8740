// The editor: the two stores and the canvas handle, shared by actions, the keyboard and every panel.
import { createContext, useContext } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import type { Topology, TopologyNode, Trunk } from '../domain/model.ts';
import type { DocumentStore } from '../store/documentStore.ts';
import type { SessionStore } from '../store/sessionStore.ts';
import type { AutosaveHandle } from './autosave.ts';
import type { RefusedDocument } from './dialogs/ProblemsDialog.tsx';

export interface Clipboard {
  nodes: TopologyNode[];
  trunks: Trunk[];
}

/** The dialogs the App owns and actions open. */
export type DialogName = 'share' | 'new' | 'handoff';

export interface Editor {
  documents: DocumentStore;
  session: SessionStore;
  /** Set by the canvas once React Flow is ready. */
  flow: { current: ReactFlowInstance | null };
  clipboard: { current: Clipboard | null; pastes: number };
  /** Set by the Import button's hidden file input. */
  openFilePicker: { current: (() => void) | null };
  /** Opens dialogs owned by the App (share link, new design, a refused file). */
  dialogs: { current: { open(name: DialogName): void; refuse(refusal: RefusedDocument): void } | null };
  /** Set when the autosave starts: opening a link holds it when the design it replaces could not be kept. */
  autosave: { current: AutosaveHandle | null };
  doc(): Topology;
  commit(next: Topology, mergeKey?: string): void;
}

export function createEditor(documents: DocumentStore, session: SessionStore): Editor {
  return {
    documents,
    session,
    flow: { current: null },
    clipboard: { current: null, pastes: 0 },
    openFilePicker: { current: null },
    dialogs: { current: null },
    autosave: { current: null },
    doc: () => documents.getState().history.present,
    commit: (next, mergeKey) => documents.getState().commit(next, mergeKey),
  };
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside EditorContext');
  return editor;
}
