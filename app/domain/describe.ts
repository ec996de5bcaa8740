// How messages name elements: by label, FQDN, address or trunk name, never by internal id alone.
// A node in a message is a term (its kind and name), so that each language words it itself.
import { term, type MessageTemplates, type TermRef } from './diagnostic.ts';
import type { NodeKind, TopologyNode } from './model.ts';
import type { TopologyIndex } from './topologyIndex.ts';

/** The English terms for nodes: `kind.<kind>` is the noun inside a sentence, `node.*` a node with its name. */
export const NODE_TERMS = {
  'kind.frontEndPool': 'Front End pool',
  'kind.mediationPool': 'Mediation pool',
  'kind.director': 'Director',
  'kind.pstnGateway': 'gateway',
  'kind.ipPbx': 'IP-PBX',
  'kind.sbc': 'SBC',
  'node.named': '{{kind}} {{name}}',
  // A node's own name: its FQDN or address, with its label in front when it has one.
  'name.plain': '{{address}}',
  'name.labelled': '"{{label}}" ({{address}})',
  // A node whose FQDN or address is blank (a design in progress), named by label, else by kind and site.
  'node.labelled': '{{kind}} "{{label}}"',
  'node.unnamed': 'an unnamed {{kind}}',
  'node.unnamedInSite': 'an unnamed {{kind}} in site "{{site}}"',
} as const satisfies MessageTemplates;

export function kindTerm(kind: NodeKind): TermRef {
  return term(`kind.${kind}`);
}

/** The node's own name: its FQDN or address, with its label in front when it has one: '"Main" (10.0.0.5)'. */
export function nodeName(node: TopologyNode): TermRef {
  const address = 'fqdn' in node ? node.fqdn : node.address;
  const label = node.label?.trim();
  return label && label !== address ? term('name.labelled', { label, address }) : term('name.plain', { address });
}

/** The node by kind and name: "gateway 10.0.0.5", "Mediation pool med.contoso.com". */
export function nodeRef(node: TopologyNode): TermRef {
  return term('node.named', { kind: kindTerm(node.kind), name: nodeName(node) });
}

/**
 * nodeRef, but still naming the node when its FQDN or address is blank: by label, or else by kind and
 * site, so that a message never shows an empty name.
 */
export function nodeParam(node: TopologyNode, index: TopologyIndex): TermRef {
  const address = 'fqdn' in node ? node.fqdn : node.address;
  if (address.trim().length > 0) return nodeRef(node);
  const kind = kindTerm(node.kind);
  const label = node.label?.trim();
  if (label) return term('node.labelled', { kind, label });
  const site = index.siteById.get(node.siteId);
  return site ? term('node.unnamedInSite', { kind, site: site.name }) : term('node.unnamed', { kind });
}
