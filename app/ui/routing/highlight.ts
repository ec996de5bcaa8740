// "Test a number" drawn on the canvas. The outcome is computed once per (document, number under test,
// pattern engine ready) and shared by the Test a number panel and the canvas; the canvas gets sets of
// ids, and each trunk or card only looks its own id up (a Map lookup per store change, no simulation).
import { useStore } from 'zustand';
import type { Topology } from '../../domain/model.ts';
import { patternEngineReady } from '../../domain/routing/pattern.ts';
import { isDialable, routeNumber, type RoutingOutcome } from '../../domain/routing/simulate.ts';
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

/** The outcome of a number under test and what it lights up on the canvas. */
const sitesOfNodes = new WeakMap<Topology, Map<string, string>>();

function siteOfNode(doc: Topology): Map<string, string> {
  let map = sitesOfNodes.get(doc);
  if (!map) sitesOfNodes.set(doc, (map = new Map(doc.nodes.map((n) => [n.id, n.siteId]))));
  return map;
}

export function highlightOf(doc: Topology, test: NumberTest): RoutingHighlight {
  const outcome = routeNumber(doc, { dialedNumber: test.number, dialPlanId: test.dialPlanId, voicePolicyId: test.voicePolicyId });
  const elements = new Map<string, Highlight>();
  const light = (id: string | undefined, level: Highlight) => {
    if (id !== undefined && elements.get(id) !== 'first') elements.set(id, level);
  };
  const sites = siteOfNode(doc);
  outcome.order.forEach((entry, i) => {
    const level: Highlight = i === 0 ? 'first' : 'failover';
    for (const leg of entry.trunks) {
      for (const id of [leg.id, leg.peerId, leg.mediationId]) light(id, level);
      light(sites.get(leg.peerId), level);
      light(sites.get(leg.mediationId), level);
    }
  });
  return { outcome, elements };
}

let last: { doc: Topology; test: NumberTest; ready: boolean; result: RoutingHighlight | null } | null = null;

/**
 * The highlight of the session's number under test, computed once per document, test and engine state;
 * null when no number is under test or it is not dialable.
 */
export function currentHighlight(doc: Topology, test: NumberTest | null): RoutingHighlight | null {
  if (test === null) return null;
  const ready = patternEngineReady();
  if (last && last.doc === doc && last.test === test && last.ready === ready) return last.result;
  const result = isDialable(test.number) ? highlightOf(doc, test) : null;
  last = { doc, test, ready, result };
  return result;
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
  return useStore(editor.session, (s) => s.numberTest !== null && isDialable(s.numberTest.number));
}
