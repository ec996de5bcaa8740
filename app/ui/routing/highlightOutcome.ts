// The computing half of the canvas highlight (highlight.ts): the outcome of the number under test and the
// ids it lights up. Loaded with Test a number.
import type { Topology } from '../../domain/model.ts';
import { patternEngineReady } from '../../domain/routing/pattern.ts';
import { isDialable, routeNumber } from '../../domain/routing/simulate.ts';
import type { NumberTest } from '../../store/sessionStore.ts';
import type { Highlight, RoutingHighlight } from './highlight.ts';

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

/** highlight.ts's Highlighter: computed once per document, test and engine state; null when not dialable. */
export function cachedHighlight(doc: Topology, test: NumberTest): RoutingHighlight | null {
  const ready = patternEngineReady();
  if (last && last.doc === doc && last.test === test && last.ready === ready) return last.result;
  const result = isDialable(test.number) ? highlightOf(doc, test) : null;
  last = { doc, test, ready, result };
  return result;
}

