// Robustness and losslessness of the share link, by fast-check: any text gets a verdict without
// throwing or hanging, damaged real links are refused or read, never crash, and every valid
// topology comes back byte for byte.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MediationConfig, Site, Topology, TopologyNode, Trunk } from '../model.ts';
import type { ParseResult } from '../parse.ts';
import { parseTopologyText } from '../parse.ts';
import { serializeTopology } from '../serialize.ts';
import { base64urlDecode, base64urlEncode } from './base64url.ts';
import { compress, crc32 } from './compress.ts';
import { encodeLayout } from './layout.ts';
import { decodeShareLink, encodeShareLink } from './shareLink.ts';

const examples = ['contoso-small', 'fabrikam-medium', 'global-large'].map((name) => {
  const result = parseTopologyText(readFileSync(new URL(`../../../../shared/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.doc;
});
const links = examples.map(encodeShareLink);
const layouts = examples.map(encodeLayout);

/** Slower than this, a decode counts as hanging: generous, for a busy machine. */
const SLOW_MS = 2000;

/** Decodes and checks the verdict: no throw, no hang, and a refusal always says something. */
function verdict(text: string): ParseResult {
  const started = performance.now();
  const result = decodeShareLink(text);
  expect(performance.now() - started).toBeLessThan(SLOW_MS);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
  }
  return result;
}

/** A link around arbitrary layout bytes with a correct check code, so that they reach the layout decoder. */
function wrap(layout: Uint8Array): string {
  const packed = compress(layout);
  const bytes = new Uint8Array(4 + packed.length);
  new DataView(bytes.buffer).setUint32(0, crc32(layout));
  bytes.set(packed, 4);
  return `t1.${base64urlEncode(bytes)}`;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// ---------------------------------------------------------------------------------------------
// Valid topologies, wider than parse.property.test.ts's: any Unicode (lone surrogates too), ids and
// names with digit runs of every shape, fractional coordinates, every enumeration value, optional
// keys absent or present and empty.

/** One UTF-16 unit or code point at a time, lone surrogates and digits included. */
const anyChar = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('\ud800', '\udfff', '0', '07', '9', '-', '.', ' ', '\u0000', '"', '\\'),
);
const anyText = (minLength: number, maxLength: number) => fc.string({ unit: anyChar, minLength, maxLength });

const idCandidate = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
  fc.tuple(fc.constantFrom('t', 'c', 'fe', 'med', 'gw', 'c1-b', 's', 'central'), fc.integer({ min: 0, max: 300 })).map(([p, n]) => `${p}${n}`),
  fc.stringMatching(/^[a-z]{0,3}0{0,3}[0-9]{1,20}(-[a-z]{1,3})?$/),
);
const domain = fc.constantFrom('contoso.com', 'fabrikam.com', 'example.net', 'corp.example.org', 'x');
const host = fc.oneof(
  fc.tuple(fc.stringMatching(/^[a-z]{1,5}[0-9]{0,4}[a-z]?$/), domain).map(([label, d]) => `${label}.${d}`),
  fc.constantFrom('10.0.0.5', '2001:db8::1', '', '.', 'a..b', 'bad_name', 'gw01', '.com'),
  anyText(0, 20),
);
const port = fc.oneof(
  fc.integer({ min: 5060, max: 5072 }),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.constantFrom(0, 2 ** 47, 2 ** 47 + 1, -(2 ** 47) - 3, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
);
const range = fc.tuple(port, port);
const mediationConfig: fc.Arbitrary<MediationConfig> = fc.oneof(
  fc.constant({ tlsPortRange: [5067, 5067] as [number, number], tcpPortRange: null, sipServerPort: 5070 }),
  fc.record({ tlsPortRange: range, tcpPortRange: fc.option(range), sipServerPort: port }),
);
const coordinate = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }));
const extent = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 1e-300, max: 1_000_000, noNaN: true }));

const topology: fc.Arbitrary<Topology> = fc
  .record({
    name: anyText(1, 60),
    mediaBypass: fc.constantFrom('disabled' as const, 'alwaysBypass' as const, 'useSiteAndRegion' as const),
    cac: fc.boolean(),
    sites: fc.array(
      fc.record({ id: idCandidate, name: anyText(1, 40), branch: fc.boolean(), central: fc.nat(), frame: fc.option(fc.record({ x: coordinate, y: coordinate, width: extent, height: extent }), { nil: undefined }) }),
      { minLength: 1, maxLength: 6 },
    ),
    nodes: fc.array(
      fc.record({
        id: idCandidate,
        kind: fc.constantFrom('frontEndPool' as const, 'mediationPool' as const, 'director' as const, 'pstnGateway' as const, 'ipPbx' as const, 'sbc' as const),
        site: fc.nat(),
        label: fc.option(fc.oneof(anyText(0, 40), fc.constantFrom('', 'Gateway 1.2', 'Front End 01')), { nil: undefined }),
        position: fc.option(fc.record({ x: coordinate, y: coordinate }), { nil: undefined }),
        host,
        servers: fc.array(host, { minLength: 1, maxLength: 4 }),
        edition: fc.constantFrom('enterprise' as const, 'standard' as const),
        mediation: fc.option(mediationConfig),
        nextHop: fc.option(fc.nat()),
        flags: fc.tuple(fc.boolean(), fc.boolean()),
      }),
      { maxLength: 10 },
    ),
    trunks: fc.array(
      fc.record({
        id: idCandidate,
        name: fc.oneof(anyText(1, 40), fc.constant('peer-port'), fc.constant('label-port'), fc.constant('label')),
        mediation: fc.nat(),
        peer: fc.nat(),
        tcp: fc.boolean(),
        mediationPort: port,
        peerPort: port,
        root: fc.boolean(),
        bools: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        srtp: fc.constantFrom('required' as const, 'optional' as const, 'notSupported' as const),
        peakCalls: fc.option(fc.oneof(fc.constant(0), fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER)), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
  })
  .map((spec): Topology => {
    const used = new Set<string>();
    // Ids must be unique across the document: a repeated candidate gets its element's number.
    const unique = (candidate: string, n: number) => {
      const id = used.has(candidate) ? `${candidate}-${n}` : candidate;
      used.add(id);
      return id;
    };
    const siteIds = spec.sites.map((s, i) => unique(s.id, i));
    const centrals = siteIds.filter((_, i) => !spec.sites[i]!.branch || i === 0);
    const sites: Site[] = spec.sites.map((s, i) => {
      const branch = s.branch && i > 0;
      return {
        id: siteIds[i]!,
        name: s.name,
        kind: branch ? 'branch' : 'central',
        ...(branch ? { centralSiteId: centrals[s.central % centrals.length]! } : {}),
        ...(s.frame ? { frame: s.frame } : {}),
      };
    });
    const nodeIds = spec.nodes.map((n, i) => unique(n.id, 100 + i));
    const nodes: TopologyNode[] = spec.nodes.map((n, i) => {
      const base = {
        id: nodeIds[i]!,
        siteId: siteIds[n.site % siteIds.length]!,
        ...(n.label !== undefined ? { label: n.label } : {}),
        ...(n.position ? { position: n.position } : {}),
      };
      switch (n.kind) {
        case 'frontEndPool':
          return { ...base, kind: n.kind, fqdn: n.host, edition: n.edition, servers: n.servers, mediation: n.mediation };
        case 'director':
          return { ...base, kind: n.kind, fqdn: n.host, servers: n.servers };
        case 'mediationPool':
          return {
            ...base, kind: n.kind, fqdn: n.host, servers: n.servers,
            nextHopId: n.nextHop === null ? null : nodeIds[n.nextHop % nodeIds.length]!,
            mediation: n.mediation ?? { tlsPortRange: [5067, 5067], tcpPortRange: null, sipServerPort: 5070 },
          };
        default:
          return { ...base, kind: n.kind, address: n.host, dnsLoadBalancing: n.flags[0], qualified: n.flags[1] };
      }
    });
    const trunks: Trunk[] =
      nodes.length === 0
        ? []
        : spec.trunks.map((t, i) => {
            const peer = nodes[t.peer % nodes.length]!;
            const label = ('address' in peer ? peer.address : '').split('.')[0] ?? '';
            const predicted = new Map([['peer-port', `${peer.id}-${t.peerPort}`], ['label-port', `${label}-${t.peerPort}`], ['label', label]]);
            const name = predicted.get(t.name) ?? t.name;
            return {
              id: unique(t.id, 1000 + i),
              // A predicted name may be empty (a peer without an address): the format needs one character.
              name: name === '' ? 'x' : name,
              mediationId: nodes[t.mediation % nodes.length]!.id,
              peerId: peer.id,
              transport: t.tcp ? 'TCP' : 'TLS',
              mediationPort: t.mediationPort,
              peerPort: t.peerPort,
              root: t.root,
              mediaBypass: t.bools[0]!,
              centralizedMediaProcessing: t.bools[1]!,
              referSupport: t.bools[2]!,
              rtcpActiveCalls: t.bools[3]!,
              rtcpCallsOnHold: t.bools[4]!,
              srtpMode: t.srtp,
              ...(t.peakCalls !== undefined ? { peakCalls: t.peakCalls } : {}),
            };
          });
    return { format: 'trunkline.topology', schemaVersion: 1, name: spec.name, settings: { mediaBypass: spec.mediaBypass, callAdmissionControl: spec.cac }, sites, nodes, trunks };
  });

describe('share link robustness (fast-check)', { timeout: 60_000 }, () => {
  it('round-trips every valid topology byte for byte', () => {
    fc.assert(
      fc.property(topology, (generated) => {
        const text = serializeTopology(generated);
        const parsed = parseTopologyText(text);
        // The generator must make documents the parser accepts; otherwise the property proves nothing.
        if (!parsed.ok) throw new Error(`generated document refused: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
        const back = decodeShareLink(encodeShareLink(parsed.doc));
        if (!back.ok) throw new Error(`link refused: ${JSON.stringify(back.problems.slice(0, 3))}`);
        expect(serializeTopology(back.doc)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives any text a verdict, never throwing or hanging', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: anyChar, maxLength: 100 }),
      fc.stringMatching(/^#?t[0-9]{1,3}\.[A-Za-z0-9_-]{0,300}$/),
      fc.tuple(fc.constantFrom('t1.', 't2.', 't01.', 't1.t1.'), fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 300 })).map(([a, b]) => a + b),
    );
    fc.assert(fc.property(text, (t) => void verdict(t)), { numRuns: 3000 });
  });

  it('gives any layout bytes behind a correct check code a verdict', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void verdict(wrap(bytes))), { numRuns: 3000 });
  });

  it('reads or refuses every truncation of a real link', () => {
    fc.assert(
      fc.property(fc.nat({ max: links.length - 1 }), fc.nat(), (which, cut) => {
        const link = links[which]!;
        const result = verdict(link.slice(0, cut % link.length));
        // Anything shorter than the whole link loses data the check code covers.
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('reads or refuses a real link with one character changed, or one bit of its bytes flipped', () => {
    fc.assert(
      fc.property(fc.nat({ max: links.length - 1 }), fc.nat(), fc.nat({ max: 63 }), fc.boolean(), (which, at, replacement, bitFlip) => {
        const link = links[which]!;
        if (bitFlip) {
          const decoded = base64urlDecode(link.slice(3));
          if (!decoded.ok) throw new Error('a real link must decode');
          const bytes = decoded.bytes.slice();
          const bit = at % (bytes.length * 8);
          bytes[bit >> 3] = bytes[bit >> 3]! ^ (1 << (bit & 7));
          verdict(`t1.${base64urlEncode(bytes)}`);
        } else {
          const i = at % link.length;
          verdict(link.slice(0, i) + ALPHABET[replacement]! + link.slice(i + 1));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('reads or refuses damaged layouts of real documents that carry a correct check code', () => {
    // The check code stops nearly all damage at the door; this reaches the layout decoder with it.
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'set', 'delete', 'insert'), value: fc.nat({ max: 255 }) });
    fc.assert(
      fc.property(fc.nat({ max: 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        const bytes = [...layouts[which]!];
        for (const e of edits) {
          const i = e.at % bytes.length;
          if (e.kind === 'flip') bytes[i] = bytes[i]! ^ (1 << (e.value & 7));
          else if (e.kind === 'set') bytes[i] = e.value;
          else if (e.kind === 'delete') bytes.splice(i, 1);
          else bytes.splice(i, 0, e.value);
        }
        verdict(wrap(new Uint8Array(bytes)));
      }),
      { numRuns: 2000 },
    );
  });
});
