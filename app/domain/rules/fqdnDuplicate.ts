import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';
import type { TopologyNode } from '../model.ts';
import { isPeer } from '../model.ts';
import type { TopologyIndex } from '../topologyIndex.ts';
import { namesParam } from './naming.ts';

interface NameEntry {
  /** The first node, in document order, to claim the name. */
  owner: TopologyNode;
  /** Position of the last node that claimed it, to spot repeats inside one node. */
  seenBy: number;
  /** Whether the owner's own repeat of the name is already listed. */
  repeated: boolean;
}

/**
 * Calls visit with each name a node claims: a pool's or Director's FQDN and servers, a peer's address.
 * A Standard Edition pool is one server, so one server entry equal to its own FQDN is the same
 * machine, not a second claim on the name: that entry is skipped. Empty names are skipped too:
 * FQDN_INVALID and ADDRESS_INVALID report them.
 */
function forEachClaimedName(node: TopologyNode, visit: (name: string) => void): void {
  if (isPeer(node)) {
    if (node.address !== '') visit(node.address);
    return;
  }
  if (node.fqdn !== '') visit(node.fqdn);
  let sameAsPool = node.kind === 'frontEndPool' && node.edition === 'standard';
  const fqdnKey = node.fqdn.toLowerCase();
  for (const server of node.servers) {
    if (sameAsPool && server.toLowerCase() === fqdnKey) sameAsPool = false;
    else if (server !== '') visit(server);
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
    const entries = new Map<string, NameEntry>();
    const reports: RuleReport<'clash' | 'repeat'>[] = [];
    doc.nodes.forEach((node, position) => {
      // Made only for a faulty node: most nodes are clean, and there may be 10,000 of them.
      let clashes: Map<TopologyNode, string[]> | undefined;
      // A name repeated inside one node (a server listed twice, an Enterprise pool whose FQDN is
      // also a server name) is a duplicate too, reported with this node alone as target.
      let repeats: string[] | undefined;
      forEachClaimedName(node, (name) => {
        const key = name.toLowerCase();
        const entry = entries.get(key);
        if (entry === undefined) {
          entries.set(key, { owner: node, seenBy: position, repeated: false });
        } else if (entry.seenBy === position) {
          // Already claimed by this node; a repeat of a name owned by an earlier node is part of that clash.
          if (entry.owner === node && !entry.repeated) {
            entry.repeated = true;
            (repeats ??= []).push(name);
          }
        } else {
          entry.seenBy = position;
          clashes ??= new Map();
          const shared = clashes.get(entry.owner);
          if (shared) shared.push(name);
          else clashes.set(entry.owner, [name]);
        }
      });
      if (clashes) for (const [earlier, shared] of clashes) reports.push(clashReport(node, earlier, shared, index));
      if (repeats) {
        reports.push({
          messageId: 'repeat',
          params: { node: nodeParam(node, index), names: namesParam(repeats), count: repeats.length },
          targets: [node.id],
        });
      }
    });
    return reports;
  },
});
