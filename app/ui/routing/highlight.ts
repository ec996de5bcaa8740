// "Test a number" drawn on the canvas. The outcome is computed once per (document, number under test,
// pattern engine ready) and shared by the Test a number panel and the canvas; the canvas gets sets of
// ids, and each trunk or card only looks its own id up (a Map lookup per store change, no simulation).
// The computing half (highlightOutcome.ts) comes with the routing workspace, which alone sets a number under
// test: the simulator and the pattern reader stay out of the first download.
import { useStore } from 'zustand';
import type { Topology } from '../../domain/model.ts';
import type { RoutingOutcome } from '../../domain/routing/simulate.ts';
import type { NumberTest } from '../../store/sessionStore.ts';
import { useEditor } from '../editor.ts';

/** The first route's trunks (and their peers and endpoints), or those of a later route of the failover order. */
export type Highlight = 'first' | 'failover';

export interface RoutingHighlight {
  outcome: RoutingOutcome;
  /**
   * Trunk ids, node ids (peers, mediation endpoints) and the ids of their sites (drawn as blocks on the
   * site map); an element of the first route is 'first'.
   */
  elements: ReadonlyMap<string, Highlight>;
}

export type Highlighter = (doc: Topology, test: NumberTest) => RoutingHighlight | null;

let highlighter: Highlighter | null = null;

/** Called by Test a number when it loads (with highlightOutcome.ts#cachedHighlight). */
export function setHighlighter(compute: Highlighter): void {
  highlighter = compute;
}

/**
 * The highlight of the session's number under test, computed once per document, test and engine state;
 * null when no number is under test or it is not dialable.
 */
export function currentHighlight(doc: Topology, test: NumberTest | null): RoutingHighlight | null {
  return test === null || highlighter === null ? null : highlighter(doc, test);
}

/**
 * How one trunk or card is highlighted: undefined when it is not, or no number is under test. Subscribes
 * to both stores (an edit re-routes the number as typing does); re-renders only when its answer changes.
 */
export function useHighlight(id: string): Highlight | undefined {
  const editor = useEditor();
  const pick = (doc: Topology, test: NumberTest | null) => currentHighlight(doc, test)?.elements.get(id);
  // Both read the current state of both stores (zustand selects again on every render): the same answer.
  useStore(editor.documents, (s) => pick(s.history.present, editor.session.getState().numberTest));
  return useStore(editor.session, (s) => pick(editor.documents.getState().history.present, s.numberTest));
}

/** Whether a number is under test: the canvas dims what it does not light up. */
export function useHighlighting(): boolean {
  const editor = useEditor();
  useStore(editor.documents, (s) => currentHighlight(s.history.present, editor.session.getState().numberTest) !== null);
  return useStore(editor.session, (s) => currentHighlight(editor.documents.getState().history.present, s.numberTest) !== null);
}
