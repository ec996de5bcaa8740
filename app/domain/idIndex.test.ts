import { describe, expect, it } from 'vitest';
import { generateRouting, generateTopology } from './generate.ts';
import { byId } from './idIndex.ts';
import type { Topology } from './model.ts';
import { parseTopologyText } from './parse.ts';
import { serializeTopology } from './serialize.ts';

const COLLECTIONS = ['sites', 'nodes', 'trunks', 'trunkConfigurations', 'voiceRoutes', 'voicePolicies', 'dialPlans', 'routingTests'] as const;

function parsed(text: string): Topology {
  const result = parseTopologyText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.doc;
}

/** Every element found by its id in its own list, and no id of another list found there. */
function expectLookups(doc: Topology): void {
  for (const name of COLLECTIONS) {
    const list: readonly { id: string }[] = doc[name];
    const lookup = byId(list);
    for (const element of list) expect(lookup.get(element.id)).toBe(element);
    for (const other of COLLECTIONS) {
      if (other === name) continue;
      for (const element of doc[other] as readonly { id: string }[]) expect(lookup.get(element.id)).toBeUndefined();
    }
    expect(lookup.get('no-such-id')).toBeUndefined();
  }
}

describe('byId', () => {
  const doc = generateRouting(generateTopology(60, 3), { routes: 20, policies: 4, dialPlans: 4 });

  it('finds each element of a document as built, by its own list only', () => {
    expectLookups(doc);
  });

  it('finds each element of a document just parsed (the parser lends its map of ids)', () => {
    expectLookups(parsed(serializeTopology(doc)));
  });

  it('still finds each element where the parser added a global object in front of a list', () => {
    const text = serializeTopology({ ...doc, dialPlans: doc.dialPlans.filter((plan) => plan.scope.kind !== 'global') });
    const read = parsed(text);
    expect(read.dialPlans[0]!.scope.kind).toBe('global');
    expectLookups(read);
  });

  it('keeps the last of a repeated id, as a Map built from the list would', () => {
    const list = [{ id: 'a', n: 1 }, { id: 'a', n: 2 }];
    expect(byId(list).get('a')).toBe(list[1]);
  });
});
