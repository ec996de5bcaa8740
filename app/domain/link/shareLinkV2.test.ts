// Link version 2 by example: a routing-rich design comes back exactly and stays compact, what Lync
// always has costs almost nothing, version-1 links still open as format 1, and damage is refused with
// the sentences (and keys) of version 1.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrunkConfiguration } from '../routing/types.ts';
import { TRUNK_CONFIGURATION_DEFAULTS, globalDialPlan, globalTrunkConfiguration, globalVoicePolicy } from '../routing/defaults.ts';
import { routingRichDesign } from './fixtures/routingRich.ts';
import { ByteReader, ByteWriter } from './bytes.ts';
import { encodeLayoutV2 } from './layout.ts';
import { Budget } from './text.ts';
import { LayoutInput, LayoutOutput } from './sections/section.ts';
import { UsageRefWriter, readUsages, writeUsages } from './sections/usages.ts';
import { ruleTextReaders, ruleTextWriters } from './sections/rules.ts';
import { readVoiceRoutes, writeVoiceRoutes } from './sections/voiceRoutes.ts';
import type { TopologyV2 } from './sections/v2types.ts';
import { type LinkReading, decodeShareLink, encodeShareLink, naiveLinkLength, readShareLink, wrapLayout } from './shareLink.ts';

function emptyV2(): TopologyV2 {
  return {
    format: 'trunkline.topology',
    schemaVersion: 2,
    name: 'x',
    settings: { mediaBypass: 'disabled', callAdmissionControl: false },
    sites: [],
    nodes: [],
    trunks: [],
    trunkConfigurations: [],
    pstnUsages: [],
    voiceRoutes: [],
    voicePolicies: [],
    dialPlans: [],
    routingTests: [],
  };
}

function valueOf(reading: LinkReading): unknown {
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
  return JSON.parse(JSON.stringify(reading.value));
}

function messages(reading: LinkReading): string {
  return reading.ok ? '' : reading.problems.map((p) => `${p.path}: [${p.messageId}] ${JSON.stringify(p.params)}`).join('\n');
}

const asJson = (doc: TopologyV2) => JSON.parse(JSON.stringify(doc)) as unknown;

describe('share link version 2', () => {
  it('carries the routing-rich design exactly, as a "t2." link', () => {
    const doc = routingRichDesign();
    const link = encodeShareLink(doc);
    expect(link).toMatch(/^t2\.[A-Za-z0-9_-]+$/);
    const reading = readShareLink(link);
    expect(reading.ok && reading.version).toBe(2);
    expect(valueOf(reading)).toStrictEqual(asJson(doc));
  });

  it('keeps the routing-rich design near half the naive link', () => {
    const doc = routingRichDesign();
    // npm run bench prints both. Three quarters of this link are texts (route, rule and test names,
    // patterns, descriptions) that deflate alone compresses nearly as well: structure costs little.
    expect(encodeShareLink(doc).length).toBeLessThanOrEqual(naiveLinkLength(doc) * 0.55);
  });

  it('makes the global objects the parser adds cost almost nothing', () => {
    const bare = emptyV2();
    const withGlobals = {
      ...bare,
      trunkConfigurations: [globalTrunkConfiguration('tc-global')],
      voicePolicies: [globalVoicePolicy('vp-global')],
      dialPlans: [globalDialPlan('dp-global')],
    };
    // Flags and a predicted id, two bytes each, and the policy's empty list of usages; in the link, fewer.
    expect(encodeLayoutV2(withGlobals).length - encodeLayoutV2(bare).length).toBeLessThanOrEqual(7);
    expect(encodeShareLink(withGlobals).length - encodeShareLink(bare).length).toBeLessThanOrEqual(10);
    expect(valueOf(readShareLink(encodeShareLink(withGlobals)))).toStrictEqual(asJson(withGlobals));
  });

  it('spends bytes only on values that differ from their defaults', () => {
    const base = { ...emptyV2(), trunkConfigurations: [globalTrunkConfiguration('tc-global')] };
    const size = (change: Partial<TrunkConfiguration>) =>
      encodeLayoutV2({ ...base, trunkConfigurations: [{ ...base.trunkConfigurations[0]!, ...change }] }).length;
    const usual = size({});
    expect(size({ mediaBypass: true })).toBe(usual);
    expect(size({ forwardPai: true })).toBe(usual + 2);
    expect(size({ maxEarlyDialogs: 21 })).toBe(usual + 2);
    expect(size({ maxEarlyDialogs: TRUNK_CONFIGURATION_DEFAULTS.maxEarlyDialogs })).toBe(usual);
  });

  it('writes repeated and digit-shifted patterns in a few bytes', () => {
    const doc = routingRichDesign();
    const route = doc.voiceRoutes[0]!;
    const oneRoute = { ...doc, voiceRoutes: [route], routingTests: [] };
    const twoRoutes = { ...oneRoute, voiceRoutes: [route, { ...route, id: 'r-sea-207', name: 'Seattle local 207', numberPattern: route.numberPattern.replace('1206', '1207') }] };
    // The second route: flags 1, usages 2, trunks 3; then id 2, name 2 and pattern 3 from the first one's templates.
    expect(route.numberPattern).toContain('1206');
    expect(encodeLayoutV2(twoRoutes).length - encodeLayoutV2(oneRoute).length).toBeLessThanOrEqual(13);
  });

  it('still opens version-1 links as format-1 documents', () => {
    const goldens = JSON.parse(readFileSync(new URL('./fixtures/golden-links.json', import.meta.url), 'utf8')) as { link: string }[];
    for (const { link } of goldens) {
      const reading = readShareLink(link);
      expect(reading.ok && reading.version).toBe(1);
      expect(reading.ok && reading.value.schemaVersion).toBe(1);
      expect(decodeShareLink(link).ok).toBe(true);
    }
  });

  it('refuses a version-2 layout with missing or extra bytes', () => {
    const layout = encodeLayoutV2(routingRichDesign());
    expect(messages(readShareLink(wrapLayout(layout.slice(0, -1), undefined, 2)))).toContain('[link.endsEarly]');
    expect(messages(readShareLink(wrapLayout(new Uint8Array([...layout, 0]), undefined, 2)))).toContain('[link.extraData]');
    // A version-1 layout is not a version-2 one.
    expect(readShareLink(wrapLayout(layout)).ok).toBe(false);
  });

  it('refuses flags no encoder writes', () => {
    const bare = encodeLayoutV2(emptyV2());
    const oneRoute = encodeLayoutV2({ ...emptyV2(), voiceRoutes: [{ id: 'r1', name: 'r', numberPattern: '.*', pstnUsages: [], trunkIds: [], priority: 0, suppressCallerId: false, alternateCallerId: null, description: '' }] });
    // The empty document ends with six zero counts; the route's flags follow its count (the fourth from the end).
    const at = bare.length - 3;
    expect([oneRoute[at - 1], oneRoute[at]]).toEqual([1, 0]);
    const bad = oneRoute.slice();
    bad[at] = 0x10;
    expect(messages(readShareLink(wrapLayout(bad, undefined, 2)))).toBe('$: [link.malformedSettings] {}');
  });

  it('refuses a count the link cannot hold, and one that would expand past the most a topology may hold', () => {
    const bare = encodeLayoutV2(emptyV2());
    // Trunk configurations: claims 100 with two bytes left.
    const short = new Uint8Array([...bare.slice(0, -5), 100, 0]);
    expect(messages(readShareLink(wrapLayout(short, undefined, 2)))).toContain('[link.endsEarly]');
    // 40,000 configurations at their defaults, two bytes each: more than 10 MB of JSON.
    const w = new ByteWriter();
    w.uint(40_000);
    const flood = new Uint8Array([...bare.slice(0, -5), ...w.finish(), ...new Uint8Array(80_000)]);
    expect(messages(readShareLink(wrapLayout(flood, undefined, 2)))).toContain('[link.topologyTooLarge]');
  });

  it('refuses references past the end of their list', () => {
    const doc = routingRichDesign();
    // Write the routes against the design's trunks and usages, read them against none.
    const w = new ByteWriter();
    const out = new LayoutOutput(w);
    const usages = writeUsages(out, []);
    writeVoiceRoutes(out, doc.voiceRoutes, new Map(doc.trunks.map((t, i) => [t.id, i])), usages, ruleTextWriters(out));
    const read = () => {
      const input = new LayoutInput(new ByteReader(w.finish()), new Budget(1e7));
      readVoiceRoutes(input, [], readUsages(input), ruleTextReaders(input));
    };
    expect(read).toThrow('link.missingNode');

    // Usages written as indexes into the design's list, read against an empty one.
    const w2 = new ByteWriter();
    const out2 = new LayoutOutput(w2);
    writeUsages(out2, []);
    writeVoiceRoutes(out2, doc.voiceRoutes, new Map(), new UsageRefWriter(out2, doc.pstnUsages), ruleTextWriters(out2));
    const input = new LayoutInput(new ByteReader(w2.finish()), new Budget(1e7));
    expect(() => readVoiceRoutes(input, [], readUsages(input), ruleTextReaders(input))).toThrow('link.missingText');
  });

  it('carries references to missing elements as text, for the parser to name', () => {
    const doc = routingRichDesign();
    doc.voiceRoutes[0]!.trunkIds = ['t-gone'];
    doc.voicePolicies[1]!.scope = { kind: 'site', siteId: 'nowhere' };
    doc.routingTests[0]!.dialPlanId = 'vp-sea';
    doc.voiceRoutes[1]!.pstnUsages = ['LOCAL', 'Unknown'];
    expect(valueOf(readShareLink(encodeShareLink(doc)))).toStrictEqual(asJson(doc));
  });
});
