import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';
import type { TopologyNode } from '../model.ts';
import { isPeer } from '../model.ts';
import { lowerCase } from '../names.ts';
import type { TopologyIndex } from '../topologyIndex.ts';
import { TextTable } from '../textTable.ts';
import { namesParam } from './naming.ts';

/**
 * Puts into `names` each name a node claims: a pool's or Director's FQDN and servers, a peer's address.
 * A Standard Edition pool is one server, so one server entry equal to its own FQDN is the same
 * machine, not a second claim on the name: that entry is skipped. Empty names are skipped too:
 * FQDN_INVALID and ADDRESS_INVALID report them.
 */
function claimedNames(node: TopologyNode, names: string[]): void {
  names.length = 0;
  if (isPeer(node)) {
    if (node.address !== '') names.push(node.address);
    return;
  }
  if (node.fqdn !== '') names.push(node.fqdn);
  let sameAsPool = node.kind === 'frontEndPool' && node.edition === 'standard';
  const fqdnKey = sameAsPool ? lowerCase(node.fqdn) : '';
  for (const server of node.servers) {
    if (sameAsPool && lowerCase(server) === fqdnKey) sameAsPool = false;
    else if (server !== '') names.push(server);
  }
}

function clashReport(node: TopologyNode, earlier: TopologyNode, shared: string[], index: TopologyIndex): RuleReport<'clash' | 'repeat'> {
  return {
    messageId: 'clash',
    params: { node: nodeParam(node, index), names: namesParam(shared), count: shared.length, other: nodeParam(earlier, index) },
    targets: [node.id, earlier.id],
  };
}

export const fqdnDuplicate = defineRule({
  id: 'FQDN_DUPLICATE',
  severity: 'error',
  source: 'Topology Builder identity rules',
  description: 'Each FQDN, server name and peer address belongs to one node only (compared without regard to case).',
  // Names of this node already used by an earlier one (clash), or used twice by this node (repeat);
  // {{names}} lists them quoted, {{count}} is how many.
  messages: {
    clash: {
      one: '{{node, capitalize}} uses the name {{names}}, already used by {{other}}: a name may belong to one node only. Rename one of them.',
      other: '{{node, capitalize}} uses the names {{names}}, already used by {{other}}: a name may belong to one node only. Rename one of them.',
    },
    repeat: {
      one: '{{node, capitalize}} uses the name {{names}} more than once: its FQDN and server names must all differ. Remove or rename the repeat.',
      other: '{{node, capitalize}} uses the names {{names}} more than once: its FQDN and server names must all differ. Remove or rename the repeat.',
    },
  },
  check({ doc, index }) {
    // Each later node is reported once per earlier node it clashes with, always against a name's
    // first owner: the report count stays linear even when many nodes share one name.
    // Most names are claimed once, and then they cost one entry in `owners`; what a clash or a repeat
    // needs lives in maps that stay empty otherwise (10,000 nodes claim about 17,000 names).
    /** The position of the first node, in document order, to claim each name (lower-cased). */
    const owners = new TextTable(doc.nodes.length * 2);
    /** The position of the last node to claim a name, where that is not its owner: to spot repeats inside one node. */
    const lastClaims = new Map<string, number>();
    /** Names whose owner's own repeat is already listed. */
    const repeated = new Set<string>();
    const reports: RuleReport<'clash' | 'repeat'>[] = [];
    const names: string[] = [];
    const nodes = doc.nodes;
    for (let position = 0; position < nodes.length; position++) {
      const node = nodes[position]!;
      // Made only for a faulty node: most nodes are clean, and there may be 10,000 of them.
      let clashes: Map<TopologyNode, string[]> | undefined;
      // A name repeated inside one node (a server listed twice, an Enterprise pool whose FQDN is
      // also a server name) is a duplicate too, reported with this node alone as target.
      let repeats: string[] | undefined;
      claimedNames(node, names);
      for (const name of names) {
        const key = lowerCase(name);
        const owner = owners.add(key, position);
        if (owner < 0) continue;
        if ((lastClaims.get(key) ?? owner) === position) {
          // Already claimed by this node; a repeat of a name owned by an earlier node is part of that clash.
          if (owner === position && !repeated.has(key)) {
            repeated.add(key);
            (repeats ??= []).push(name);
          }
        } else {
          lastClaims.set(key, position);
          const earlier = nodes[owner]!;
          clashes ??= new Map();
          const shared = clashes.get(earlier);
          if (shared) shared.push(name);
          else clashes.set(earlier, [name]);
        }
      }
      if (clashes) for (const [earlier, shared] of clashes) reports.push(clashReport(node, earlier, shared, index));
      if (repeats) {
        reports.push({
          messageId: 'repeat',
          params: { node: nodeParam(node, index), names: namesParam(repeats), count: repeats.length },
          targets: [node.id],
        });
      }
    }
    return reports;
  },
});
