// The Topology Builder build sheet: the steps that define the design's topology, in an order
// Topology Builder accepts, as a printable HTML page to tick off. Sites first (a branch after its
// central site); then every Front End pool (and Director), so that each stand-alone Mediation pool
// finds its next hop; then the Mediation pools, so that each peer's root trunk finds its Mediation
// pool; then the peers with their root trunks; then the additional trunks (a peer before its
// trunks); then "Publish topology" and the Management Shell script. Sources: OD
// define-a-gateway-in-topology-builder (root trunk fields and ports), OD multiple-trunk-support
// (additional trunks), OD publish-the-topology.
import { isPeer, type MediationConfig, type PeerKind, type PortRange, type Site, type TopologyNode } from '../domain/model.ts';
import type { HandoffTopology, HandoffTrunk } from './document.ts';
import { trunkBuilderName } from '../domain/routing/identity.ts';

export interface BuildStep {
  /** 1-based, in the order to do them. */
  number: number;
  phase: Phase;
  /** The site the step's element belongs to (for trunks, their peer's); null for the closing steps. */
  siteId: string | null;
  title: string;
  fields: [label: string, value: string][];
}

export type Phase = 'sites' | 'frontEndPools' | 'mediationPools' | 'peers' | 'trunks' | 'publish' | 'script';

export const PHASE_TITLES: Record<Phase, string> = {
  sites: 'Sites',
  frontEndPools: 'Front End pools',
  mediationPools: 'Stand-alone Mediation pools',
  peers: 'PSTN gateways, IP-PBXs and SBCs with their root trunks',
  trunks: 'Additional trunks',
  publish: 'Publish',
  script: 'Configuration store',
};

export const PEER_NOUN: Record<PeerKind, string> = { pstnGateway: 'PSTN gateway', ipPbx: 'IP-PBX', sbc: 'SBC' };

/** A port range as Topology Builder shows it: one port, or first–last. */
export const ports = (range: PortRange) => (range[0] === range[1] ? String(range[0]) : `${range[0]}–${range[1]}`);

function mediationFields(m: MediationConfig): [string, string][] {
  return [
    ['TLS listening ports', ports(m.tlsPortRange)],
    ['TCP listening ports', m.tcpPortRange === null ? 'off' : ports(m.tcpPortRange)],
    ['Port toward the Front End (SIP server port)', String(m.sipServerPort)],
  ];
}

/** Central sites in document order, each followed by its branch sites; branches of no known central site last. */
function orderedSites(doc: HandoffTopology): Site[] {
  const centrals = doc.sites.filter((s) => s.kind === 'central');
  const branchesOf = new Map<string, Site[]>();
  for (const s of doc.sites) {
    if (s.kind !== 'branch' || s.centralSiteId === undefined) continue;
    const list = branchesOf.get(s.centralSiteId);
    if (list) list.push(s);
    else branchesOf.set(s.centralSiteId, [s]);
  }
  const ordered = centrals.flatMap((c) => [c, ...(branchesOf.get(c.id) ?? [])]);
  const placed = new Set(ordered);
  return [...ordered, ...doc.sites.filter((s) => !placed.has(s))];
}

/** The build steps, numbered in order. */
export function buildSteps(doc: HandoffTopology): BuildStep[] {
  const steps: BuildStep[] = [];
  const add = (phase: Phase, siteId: string | null, title: string, fields: [string, string][] = []) =>
    steps.push({ number: steps.length + 1, phase, siteId, title, fields });
  const sites = orderedSites(doc);
  const siteName = new Map(doc.sites.map((s) => [s.id, s.name]));
  const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
  const fqdnOf = (id: string | null) => {
    const node = id === null ? undefined : nodeById.get(id);
    return node === undefined ? '(none in the design)' : 'fqdn' in node ? node.fqdn : node.address;
  };
  const bySite = (site: Site, keep: (n: TopologyNode) => boolean) => doc.nodes.filter((n) => n.siteId === site.id && keep(n));

  for (const site of sites) {
    if (site.kind === 'central') add('sites', site.id, `Define central site ${site.name}`);
    else add('sites', site.id, `Define branch site ${site.name}`, [['Central site', siteName.get(site.centralSiteId ?? '') ?? '(none in the design)']]);
  }
  for (const site of sites) {
    for (const n of bySite(site, (n) => n.kind === 'frontEndPool' || n.kind === 'director')) {
      if (n.kind === 'frontEndPool') {
        const edition = n.edition === 'standard' ? 'Standard Edition server' : 'Enterprise Edition Front End pool';
        add('frontEndPools', site.id, `Define ${edition} ${n.fqdn}`, [
          ['FQDN', n.fqdn],
          ['Servers', n.servers.join(', ')],
          ['Collocated Mediation Server', n.mediation === null ? 'no' : 'yes'],
          ...(n.mediation === null ? [] : mediationFields(n.mediation)),
        ]);
      } else if (n.kind === 'director') {
        add('frontEndPools', site.id, `Define Director pool ${n.fqdn}`, [['FQDN', n.fqdn], ['Servers', n.servers.join(', ')]]);
      }
    }
  }
  for (const site of sites) {
    for (const n of bySite(site, (n) => n.kind === 'mediationPool')) {
      if (n.kind !== 'mediationPool') continue;
      add('mediationPools', site.id, `Define Mediation pool ${n.fqdn}`, [
        ['FQDN', n.fqdn],
        ['Servers', n.servers.join(', ')],
        ['Next hop pool', fqdnOf(n.nextHopId)],
        ...mediationFields(n.mediation),
      ]);
    }
  }
  const trunksOf = new Map<string, HandoffTrunk[]>();
  for (const t of doc.trunks) {
    const list = trunksOf.get(t.peerId);
    if (list) list.push(t);
    else trunksOf.set(t.peerId, [t]);
  }
  for (const site of sites) {
    for (const peer of bySite(site, isPeer)) {
      if (!isPeer(peer)) continue;
      const root = trunksOf.get(peer.id)?.find((t) => t.root);
      add('peers', site.id, `Define ${PEER_NOUN[peer.kind]} ${peer.address} (New IP/PSTN Gateway) with its root trunk`, [
        ['FQDN or IP address', peer.address],
        ...(root === undefined
          ? [['Root trunk', '(none in the design)'] as [string, string]]
          : ([
              ['Root trunk name', trunkBuilderName(doc, root)],
              ['Name in the design', root.name],
              ['Listening port for IP/PSTN gateway', String(root.peerPort)],
              ['SIP transport protocol', root.transport],
              ['Associated Mediation Server', fqdnOf(root.mediationId)],
              ['Associated Mediation Server port', String(root.mediationPort)],
            ] as [string, string][])),
      ]);
    }
  }
  for (const site of sites) {
    for (const peer of bySite(site, isPeer)) {
      for (const t of trunksOf.get(peer.id) ?? []) {
        if (t.root) continue;
        add('trunks', site.id, `Define trunk ${t.name}`, [
          ['Trunk name', trunkBuilderName(doc, t)],
          ['Associated IP/PSTN gateway', fqdnOf(t.peerId)],
          ['Listening port for IP/PSTN gateway', String(t.peerPort)],
          ['SIP transport protocol', t.transport],
          ['Associated Mediation Server', fqdnOf(t.mediationId)],
          ['Associated Mediation Server port', String(t.mediationPort)],
        ]);
      }
    }
  }
  add('publish', null, 'Publish the topology (Action, Topology, Publish) and run Setup on each new server');
  add('script', null, 'In the Lync Server Management Shell, run the script Trunkline exported: first with -WhatIf, then without');
  return steps;
}

/** Text for HTML: & < > " ' become entities, so no name can open a tag or leave an attribute. */
export function escapeHtml(text: string): string {
  let out = '';
  for (const ch of text) {
    switch (ch) {
      case '&': out += '&amp;'; break;
      case '<': out += '&lt;'; break;
      case '>': out += '&gt;'; break;
      case '"': out += '&quot;'; break;
      case "'": out += '&#39;'; break;
      default: out += ch;
    }
  }
  return out;
}

export interface BuildSheetOptions {
  version: string;
  generatedAt: string;
}

/** The build sheet's styles; the design report uses them for its build-sheet section. */
export const BUILD_SHEET_STYLE = `
body { font: 11pt/1.4 system-ui, "Segoe UI", sans-serif; margin: 2em auto; max-width: 50em; color: #111; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; border-bottom: 1px solid #999; margin-top: 1.6em; }
h3 { font-size: 1em; margin: 1em 0 0.3em; }
.meta { color: #444; margin-top: 0; }
ol.steps { list-style: none; padding: 0; margin: 0; }
ol.steps > li { margin: 0.4em 0 0.8em; break-inside: avoid; page-break-inside: avoid; }
label { font-weight: 600; cursor: pointer; }
input[type="checkbox"] { width: 1.1em; height: 1.1em; vertical-align: -0.15em; margin-right: 0.5em; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; margin: 0.3em 0 0 2.2em; }
dt { color: #444; }
dd { margin: 0; font-family: ui-monospace, Consolas, monospace; overflow-wrap: anywhere; white-space: pre-wrap; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
@page { margin: 15mm; }
`;

/** The build sheet as one self-contained HTML page (no script, no network). */
export function buildSheetHtml(doc: HandoffTopology, options: BuildSheetOptions): string {
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>Build sheet: ${escapeHtml(doc.name)}</title>`,
    `<style>${BUILD_SHEET_STYLE}</style>`,
    '</head>',
    '<body>',
    '<h1>Topology Builder build sheet</h1>',
    `<p class="meta">Design <strong>${escapeHtml(doc.name)}</strong>, Trunkline ${escapeHtml(options.version)}, ${escapeHtml(options.generatedAt)}</p>`,
    ...buildSheetBody(doc, 2),
  ];
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

/** The steps as HTML lines: a heading (level `level`) per phase, one below it per site, a checkbox per step. */
export function buildSheetBody(doc: HandoffTopology, level: number): string[] {
  const steps = buildSteps(doc);
  const siteName = new Map(doc.sites.map((s) => [s.id, s.name]));
  const out: string[] = [];
  let phase: Phase | null = null;
  let site: string | null | undefined;
  let listOpen = false;
  const closeList = () => {
    if (listOpen) out.push('</ol>');
    listOpen = false;
  };
  for (const step of steps) {
    if (step.phase !== phase) {
      closeList();
      out.push(`<h${level}>${escapeHtml(PHASE_TITLES[step.phase])}</h${level}>`);
      phase = step.phase;
      site = undefined;
    }
    if (step.siteId !== site && step.phase !== 'sites') {
      closeList();
      if (step.siteId !== null) out.push(`<h${level + 1}>Site ${escapeHtml(siteName.get(step.siteId) ?? step.siteId)}</h${level + 1}>`);
      site = step.siteId;
    }
    if (!listOpen) {
      out.push('<ol class="steps">');
      listOpen = true;
    }
    out.push(`<li><label><input type="checkbox"> ${step.number}. ${escapeHtml(step.title)}</label>`);
    if (step.fields.length > 0) {
      out.push('<dl>');
      for (const [label, value] of step.fields) out.push(`<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`);
      out.push('</dl>');
    }
    out.push('</li>');
  }
  closeList();
  return out;
}
