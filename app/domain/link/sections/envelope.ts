// The envelope: the design's settings and name, and how many sites, nodes and trunks follow.
// The counts come first so that the decoder can refuse a link that claims too much before reading on.
import type { Topology } from '../../model.ts';
import { LIMITS } from '../../schema.ts';
import { LinkDamage } from '../bytes.ts';
import { MEDIA_BYPASS } from '../frozen.ts';
import type { JsonObject, LayoutInput, LayoutOutput } from './section.ts';

/** Approximate JSON characters of an element without its texts, for the size budget. */
const SITE_COST = 30;
const ELEMENT_COST = 50;

export interface Envelope {
  name: string;
  settings: JsonObject;
  siteCount: number;
  nodeCount: number;
  trunkCount: number;
}

export function writeEnvelope(out: LayoutOutput, doc: Pick<Topology, 'name' | 'settings' | 'sites' | 'nodes'> & { trunks: readonly unknown[] }): void {
  const bypass = Math.max(0, MEDIA_BYPASS.indexOf(doc.settings.mediaBypass));
  out.w.uint(bypass + (doc.settings.callAdmissionControl ? 3 : 0));
  out.texts().write(doc.name);
  out.w.uint(doc.sites.length);
  out.w.uint(doc.nodes.length);
  out.w.uint(doc.trunks.length);
}

export function readEnvelope(input: LayoutInput): Envelope {
  const { r } = input;
  const settingsCode = r.uint();
  if (settingsCode > 5) throw new LinkDamage('link.malformedSettings', {});
  const name = input.texts().read();
  const siteCount = r.count(LIMITS.sites, 'sites');
  const nodeCount = r.count(LIMITS.nodes, 'nodes');
  const trunkCount = r.count(LIMITS.trunks, 'trunks');
  input.budget.spend(siteCount * SITE_COST + (nodeCount + trunkCount) * ELEMENT_COST);
  const settings = { mediaBypass: MEDIA_BYPASS[settingsCode % 3]!, callAdmissionControl: settingsCode >= 3 };
  return { name, settings, siteCount, nodeCount, trunkCount };
}
