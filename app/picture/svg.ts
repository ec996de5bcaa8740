// A design drawn as an SVG document, from the model alone: no DOM, no browser. It serves Export SVG,
// Export PNG (the browser rasterizes this SVG) and `npm run render`. Every name in a design is
// hostile input: all text goes through escapeText, and nothing from the design becomes markup.
import type { Diagnostic } from '../domain/diagnostic.ts';
import { NODE_SIZE } from '../domain/geometry.ts';
import type { NodeKind, SiteKind, Topology, TopologyNode } from '../domain/model.ts';
import { validate } from '../domain/rules/index.ts';
import { cardBoxes, drawnBounds, floatingLine, nodePositions, pointAt, trunkLabel, trunkLabelStops, trunkLanes, LABEL_FONT, type Box } from './geometry.ts';
import { ICON_PATHS, type IconKind } from './icons.ts';
import { LIGHT, type PictureTheme } from './theme.ts';

/** The few words a picture writes, so that the designer can pass them in the user's language. */
export interface PictureWords {
  kind(kind: NodeKind): string;
  site(kind: SiteKind, nodes: number): string;
  servers(count: number): string;
  collocated: string;
  noMediation: string;
  nextHop(name: string): string;
  noNextHop: string;
}

const KIND_NAMES: Record<NodeKind, string> = {
  frontEndPool: 'Front End pool',
  mediationPool: 'Mediation pool',
  pstnGateway: 'PSTN gateway',
  ipPbx: 'IP-PBX',
  sbc: 'SBC',
  director: 'Director',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const ENGLISH_WORDS: PictureWords = {
  kind: (kind) => KIND_NAMES[kind],
  site: (kind, nodes) => `${kind === 'central' ? 'Central site' : 'Branch site'} · ${plural(nodes, 'node')}`,
  servers: (count) => plural(count, 'server'),
  collocated: 'Collocated Mediation',
  noMediation: 'No Mediation',
  nextHop: (name) => `next hop ${name}`,
  noNextHop: 'no next hop',
};

export interface PictureOptions {
  theme?: PictureTheme;
  /** The design's diagnostics, when the caller has them; else the rules run here. */
  diagnostics?: readonly Diagnostic[];
  words?: PictureWords;
  /** Space around the design, in canvas units. */
  padding?: number;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

/** Space around the diagram, in canvas units (one unit is one pixel at scale 1). */
export const PICTURE_PADDING = 40;
const EMPTY = { width: 400, height: 300 };

/**
 * Text safe inside an XML element or a quoted attribute: markup characters escaped, and the
 * characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/U+FFFF) dropped.
 */
export function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x26) out += '&amp;';
    else if (c === 0x3c) out += '&lt;';
    else if (c === 0x3e) out += '&gt;';
    else if (c === 0x22) out += '&quot;';
    else if (c === 0x27) out += '&#39;';
    else if (c < 0x20) out += c === 0x09 || c === 0x0a || c === 0x0d ? ' ' : '';
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      }
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) continue;
    else out += text[i]!;
  }
  return out;
}

/** At most `max` characters (code points), with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

const n = (v: number) => String(Math.round(v * 10) / 10);

function styles(th: PictureTheme): string {
  return [
    `text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Liberation Sans',sans-serif;fill:${th.text}}`,
    `.s{stroke:${th.siteBorder};stroke-width:1.5;fill:${th.siteCentral}}.sb{fill:${th.siteBranch}}`,
    `.sn{font-size:14px;font-weight:600}.sk{font-size:11px;fill:${th.muted}}`,
    `.c{fill:${th.card};stroke:${th.border};stroke-width:1.5}.ce{stroke:${th.error}}.cw{stroke:${th.warning}}`,
    `.i{fill:none;stroke:${th.accent};stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}.ip{stroke:${th.peer}}.id{stroke:${th.muted}}.is{stroke:${th.muted}}`,
    `.n{font-size:13px;font-weight:600}.a{font-size:11px;fill:${th.muted};font-family:ui-monospace,'Liberation Mono',monospace}.m{font-size:11px;fill:${th.muted}}`,
    `.t{stroke:${th.edge};stroke-width:1.6}.tr{stroke:${th.edgeRoot};stroke-width:3}.te{stroke:${th.error}}.tw{stroke:${th.warning}}`,
    `.h{stroke:${th.nextHop};stroke-width:1;stroke-dasharray:4 3}`,
    `.l{font-size:${LABEL_FONT}px;text-anchor:middle;paint-order:stroke;stroke:${th.background};stroke-width:3px}`,
    `.me{fill:${th.error}}.mw{fill:${th.warning}}.mt{font-size:11px;font-weight:700;fill:#fff;text-anchor:middle}`,
  ].join('');
}

function icon(kind: IconKind): string {
  return `<symbol id="k-${kind}" viewBox="0 0 24 24"><path d="${ICON_PATHS[kind]}"/></symbol>`;
}

type Status = 'error' | 'warning' | 'ok';

function statusOf(errors: ReadonlyMap<string, number>, warnings: ReadonlyMap<string, number>, id: string): Status {
  return errors.has(id) ? 'error' : warnings.has(id) ? 'warning' : 'ok';
}

function metaLine(node: TopologyNode, words: PictureWords, names: ReadonlyMap<string, string>): string {
  if (node.kind === 'frontEndPool') return `${words.servers(node.servers.length)} · ${node.mediation ? words.collocated : words.noMediation}`;
  if (node.kind === 'mediationPool') {
    const hop = node.nextHopId ? names.get(node.nextHopId) : undefined;
    return `${words.servers(node.servers.length)} · ${hop ? words.nextHop(hop) : words.noNextHop}`;
  }
  if (node.kind === 'director') return words.servers(node.servers.length);
  return words.kind(node.kind);
}

export function displayName(node: TopologyNode, words: PictureWords = ENGLISH_WORDS): string {
  return node.label || words.kind(node.kind);
}

/** The design as an SVG document, at scale 1 (one canvas unit, one pixel), padded. */
export function drawDesign(doc: Topology, options: PictureOptions = {}): Picture {
  const th = options.theme ?? LIGHT;
  const words = options.words ?? ENGLISH_WORDS;
  const pad = options.padding ?? PICTURE_PADDING;
  const diagnostics = options.diagnostics ?? validate(doc);
  const errors = new Map<string, number>();
  const warnings = new Map<string, number>();
  for (const d of diagnostics) {
    const counts = d.severity === 'error' ? errors : warnings;
    for (const id of new Set(d.targets)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const positions = nodePositions(doc);
  const boxes = cardBoxes(doc, positions);
  const bounds = drawnBounds(doc, boxes);
  const width = bounds ? Math.ceil(bounds.width + 2 * pad) : EMPTY.width;
  const height = bounds ? Math.ceil(bounds.height + 2 * pad) : EMPTY.height;
  const ox = bounds ? pad - bounds.x : 0;
  const oy = bounds ? pad - bounds.y : 0;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeText(doc.name)}</title>`,
    `<style>${styles(th)}</style>`,
  );
  const kinds = new Set<IconKind>();
  for (const s of doc.sites) kinds.add(s.kind === 'central' ? 'centralSite' : 'branchSite');
  for (const node of doc.nodes) kinds.add(node.kind);
  out.push(`<defs>${[...kinds].map(icon).join('')}</defs>`);
  out.push(`<rect width="${width}" height="${height}" fill="${th.background}"/>`, `<g transform="translate(${n(ox)} ${n(oy)})">`);

  // Sites: frame, icon, name, kind and node count.
  const members = new Map<string, number>();
  for (const node of doc.nodes) members.set(node.siteId, (members.get(node.siteId) ?? 0) + 1);
  for (const site of doc.sites) {
    const f = site.frame;
    if (!f) continue;
    const chars = Math.max(4, Math.floor((f.width - 44) / 8.5));
    const name = clip(site.name, chars);
    out.push(
      `<rect class="s${site.kind === 'branch' ? ' sb' : ''}" x="${n(f.x)}" y="${n(f.y)}" width="${n(f.width)}" height="${n(f.height)}" rx="10"/>`,
      `<use href="#k-${site.kind === 'central' ? 'centralSite' : 'branchSite'}" class="i is" x="${n(f.x + 10)}" y="${n(f.y + 9)}" width="16" height="16"/>`,
      `<text class="sn" x="${n(f.x + 32)}" y="${n(f.y + 22)}">${escapeText(name)}</text>`,
    );
    const kindText = words.site(site.kind, members.get(site.id) ?? 0);
    const room = f.width - 44 - Array.from(name).length * 8.5;
    if (room > 60) out.push(`<text class="sk" x="${n(f.x + 40 + Array.from(name).length * 8.5)}" y="${n(f.y + 22)}">${escapeText(clip(kindText, Math.floor(room / 6)))}</text>`);
  }

  // Next hops: a thin dashed line from each Mediation pool to its Front End pool, under the trunks.
  for (const node of doc.nodes) {
    if (node.kind !== 'mediationPool' || !node.nextHopId) continue;
    const a = boxes.get(node.id);
    const b = boxes.get(node.nextHopId);
    if (!a || !b) continue;
    const l = floatingLine(a, b);
    out.push(`<line class="h" x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}"/>`);
  }

  // Trunks: lines now, labels after the cards so that no card covers one.
  const lanes = trunkLanes(doc.trunks);
  const stops = trunkLabelStops(doc, boxes);
  const labels: string[] = [];
  for (const trunk of doc.trunks) {
    const a = boxes.get(trunk.mediationId);
    const b = boxes.get(trunk.peerId);
    if (!a || !b) continue;
    const { lane, lanes: count } = lanes.get(trunk.id)!;
    const l = floatingLine(a, b, lane, count);
    const status = statusOf(errors, warnings, trunk.id);
    const cls = `t${trunk.root ? ' tr' : ''}${status === 'error' ? ' te' : status === 'warning' ? ' tw' : ''}`;
    out.push(`<line class="${cls}" x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}"/>`);
    const p = pointAt(l, stops.get(trunk.id) ?? 0.35);
    labels.push(`<text class="l" x="${n(p.x)}" y="${n(p.y - 6)}">${escapeText(trunkLabel(trunk))}</text>`);
  }

  // Cards: icon, name, FQDN or address, one line of facts, and the problem mark.
  const names = new Map(doc.nodes.map((node) => [node.id, node.label || ('fqdn' in node ? node.fqdn : node.address)]));
  for (const node of doc.nodes) {
    const b: Box = boxes.get(node.id)!;
    const status = statusOf(errors, warnings, node.id);
    const address = 'fqdn' in node ? node.fqdn : node.address;
    const iconClass = node.kind === 'pstnGateway' || node.kind === 'ipPbx' || node.kind === 'sbc' ? ' ip' : node.kind === 'director' ? ' id' : '';
    out.push(
      `<g transform="translate(${n(b.x)} ${n(b.y)})">`,
      `<rect class="c${status === 'error' ? ' ce' : status === 'warning' ? ' cw' : ''}" width="${NODE_SIZE.width}" height="${NODE_SIZE.height}" rx="8"/>`,
      `<use href="#k-${node.kind}" class="i${iconClass}" x="10" y="10" width="20" height="20"/>`,
      `<text class="n" x="38" y="25">${escapeText(clip(displayName(node, words), 19))}</text>`,
      `<text class="a" x="38" y="42">${escapeText(clip(address || '—', 23))}</text>`,
      `<text class="m" x="38" y="62">${escapeText(clip(metaLine(node, words, names), 26))}</text>`,
    );
    if (status !== 'ok') {
      out.push(
        `<circle class="${status === 'error' ? 'me' : 'mw'}" cx="${NODE_SIZE.width}" cy="0" r="9"/>`,
        `<text class="mt" x="${NODE_SIZE.width}" y="4">${status === 'error' ? '!' : '▲'}</text>`,
      );
    }
    out.push('</g>');
  }
  out.push(...labels, '</g></svg>');
  return { svg: out.join(''), width, height };
}
