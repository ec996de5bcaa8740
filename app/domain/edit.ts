// Edits of a document, as pure functions from one immutable document to the next.
// Every result keeps the parser's guarantees (unique ids, references that resolve).
import { nodeRef } from './describe.ts';
import { uniqueId, usedIds, usedNames } from './defaults.ts';
import { frameToHold, siteAt } from './geometry.ts';
import type { Position, Settings, Site, Topology, TopologyNode, Trunk } from './model.ts';
import { isPeer } from './model.ts';
import { newTrunk } from './newTrunk.ts';
import { refusal, type EditRefusal } from './refusals.ts';
import { trunkConfigurationCopy } from './routing/defaults.ts';
import { effectiveTrunkConfiguration } from './routing/scopes.ts';
import type { Scope, TrunkConfiguration } from './routing/types.ts';

export type EditResult = { ok: true; doc: Topology } | EditRefusal;

export function addNode(doc: Topology, node: TopologyNode): Topology {
  return placeNode({ ...doc, nodes: [...doc.nodes, node] }, node.id);
}

export function addSite(doc: Topology, site: Site): Topology {
  return { ...doc, sites: [...doc.sites, site] };
}

export function addTrunk(doc: Topology, trunk: Trunk): Topology {
  return { ...doc, trunks: [...doc.trunks, trunk] };
}

export type ConnectResult = { ok: true; doc: Topology; trunk: Trunk } | EditRefusal;

/**
 * Joins a mediation endpoint and a peer, given in either order, with a new trunk (newTrunk's
 * defaults); or says why they cannot be joined. canJoin is the cheap question asked while dragging.
 */
export function connect(doc: Topology, aId: string, bId: string): ConnectResult {
  const result = newTrunk(doc, aId, bId);
  if (!result.ok) return result;
  const withTrunk = addTrunk(doc, result.trunk);
  const next = result.configuration ? { ...withTrunk, trunkConfigurations: [...withTrunk.trunkConfigurations, result.configuration] } : withTrunk;
  return { ok: true, doc: next, trunk: result.trunk };
}

export function renameDocument(doc: Topology, name: string): Topology {
  return doc.name === name ? doc : { ...doc, name };
}

export function updateSettings(doc: Topology, patch: Partial<Settings>): Topology {
  return { ...doc, settings: { ...doc.settings, ...patch } };
}

function replaceById<T extends { id: string }>(list: readonly T[], id: string, update: (item: T) => T): T[] {
  return list.map((item) => (item.id === id ? update(item) : item));
}

/** Replaces a node with an edited copy; the caller keeps the kind-specific shape. */
export function updateNode(doc: Topology, id: string, update: (node: TopologyNode) => TopologyNode): Topology {
  return { ...doc, nodes: replaceById(doc.nodes, id, update) };
}

export function updateTrunk(doc: Topology, id: string, patch: Partial<Omit<Trunk, 'id' | 'mediationId' | 'peerId'>>): Topology {
  return { ...doc, trunks: replaceById(doc.trunks, id, (t) => ({ ...t, ...patch })) };
}

type MediaPatch = Partial<Pick<TrunkConfiguration, 'mediaBypass' | 'centralizedMediaProcessing' | 'referSupport' | 'rtcpActiveCalls' | 'rtcpCallsOnHold' | 'srtpMode'>>;

/**
 * Changes a trunk's media settings, which live in its trunk configuration: the trunk's own one when it
 * has one, else a new one of trunk scope, copied from the configuration that applied (its peer's
 * site's or the global one), so that no other trunk changes with it.
 */
export function setTrunkMedia(doc: Topology, trunkId: string, patch: MediaPatch): Topology {
  const applies = effectiveTrunkConfiguration(doc, trunkId);
  if (applies?.scope.kind === 'trunk') {
    return { ...doc, trunkConfigurations: replaceById(doc.trunkConfigurations, applies.id, (c) => ({ ...c, ...patch })) };
  }
  return { ...doc, trunkConfigurations: [...doc.trunkConfigurations, trunkConfigurationCopy(applies, trunkId, usedIds(doc), patch)] };
}

export function updateSite(doc: Topology, id: string, patch: Partial<Omit<Site, 'id'>>): Topology {
  return { ...doc, sites: replaceById(doc.sites, id, (s) => ({ ...s, ...patch })) };
}

/** Clears an optional key: the format writes absent keys, never undefined values. */
export function withoutKey<T extends object, K extends keyof T>(item: T, key: K): T {
  const copy = { ...item };
  delete copy[key];
  return copy;
}

/** Makes a trunk its peer's root trunk; the peer's former root becomes an ordinary trunk. */
export function makeRootTrunk(doc: Topology, trunkId: string): Topology {
  const trunk = doc.trunks.find((t) => t.id === trunkId);
  if (!trunk) return doc;
  return {
    ...doc,
    trunks: doc.trunks.map((t) => (t.peerId !== trunk.peerId ? t : t.root === (t.id === trunkId) ? t : { ...t, root: t.id === trunkId })),
  };
}

/**
 * Puts a node in the site whose frame holds it; outside every frame, in the nearest site,
 * whose frame grows to hold it. A node without a position, or a document without frames, is left as it is.
 */
export function placeNode(doc: Topology, nodeId: string): Topology {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node?.position) return doc;
  const site = siteAt(doc.sites, node.position);
  if (!site?.frame) return doc;
  const frame = frameToHold(site.frame, node.position);
  const sites = frame === site.frame ? doc.sites : replaceById(doc.sites, site.id, (s) => ({ ...s, frame }));
  const nodes = node.siteId === site.id ? doc.nodes : replaceById(doc.nodes, nodeId, (n) => ({ ...n, siteId: site.id }));
  return sites === doc.sites && nodes === doc.nodes ? doc : { ...doc, sites, nodes };
}

/**
 * Deletes sites, nodes and trunks. Deleting a node deletes its trunks; deleting a site deletes what
 * it holds. Refused: a peer's root trunk while the peer keeps other trunks, and a central site
 * that branch sites still belong to.
 */
export function deleteElements(doc: Topology, ids: ReadonlySet<string>): EditResult {
  const sites = new Set(doc.sites.filter((s) => ids.has(s.id)).map((s) => s.id));
  for (const site of doc.sites) {
    if (site.kind === 'branch' && site.centralSiteId && sites.has(site.centralSiteId) && !sites.has(site.id)) {
      const central = doc.sites.find((s) => s.id === site.centralSiteId)!;
      return refusal('delete.centralWithBranch', {
        branch: site.name,
        central: central.name,
      });
    }
  }
  const nodes = new Set(doc.nodes.filter((n) => ids.has(n.id) || sites.has(n.siteId)).map((n) => n.id));
  const trunks = new Set(doc.trunks.filter((t) => ids.has(t.id) || nodes.has(t.mediationId) || nodes.has(t.peerId)).map((t) => t.id));
  for (const trunk of doc.trunks) {
    if (!trunk.root || !trunks.has(trunk.id) || nodes.has(trunk.peerId)) continue;
    const others = doc.trunks.filter((t) => t.peerId === trunk.peerId && !trunks.has(t.id));
    if (others.length > 0) {
      const peer = doc.nodes.find((n) => n.id === trunk.peerId)!;
      return refusal('delete.rootTrunk',
        { trunk: trunk.name, peer: nodeRef(peer) },
      );
    }
  }
  if (sites.size === 0 && nodes.size === 0 && trunks.size === 0) return { ok: true, doc };
  return {
    ok: true,
    doc: {
      ...doc,
      sites: doc.sites.filter((s) => !sites.has(s.id)),
      // A Mediation pool whose next hop goes keeps a null next hop, which a rule then reports.
      nodes: doc.nodes
        .filter((n) => !nodes.has(n.id))
        .map((n) => (n.kind === 'mediationPool' && n.nextHopId !== null && nodes.has(n.nextHopId) ? { ...n, nextHopId: null } : n)),
      trunks: doc.trunks.filter((t) => !trunks.has(t.id)),
      ...withoutDeleted(doc, sites, nodes, trunks),
    },
  };
}

/**
 * The configuration store once sites, nodes and trunks go: what was scoped to them goes too, routes
 * lose the deleted trunks, and a routing test whose dial plan or voice policy went uses the global
 * one (Trunkline's choice: the test stays, and says whether it still passes).
 */
function withoutDeleted(doc: Topology, sites: ReadonlySet<string>, nodes: ReadonlySet<string>, trunks: ReadonlySet<string>): Pick<Topology, 'trunkConfigurations' | 'voiceRoutes' | 'voicePolicies' | 'dialPlans' | 'routingTests'> {
  const gone = (scope: Scope) =>
    (scope.kind === 'site' && sites.has(scope.siteId)) || (scope.kind === 'trunk' && trunks.has(scope.trunkId)) || (scope.kind === 'pool' && nodes.has(scope.poolId));
  const voicePolicies = doc.voicePolicies.filter((p) => !gone(p.scope));
  const dialPlans = doc.dialPlans.filter((p) => !gone(p.scope));
  const policyIds = new Set(voicePolicies.map((p) => p.id));
  const planIds = new Set(dialPlans.map((p) => p.id));
  const globalPolicy = voicePolicies.find((p) => p.scope.kind === 'global')?.id;
  const globalPlan = dialPlans.find((p) => p.scope.kind === 'global')?.id;
  return {
    trunkConfigurations: doc.trunkConfigurations.filter((c) => !gone(c.scope)),
    voiceRoutes: doc.voiceRoutes.map((r) => (r.trunkIds.some((id) => trunks.has(id)) ? { ...r, trunkIds: r.trunkIds.filter((id) => !trunks.has(id)) } : r)),
    voicePolicies,
    dialPlans,
    routingTests: doc.routingTests.map((t) =>
      policyIds.has(t.voicePolicyId) && planIds.has(t.dialPlanId)
        ? t
        : { ...t, voicePolicyId: policyIds.has(t.voicePolicyId) ? t.voicePolicyId : (globalPolicy ?? t.voicePolicyId), dialPlanId: planIds.has(t.dialPlanId) ? t.dialPlanId : (globalPlan ?? t.dialPlanId) },
    ),
  };
}

/** A name that no node uses yet: "gw01.contoso.com" → "gw01-2.contoso.com", "10.0.0.5" stays an address with a suffix-free copy refused by rules. */
function freshName(name: string, names: Set<string>): string {
  if (!names.has(name.toLowerCase())) {
    names.add(name.toLowerCase());
    return name;
  }
  const dot = name.indexOf('.');
  const [head, tail] = dot > 0 && !/^[\d.]+$/.test(name) && !name.includes(':') ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const stem = head.replace(/-\d+$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${tail}`;
    if (!names.has(candidate.toLowerCase())) {
      names.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

/**
 * Copies of nodes with fresh ids and unique FQDNs, offset on the canvas, with copies of the trunks
 * that join two copied nodes. Works for nodes from another document too (paste).
 */
export function duplicateNodes(doc: Topology, sources: readonly TopologyNode[], sourceTrunks: readonly Trunk[], offset: Position): { doc: Topology; ids: string[] } {
  const ids = usedIds(doc);
  const names = usedNames(doc);
  const siteIds = new Set(doc.sites.map((s) => s.id));
  const fallbackSite = doc.sites[0]?.id;
  const idMap = new Map<string, string>();
  const copies: TopologyNode[] = [];
  for (const source of sources) {
    const siteId = siteIds.has(source.siteId) ? source.siteId : fallbackSite;
    if (siteId === undefined) continue;
    const id = uniqueId(ids, source.id.replace(/-\d+$/, '') + '-');
    ids.add(id);
    idMap.set(source.id, id);
    const position = source.position ? { x: source.position.x + offset.x, y: source.position.y + offset.y } : undefined;
    const base = { ...source, id, siteId, ...(position ? { position } : {}) };
    if (isPeer(source)) copies.push({ ...base, address: freshName(source.address, names) } as TopologyNode);
    else {
      const server = base as Extract<TopologyNode, { fqdn: string }>;
      const fqdn = freshName(server.fqdn, names);
      // A Standard Edition server shares its pool's name; keep it so in the copy.
      const servers = server.servers.map((s) => (s.toLowerCase() === server.fqdn.toLowerCase() ? fqdn : freshName(s, names)));
      copies.push({ ...server, fqdn, servers });
    }
  }
  // Next hops inside the copied set follow the copies; next hops outside stay, or clear when missing.
  const nodeIds = new Set([...doc.nodes.map((n) => n.id), ...idMap.values()]);
  const fixed = copies.map((n) =>
    n.kind === 'mediationPool' && n.nextHopId !== null
      ? { ...n, nextHopId: idMap.get(n.nextHopId) ?? (nodeIds.has(n.nextHopId) ? n.nextHopId : null) }
      : n,
  );
  const trunkNames = new Set(doc.trunks.map((t) => t.name.toLowerCase()));
  const trunks: Trunk[] = [];
  for (const trunk of sourceTrunks) {
    const mediationId = idMap.get(trunk.mediationId);
    const peerId = idMap.get(trunk.peerId);
    if (!mediationId || !peerId) continue;
    const id = uniqueId(ids, 't');
    ids.add(id);
    let name = trunk.name;
    for (let n = 2; trunkNames.has(name.toLowerCase()); n++) name = `${trunk.name.replace(/-copy\d*$/, '')}-copy${n === 2 ? '' : n - 1}`;
    trunkNames.add(name.toLowerCase());
    trunks.push({ ...trunk, id, name, mediationId, peerId });
  }
  let next: Topology = { ...doc, nodes: [...doc.nodes, ...fixed], trunks: [...doc.trunks, ...trunks] };
  for (const copy of fixed) next = placeNode(next, copy.id);
  return { doc: next, ids: fixed.map((n) => n.id) };
}
