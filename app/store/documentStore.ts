// The document store: the topology and its undo history. Nothing else lives here:
// selection, viewport and notices are session state (sessionStore.ts).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Topology } from '../domain/model.ts';
import { commit, createHistory, redo, seal, undo, type History } from './history.ts';

export interface DocumentState {
  history: History<Topology>;
  /** Records a user commit. Commits with the same mergeKey in a row are one undo step (typing in a field). */
  commit(next: Topology, mergeKey?: string): void;
  /** Replaces the whole design (import, template, share link) as one undoable step. */
  replace(next: Topology): void;
  /** Starts afresh with no history (first start, restore). */
  reset(next: Topology): void;
  undo(): void;
  redo(): void;
  /** Ends a merge group, e.g. when a field loses focus. */
  seal(): void;
}

export function createDocumentStore(initial: Topology) {
  return createStore<DocumentState>()((set) => ({
    history: createHistory(initial),
    commit: (next, mergeKey) => set((s) => ({ history: commit(s.history, next, mergeKey ?? null) })),
    replace: (next) => set((s) => ({ history: commit(seal(s.history), next) })),
    reset: (next) => set({ history: createHistory(next) }),
    undo: () => set((s) => ({ history: undo(s.history) })),
    redo: () => set((s) => ({ history: redo(s.history) })),
    seal: () => set((s) => ({ history: seal(s.history) })),
  }));
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;

// Diagnostics are derived from the document, computed once per document object.
let diagnosticsCache = new WeakMap<Topology, Diagnostic[]>();

/**
 * The rules' entry point (validate of domain/rules), set when they have loaded: the designer loads them after
 * its first paint (ui/checks.ts), the tests at setup. Until then no diagnostic is known and none is shown.
 */
let validator: ((doc: Topology) => Diagnostic[]) | null = null;
const NOT_YET: Diagnostic[] = [];

/** Counts the validators put in place: a check begun under one is not kept under the next. */
let generation = 0;

export function setValidator(validate: (doc: Topology) => Diagnostic[]): void {
  validator = validate;
  generation++;
  diagnosticsCache = new WeakMap();
}

/** Which validator is in place (see seedDiagnostics). */
export function validatorGeneration(): number {
  return generation;
}

/** Keeps what was found for `doc` by a check made ahead, unless another validator came in meanwhile. */
export function seedDiagnostics(doc: Topology, diagnostics: Diagnostic[], madeUnder: number): void {
  if (madeUnder === generation && validator) diagnosticsCache.set(doc, diagnostics);
}

/**
 * Those who show diagnostics ask again, once something they depend on besides the document changed (the
 * rules or the pattern engine arrived, setValidator): the history is untouched.
 */
export function tellDiagnosticViews(store: DocumentStore): void {
  store.setState((s) => ({ ...s }));
}
/** Whether the rules have loaded: before that, no diagnostic is known (which is not "no problem"). */
export function diagnosticsKnown(): boolean {
  return validator !== null;
}

export function diagnosticsOf(doc: Topology): Diagnostic[] {
  if (!validator) return NOT_YET;
  let found = diagnosticsCache.get(doc);
  if (!found) {
    found = validator(doc);
    diagnosticsCache.set(doc, found);
  }
  return found;
}

export function useDocument(store: DocumentStore): Topology {
  return useStore(store, (s) => s.history.present);
}

export function useDiagnostics(store: DocumentStore): Diagnostic[] {
  return useStore(store, (s) => diagnosticsOf(s.history.present));
}
