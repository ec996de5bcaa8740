// How messages name elements: by label, FQDN, address or trunk name, never by internal id alone.
import type { NodeRef } from './diagnostic.ts';
import type { NodeKind, Site, TopologyNode, Trunk } from './model.ts';

export const KIND_NOUN: Record<NodeKind, string> = {
  frontEndPool: 'Front End pool',
  mediationPool: 'Mediation pool',
  director: 'Director',
  pstnGateway: 'gateway',
  ipPbx: 'IP-PBX',
  sbc: 'SBC',
};

/** The node's own name: its FQDN or address, with its label in front when it has one. */
export function nodeName(node: TopologyNode): string {
  const address = 'fqdn' in node ? node.fqdn : node.address;
  const label = node.label?.trim();
  if (label && label !== address) return `"${label}" (${address})`;
  return address;
}

/** "gateway 10.0.0.5", "Mediation pool med.contoso.com" */
export function describeNode(node: TopologyNode): string {
  return `${KIND_NOUN[node.kind]} ${nodeName(node)}`;
}

export function describeTrunk(trunk: Trunk): string {
  return `"${trunk.name}"`;
}

export function describeSite(site: Site): string {
  return `"${site.name}"`;
}

/** The node as a message param: a translation words the kind in its own language. */
export function nodeRef(node: TopologyNode): NodeRef {
  return { kind: node.kind, name: nodeName(node) };
}
