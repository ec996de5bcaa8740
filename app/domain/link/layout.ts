// The link layouts: a topology as compact bytes, before deflate. The sections follow one another.
//
//   version 1 (format 1):  envelope (settings, name, counts) ‖ sites ‖ nodes ‖ trunks
//   version 2 (format 2):  envelope ‖ sites ‖ nodes ‖ trunks without media settings ‖ PSTN usages ‖
//                          trunk configurations ‖ voice routes ‖ voice policies ‖ dial plans ‖ routing tests
//
// Each section (sections/) writes its elements column by column rather than element by element (all
// site ids, then all site names, ...), so that alike values sit together and deflate finds their
// repetitions; defaults are one bit in a flags varint; references go through sections/refs.ts; texts
// through text.ts. A later link version is a new list of sections here, reusing the ones whose bytes
// it keeps and adding its own beside them; version 1's list stays, so that its links keep opening.
//
// The decoder rebuilds the plain JSON value of format.md and nothing more: the caller hands it to
// parseTopology, so every check of the format applies to a link exactly as to a file.
import type { TopologyV1 } from '../model.ts';
import { FORMAT } from '../model.ts';
import { ByteReader, ByteWriter, LinkDamage } from './bytes.ts';
import { readDialPlans, writeDialPlans } from './sections/dialPlans.ts';
import { readEnvelope, writeEnvelope } from './sections/envelope.ts';
import { readNodes, writeNodes } from './sections/nodes.ts';
import { indexById } from './sections/refs.ts';
import { readRoutingTests, writeRoutingTests } from './sections/routingTests.ts';
import { ruleTextReaders, ruleTextWriters } from './sections/rules.ts';
import { type JsonObject, LayoutInput, LayoutOutput } from './sections/section.ts';
import { readSites, writeSites } from './sections/sites.ts';
import { readTrunkConfigurations, writeTrunkConfigurations } from './sections/trunkConfigurations.ts';
import { TRUNK_FLAGS_V2, readTrunks, writeTrunks } from './sections/trunks.ts';
import { readUsages, writeUsages } from './sections/usages.ts';
import type { TopologyV2 } from './sections/v2types.ts';
import { readVoicePolicies, writeVoicePolicies } from './sections/voicePolicies.ts';
import { readVoiceRoutes, writeVoiceRoutes } from './sections/voiceRoutes.ts';
import { Budget } from './text.ts';

export function encodeLayout(doc: TopologyV1): Uint8Array {
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
    // A version-1 link holds a format-1 document, whatever format this app writes now.
    schemaVersion: 1,
    name: envelope.name,
    settings: envelope.settings,
    sites: sites.json,
    nodes: nodes.json,
    trunks,
  };
}

/** Link version 2: a format-2 topology. */
export function encodeLayoutV2(doc: TopologyV2): Uint8Array {
  const w = new ByteWriter();
  const out = new LayoutOutput(w);
  const siteIndex = indexById(doc.sites.map((s) => s.id));
  const nodeIndex = indexById(doc.nodes.map((n) => n.id));
  const trunkIndex = indexById(doc.trunks.map((t) => t.id));
  const scopes = { sites: siteIndex, nodes: nodeIndex, trunks: trunkIndex };
  writeEnvelope(out, doc);
  writeSites(out, doc, siteIndex);
  writeNodes(out, doc, siteIndex, nodeIndex);
  writeTrunks(out, doc, nodeIndex, TRUNK_FLAGS_V2);
  const usages = writeUsages(out, doc.pstnUsages);
  const rules = ruleTextWriters(out);
  writeTrunkConfigurations(out, doc.trunkConfigurations, scopes, usages, rules);
  writeVoiceRoutes(out, doc.voiceRoutes, trunkIndex, usages, rules);
  writeVoicePolicies(out, doc.voicePolicies, scopes, usages);
  writeDialPlans(out, doc.dialPlans, scopes, rules);
  const targets = {
    dialPlans: indexById(doc.dialPlans.map((p) => p.id)),
    voicePolicies: indexById(doc.voicePolicies.map((p) => p.id)),
    voiceRoutes: indexById(doc.voiceRoutes.map((r) => r.id)),
  };
  writeRoutingTests(out, doc.routingTests, targets, usages, rules);
  return w.finish();
}

/**
 * The plain JSON value of the format-2 topology held in `bytes`, for parseTopology to check.
 * Throws LinkDamage when the bytes are not a well-formed version-2 layout.
 */
export function decodeLayoutV2(bytes: Uint8Array, maxChars: number): JsonObject {
  const r = new ByteReader(bytes);
  const input = new LayoutInput(r, new Budget(maxChars));
  const envelope = readEnvelope(input);
  const sites = readSites(input, envelope.siteCount);
  const nodes = readNodes(input, envelope.nodeCount, sites);
  const trunks = readTrunks(input, envelope.trunkCount, nodes, TRUNK_FLAGS_V2);
  const scopeIds = { sites: sites.ids, nodes: nodes.ids, trunks: trunks.map((t) => t.id as string) };
  const usages = readUsages(input);
  const rules = ruleTextReaders(input);
  const trunkConfigurations = readTrunkConfigurations(input, scopeIds, usages, rules);
  const voiceRoutes = readVoiceRoutes(input, scopeIds.trunks, usages, rules);
  const voicePolicies = readVoicePolicies(input, scopeIds, usages);
  const dialPlans = readDialPlans(input, scopeIds, rules);
  const routingTests = readRoutingTests(input, { dialPlans: dialPlans.ids, voicePolicies: voicePolicies.ids, voiceRoutes: voiceRoutes.ids }, usages, rules);
  if (r.remaining !== 0) throw new LinkDamage('link.extraData', {});
  return {
    format: FORMAT,
    schemaVersion: 2,
    name: envelope.name,
    settings: envelope.settings,
    sites: sites.json,
    nodes: nodes.json,
    trunks,
    trunkConfigurations,
    pstnUsages: [...usages.usages],
    voiceRoutes: voiceRoutes.json,
    voicePolicies: voicePolicies.json,
    dialPlans: dialPlans.json,
    routingTests,
  };
}
