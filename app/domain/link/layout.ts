// Link version 1: a topology as compact bytes, before deflate. The sections follow one another:
//
//   envelope (settings, name, counts) ‖ sites ‖ nodes ‖ trunks
//
// Each section (sections/) writes its elements column by column rather than element by element (all
// site ids, then all site names, ...), so that alike values sit together and deflate finds their
// repetitions; defaults are one bit in a flags varint; references go through sections/refs.ts; texts
// through text.ts. A later link version is a new list of sections here, reusing the ones whose bytes
// it keeps and adding its own beside them; version 1's list stays, so that its links keep opening.
//
// The decoder rebuilds the plain JSON value of format.md and nothing more: the caller hands it to
// parseTopology, so every check of the format applies to a link exactly as to a file.
import type { Topology } from '../model.ts';
import { FORMAT, SCHEMA_VERSION } from '../model.ts';
import { ByteReader, ByteWriter, LinkDamage } from './bytes.ts';
import { readEnvelope, writeEnvelope } from './sections/envelope.ts';
import { readNodes, writeNodes } from './sections/nodes.ts';
import { indexById } from './sections/refs.ts';
import { type JsonObject, LayoutInput, LayoutOutput } from './sections/section.ts';
import { readSites, writeSites } from './sections/sites.ts';
import { readTrunks, writeTrunks } from './sections/trunks.ts';
import { Budget } from './text.ts';

export function encodeLayout(doc: Topology): Uint8Array {
  const w = new ByteWriter();
  const out = new LayoutOutput(w);
  const siteIndex = indexById(doc.sites.map((s) => s.id));
  const nodeIndex = indexById(doc.nodes.map((n) => n.id));
  writeEnvelope(out, doc);
  writeSites(out, doc, siteIndex);
  writeNodes(out, doc, siteIndex, nodeIndex);
  writeTrunks(out, doc, nodeIndex);
  return w.finish();
}

/**
 * The plain JSON value of the topology held in `bytes`, for parseTopology to check.
 * Throws LinkDamage when the bytes are not a well-formed version-1 layout.
 */
export function decodeLayout(bytes: Uint8Array, maxChars: number): JsonObject {
  const r = new ByteReader(bytes);
  const input = new LayoutInput(r, new Budget(maxChars));
  const envelope = readEnvelope(input);
  const sites = readSites(input, envelope.siteCount);
  const nodes = readNodes(input, envelope.nodeCount, sites);
  const trunks = readTrunks(input, envelope.trunkCount, nodes);
  if (r.remaining !== 0) throw new LinkDamage('link.extraData', {});
  return {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    name: envelope.name,
    settings: envelope.settings,
    sites: sites.json,
    nodes: nodes.json,
    trunks,
  };
}
