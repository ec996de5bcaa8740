// The design report: one self-contained HTML page (no script runs, nothing is fetched) that a person
// reads or prints: the diagram, the inventory, peak calls against capacity per Mediation endpoint, the
// trunk configuration of each trunk, the routing tables, the routing tests with their results, the
// problems, the build sheet, and the design itself, so that importing the report restores it.
// Pure string building: every value from the design goes through escapeHtml.
import type { TFunction } from 'i18next';
import type { Diagnostic } from '../domain/diagnostic.ts';
import { isMediationEndpoint, isPeer, isServerNode, type NodeKind, type Topology, type TopologyNode } from '../domain/model.ts';
import { identityParameter, scopeIdentity, trunkIdentity } from '../domain/routing/identity.ts';
import { routingTestFailures, runRoutingTest, type ExpectationFailure } from '../domain/routing/simulate.ts';
import { effectiveTrunkConfiguration } from '../domain/routing/scopes.ts';
import type { TrunkConfiguration } from '../domain/routing/types.ts';
import { mediationLoads } from '../domain/rules/mediationCapacity.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { diagnosticText } from '../i18n/render.ts';
import { embedInReport } from '../io/reportEmbed.ts';
import type { Picture } from '../picture/svg.ts';
import { BUILD_SHEET_STYLE, PEER_NOUN, buildSheetBody, escapeHtml as esc, ports } from './buildSheet.ts';
import { NODE_TERMS } from '../domain/describe.ts';
import { documentSha256 } from './script.ts';

export interface ReportOptions {
  version: string;
  /** ISO 8601, passed in so that output is reproducible. */
  generatedAt: string;
  /** The design's diagnostics (validate), when the caller has them. */
  diagnostics: readonly Diagnostic[];
  /** Renders the problems (render.ts); the report is in English, so an English translator. */
  t: TFunction;
  /**
   * The design drawn by app/picture/svg.ts (drawDesign with the same diagnostics), passed in so that the
   * designer draws it with the picture code of its image export, loaded once, in one chunk.
   */
  diagram: Picture;
}

// Peers as the build sheet names them; pools as messages do (not svg.ts's words: the picture code is loaded apart).
const kind = (k: NodeKind) => (k === 'pstnGateway' || k === 'ipPbx' || k === 'sbc' ? PEER_NOUN[k] : NODE_TERMS[`kind.${k}`]);

const STYLE = `
.report { max-width: 60em; }
table { border-collapse: collapse; margin: 0.4em 0 1em; font-size: 0.95em; }
th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, Consolas, monospace; overflow-wrap: anywhere; }
figure { margin: 0.5em 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #ccc; }
.bar { position: relative; height: 1.1em; min-width: 12em; background: #e5e5e5; border: 1px solid #999; }
.bar > span { position: absolute; left: 0; top: 0; bottom: 0; background: #2f6db5; }
.bar.over > span { background: #b3261e; }
.pass { color: #1b6e20; font-weight: 600; }
.fail { color: #b3261e; font-weight: 600; }
section, table, figure, tr { break-inside: avoid; page-break-inside: avoid; }
section.long { break-inside: auto; page-break-inside: auto; }
@media print { .report { max-width: none; } figure img { max-height: 24cm; } }
`;

/** UTF-8 text as base64 (TextEncoder and btoa: in every browser and in node). */
function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function table(headers: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number> = new Set()): string {
  if (rows.length === 0) return '<p>None.</p>';
  const head = `<tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr>`;
  // Cells are already HTML (escaped by the callers).
  const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td${numeric.has(i) ? ' class="n"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const code = (text: string) => `<code>${esc(text)}</code>`;
const list = (items: readonly string[]) => (items.length === 0 ? '—' : items.map(esc).join(', '));

function inventory(doc: Topology): string[] {
  const siteName = new Map(doc.sites.map((s) => [s.id, s.name]));
  const nodeName = new Map(doc.nodes.map((n) => [n.id, nodeLabel(n)]));
  const pools = doc.nodes.filter(isServerNode);
  const peers = doc.nodes.filter(isPeer);
  return [
    '<h3>Sites</h3>',
    table(
      ['Site', 'Kind', 'Central site'],
      doc.sites.map((s) => [esc(s.name), s.kind === 'central' ? 'central' : 'branch', s.kind === 'branch' && s.centralSiteId !== undefined ? esc(siteName.get(s.centralSiteId) ?? s.centralSiteId) : '—']),
    ),
    '<h3>Pools</h3>',
    table(
      ['Pool', 'Kind', 'Site', 'Servers', 'Mediation (TLS / TCP ports)'],
      pools.map((n) => [
        code(nodeLabel(n)),
        esc(n.kind === 'frontEndPool' ? `${kind(n.kind)} (${n.edition === 'standard' ? 'Standard' : 'Enterprise'} Edition)` : kind(n.kind)),
        esc(siteName.get(n.siteId) ?? n.siteId),
        esc(String(n.servers.length)),
        isMediationEndpoint(n)
          ? esc(`${ports(n.mediation.tlsPortRange)} / ${n.mediation.tcpPortRange === null ? 'off' : ports(n.mediation.tcpPortRange)}`)
          : n.kind === 'frontEndPool' ? 'not collocated' : '—',
      ]),
      new Set([3]),
    ),
    '<h3>Peers</h3>',
    table(
      ['Peer', 'Kind', 'Site', 'Label'],
      peers.map((n) => [code(n.address), esc(kind(n.kind)), esc(siteName.get(n.siteId) ?? n.siteId), esc(n.label ?? '')]),
    ),
    '<h3>Trunks</h3>',
    table(
      ['Trunk', 'Name in Topology Builder', 'Peer', 'Peer port', 'Mediation', 'Mediation port', 'Transport', 'Root', 'Peak calls'],
      doc.trunks.map((t) => [
        esc(t.name),
        code(trunkIdentity(doc, t).slice('PstnGateway:'.length)),
        code(nodeName.get(t.peerId) ?? t.peerId),
        esc(String(t.peerPort)),
        code(nodeName.get(t.mediationId) ?? t.mediationId),
        esc(String(t.mediationPort)),
        esc(t.transport),
        yesNo(t.root),
        esc(t.peakCalls === undefined ? '—' : String(t.peakCalls)),
      ]),
      new Set([3, 5, 8]),
    ),
  ];
}

function nodeLabel(n: TopologyNode): string {
  return isPeer(n) ? n.address : n.fqdn;
}

function capacity(doc: Topology): string[] {
  const loads = mediationLoads(doc);
  if (loads.length === 0) return ['<p>The design has no Mediation endpoint.</p>'];
  const rows = loads.map(({ endpoint, load }) => {
    const share = load.capacity === 0 ? 0 : Math.min(1, load.calls / load.capacity);
    const label = `${load.calls} of ${load.capacity} peak non-bypass calls`;
    return [
      code(endpoint.fqdn),
      esc(`${load.servers} × ${load.limitPerServer}`),
      `<div class="bar${load.over ? ' over' : ''}" role="img" aria-label="${esc(label)}"><span style="width: ${(share * 100).toFixed(1)}%"></span></div>`,
      esc(label) + (load.over ? ' <strong class="fail">over capacity</strong>' : ''),
    ];
  });
  return [
    '<p>Peak calls are the sum of the trunks\' peak calls whose trunk configuration has no media bypass; capacity is about 1,000 calls per stand-alone Mediation Server and 150 per Front End Server with collocated Mediation (MEDIATION_CAPACITY).</p>',
    table(['Mediation endpoint', 'Servers × calls each', 'Peak calls against capacity', 'Figures'], rows),
  ];
}

function configurationRow(doc: Topology, configuration: TrunkConfiguration): string[] {
  return [
    code(scopeIdentity(doc, configuration.scope)),
    yesNo(configuration.mediaBypass),
    yesNo(configuration.centralizedMediaProcessing),
    yesNo(configuration.referSupport),
    esc(configuration.srtpMode),
    yesNo(configuration.rtcpActiveCalls),
    yesNo(configuration.rtcpCallsOnHold),
    list(configuration.pstnUsages),
    configuration.outboundTranslationRules.length === 0
      ? '—'
      : configuration.outboundTranslationRules.map((r) => `${esc(r.name)}: ${code(r.pattern)} → ${code(r.translation)}`).join('<br>'),
  ];
}

const REASON: Record<TrunkConfiguration['scope']['kind'], string> = {
  trunk: 'its own',
  site: "its peer's site's",
  global: 'the global one',
};

function trunkConfigurations(doc: Topology): string[] {
  const rows = doc.trunks.map((t) => {
    const configuration = effectiveTrunkConfiguration(doc, t.id);
    return [esc(t.name), code(trunkIdentity(doc, t)), configuration ? `${code(scopeIdentity(doc, configuration.scope))} (${REASON[configuration.scope.kind]})` : '—'];
  });
  return [
    table(['Trunk', 'Identity', 'Configuration that applies'], rows),
    '<h3>Trunk configurations</h3>',
    table(['Identity', 'Media bypass', 'Centralized media processing', 'REFER', 'SRTP', 'RTCP active calls', 'RTCP calls on hold', 'PSTN usages', 'Outbound translation rules'], doc.trunkConfigurations.map((c) => configurationRow(doc, c))),
  ];
}

function routing(doc: Topology): string[] {
  const trunkById = new Map(doc.trunks.map((t) => [t.id, t]));
  return [
    '<h3>PSTN usages</h3>',
    doc.pstnUsages.length === 0 ? '<p>None.</p>' : `<ol>${doc.pstnUsages.map((u) => `<li>${esc(u)}</li>`).join('')}</ol>`,
    '<h3>Voice routes</h3>',
    table(
      ['Route', 'Priority', 'Number pattern', 'PSTN usages', 'Trunks (PstnGatewayList)', 'Caller ID'],
      doc.voiceRoutes.map((r) => [
        esc(r.name),
        esc(String(r.priority)),
        code(r.numberPattern),
        list(r.pstnUsages),
        r.trunkIds.map((id) => { const t = trunkById.get(id); return code(t ? trunkIdentity(doc, t) : id); }).join('<br>') || '—',
        r.suppressCallerId ? `suppressed${r.alternateCallerId !== null ? `, ${code(r.alternateCallerId)}` : ''}` : 'sent',
      ]),
      new Set([1]),
    ),
    '<h3>Voice policies</h3>',
    table(
      ['Identity', 'PSTN usages, in order', 'PSTN rerouting', 'Toll bypass prevented'],
      doc.voicePolicies.map((p) => [code(identityParameter(doc, p.scope)), list(p.pstnUsages), yesNo(p.allowPstnReRouting), yesNo(p.preventPstnTollBypass)]),
    ),
    '<h3>Dial plans</h3>',
    table(
      ['Identity', 'Normalization rules, in order', 'External access prefix'],
      doc.dialPlans.map((p) => [
        code(identityParameter(doc, p.scope)),
        p.normalizationRules.map((r) => `${esc(r.name)}: ${code(r.pattern)} → ${code(r.translation)}${r.isInternalExtension ? ' (internal extension)' : ''}`).join('<br>') || '—',
        code(p.externalAccessPrefix),
      ]),
    ),
  ];
}

const shown = (value: string | null | undefined) => (value === undefined ? 'unknown' : value === null ? 'none' : value);

function failureText(f: ExpectationFailure): string {
  const what = f.key === 'translation' ? 'number' : f.key === 'usage' ? 'first usage' : 'first route';
  return `${what} ${code(shown(f.actual))}, expected ${code(shown(f.expected))}`;
}

function routingTests(doc: Topology): string[] {
  const planScope = new Map(doc.dialPlans.map((p) => [p.id, scopeIdentity(doc, p.scope)]));
  const policyScope = new Map(doc.voicePolicies.map((p) => [p.id, scopeIdentity(doc, p.scope)]));
  return [
    table(
      ['Test', 'Dialed', 'Dial plan', 'Voice policy', 'Number', 'First route', 'Result'],
      doc.routingTests.map((test) => {
        const outcome = runRoutingTest(doc, test);
        const failures = routingTestFailures(test, outcome);
        return [
          esc(test.name),
          code(test.dialedNumber),
          code(planScope.get(test.dialPlanId) ?? test.dialPlanId),
          code(policyScope.get(test.voicePolicyId) ?? test.voicePolicyId),
          code(outcome.unknown?.step === 'normalize' ? 'unknown' : outcome.normalization?.number ?? test.dialedNumber),
          outcome.firstRoute ? esc(outcome.firstRoute.name) : outcome.unknown ? 'unknown' : 'no route',
          failures.length === 0 ? '<span class="pass">passes</span>' : `<span class="fail">fails</span>: ${failures.map(failureText).join('; ')}`,
        ];
      }),
    ),
  ];
}

function problems(diagnostics: readonly Diagnostic[], t: TFunction): string[] {
  if (diagnostics.length === 0) return ['<p>No problems found: 0 errors, 0 warnings.</p>'];
  return [
    table(
      ['Severity', 'Rule', 'Message'],
      diagnostics.map((d) => [d.severity === 'error' ? '<span class="fail">error</span>' : 'warning', code(d.rule), esc(diagnosticText(d, t))]),
    ),
  ];
}

/** The report as one HTML page, in English (as the script and the build sheet). */
export function designReport(doc: Topology, options: ReportOptions): string {
  const json = serializeTopology(doc);
  const picture = options.diagram;
  const errors = options.diagnostics.filter((d) => d.severity === 'error').length;
  const section = (id: string, title: string, body: readonly string[], long = false) =>
    [`<section id="${id}"${long ? ' class="long"' : ''}>`, `<h2>${esc(title)}</h2>`, ...body, '</section>'];
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // The design first, so that an importer reads only the head of a large report.
    embedInReport(json),
    `<title>Design report: ${esc(doc.name)}</title>`,
    `<style>${BUILD_SHEET_STYLE}${STYLE}</style>`,
    '</head>',
    '<body class="report">',
    `<h1>Design report: ${esc(doc.name)}</h1>`,
    `<p class="meta">Trunkline ${esc(options.version)}, ${esc(options.generatedAt)}. Design SHA-256 <code>${documentSha256(json)}</code>. ` +
      `${doc.sites.length} sites, ${doc.nodes.length} nodes, ${doc.trunks.length} trunks; ${errors} errors, ${options.diagnostics.length - errors} warnings. ` +
      'Import this file into Trunkline to open the design.</p>',
    ...section('diagram', 'Diagram', [
      `<figure><img alt="${esc(`Diagram of ${doc.name}`)}" width="${picture.width}" height="${picture.height}" src="data:image/svg+xml;base64,${base64Utf8(picture.svg)}"></figure>`,
    ]),
    ...section('inventory', 'Inventory', inventory(doc), true),
    ...section('capacity', 'Peak calls against capacity', capacity(doc)),
    ...section('trunk-configuration', 'Trunk configuration of each trunk', trunkConfigurations(doc), true),
    ...section('routing', 'Routing', routing(doc), true),
    ...section('routing-tests', 'Routing tests', routingTests(doc)),
    ...section('problems', 'Problems', problems(options.diagnostics, options.t), true),
    ...section('build-sheet', 'Topology Builder build sheet', buildSheetBody(doc, 3), true),
    '</body>',
    '</html>',
    '',
  ];
  return out.join('\n');
}
