import { defineRule, type MessageKey, type MessageParam, type RuleReport } from '../diagnostic.ts';
import type { TopologyNode } from '../model.ts';
import { isPeer } from '../model.ts';
import type { TopologyIndex } from '../topologyIndex.ts';
import { listText, namesParam, nodeParam, nodeText, quoteName, sentenceStart } from './naming.ts';

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

function names(list: string[]): string {
  return `${list.length === 1 ? 'the name' : 'the names'} ${listText(list.map(quoteName))}`;
}

/** The names in a message param: one name as 'name' (of message id `id`), several as 'names' (of `id`Many). */
function namesKey(id: string, names: string[], params: Record<string, MessageParam>): MessageKey {
  const [first = ''] = names;
  return names.length === 1 ? { id, params: { ...params, name: first } } : { id: `${id}Many`, params: { ...params, names: namesParam(names) } };
}

function clashReport(node: TopologyNode, earlier: TopologyNode, shared: string[], index: TopologyIndex): RuleReport {
  return {
    message:
      `${sentenceStart(nodeText(node, index))} uses ${names(shared)}, already used by ${nodeText(earlier, index)}: ` +
      'a name may belong to one node only. Rename one of them.',
    targets: [node.id, earlier.id],
    key: namesKey('clash', shared, { node: nodeParam(node, index), other: nodeParam(earlier, index) }),
  };
}

export const fqdnDuplicate = defineRule({
  id: 'FQDN_DUPLICATE',
  severity: 'error',
  source: 'Topology Builder identity rules',
  description: 'Each FQDN, server name and peer address belongs to one node only (compared without regard to case).',
  // A name of this node already used by an earlier one (clash), or used twice by this node (repeat):
  // with one name, or with several (…Many).
  messages: {
    clash: ['node', 'name', 'other'],
    clashMany: ['node', 'names', 'other'],
    repeat: ['node', 'name'],
    repeatMany: ['node', 'names'],
  },
  check({ doc, index }) {
    // Each later node is reported once per earlier node it clashes with, always against a name's
    // first owner: the report count stays linear even when many nodes share one name.
    const entries = new Map<string, NameEntry>();
    const reports: RuleReport[] = [];
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
          message:
            `${sentenceStart(nodeText(node, index))} uses ${names(repeats)} more than once: ` +
            'its FQDN and server names must all differ. Remove or rename the repeat.',
          targets: [node.id],
          key: namesKey('repeat', repeats, { node: nodeParam(node, index) }),
        });
      }
    });
    return reports;
  },
});
