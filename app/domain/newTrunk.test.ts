import { describe, expect, it } from 'vitest';
import { newNode } from './defaults.ts';
import type { Topology } from './model.ts';
import { newTrunk } from './newTrunk.ts';
import { validate } from './rules/index.ts';
import { doc, frontEnd, mediationPool, peer, trunk, validDoc } from './testing/build.ts';

function created(d: Topology, a: string, b: string) {
  const result = newTrunk(d, a, b);
  if (!result.ok) throw new Error(result.messageId);
  return result.trunk;
}

function errorsOf(d: Topology) {
  return validate(d).filter((x) => x.severity === 'error');
}

describe('newTrunk', () => {
  it('creates the root trunk of a peer, in either direction, with TLS defaults', () => {
    const d = doc({ nodes: [frontEnd(), peer()] });
    for (const [a, b] of [['fe1', 'gw1'], ['gw1', 'fe1']] as const) {
      const t = created(d, a, b);
      expect(t).toMatchObject({ mediationId: 'fe1', peerId: 'gw1', transport: 'TLS', mediationPort: 5067, peerPort: 5067, root: true, name: 'gw01-5067' });
      // A TLS trunk uses the global configuration: SRTP required.
      expect(newTrunk(d, a, b)).toMatchObject({ configuration: undefined });
    }
  });

  it('builds an M:N design with no problem: two Mediation pools, two gateways', () => {
    let d = doc({
      nodes: [
        frontEnd({ mediation: null }),
        mediationPool({ id: 'medA', fqdn: 'meda.contoso.com', servers: ['meda1.contoso.com'] }),
        mediationPool({ id: 'medB', fqdn: 'medb.contoso.com', servers: ['medb1.contoso.com'] }),
        peer({ id: 'gwA', address: 'gwa.contoso.com' }),
        peer({ id: 'gwB', address: 'gwb.contoso.com' }),
      ],
    });
    for (const [m, p] of [['medA', 'gwA'], ['gwA', 'medB'], ['medA', 'gwB'], ['medB', 'gwB']] as const) {
      d = { ...d, trunks: [...d.trunks, created(d, m, p)] };
    }
    expect(d.trunks.map((t) => [t.peerId, t.peerPort, t.root])).toEqual([
      ['gwA', 5067, true],
      ['gwA', 5068, false],
      ['gwB', 5067, true],
      ['gwB', 5068, false],
    ]);
    expect(new Set(d.trunks.map((t) => t.name)).size).toBe(4);
    expect(new Set(d.trunks.map((t) => t.id)).size).toBe(4);
    expect(validate(d)).toEqual([]);
  });

  it('uses TCP towards a peer addressed by IP, from 5066, with SRTP not supported', () => {
    const d = doc({ nodes: [mediationPool({ mediation: { tlsPortRange: [5067, 5067], tcpPortRange: [5068, 5068], sipServerPort: 5070 } }), frontEnd(), peer({ address: '10.0.0.5' })] });
    const result = newTrunk(d, 'gw1', 'med1');
    if (!result.ok) throw new Error(result.messageId);
    expect(result.trunk).toMatchObject({ transport: 'TCP', mediationPort: 5068, peerPort: 5066, name: '10-0-0-5-5066' });
    // Its own configuration, a copy of the global one with SRTP not supported.
    expect(result.configuration).toMatchObject({ id: 'tc-t1', scope: { kind: 'trunk', trunkId: 't1' }, srtpMode: 'notSupported' });
    expect(errorsOf({ ...d, trunks: [result.trunk], trunkConfigurations: [...d.trunkConfigurations, result.configuration!] })).toEqual([]);
  });

  it('gives a second trunk of one pair the next ports in range', () => {
    const d = doc({
      nodes: [frontEnd({ mediation: { tlsPortRange: [5067, 5069], tcpPortRange: null, sipServerPort: 5070 } }), peer()],
      trunks: [trunk()],
    });
    const t = created(d, 'fe1', 'gw1');
    expect(t).toMatchObject({ mediationPort: 5068, peerPort: 5068, root: false, id: 't2', name: 'gw01-5068' });
    expect(errorsOf({ ...d, trunks: [...d.trunks, t] })).toEqual([]);
  });

  it('keeps names unique, case-insensitively', () => {
    const d = doc({ nodes: [frontEnd(), peer()], trunks: [trunk({ name: 'GW01-5068', peerPort: 5067 })] });
    expect(created(d, 'fe1', 'gw1').name).toBe('gw01-5068-2');
  });

  it.each([
    ['a gateway to a gateway', [peer(), peer({ id: 'gw2', address: 'gw02.contoso.com' })], 'gw1', 'gw2', 'trunk.bothPeers'],
    ['a Front End pool without collocated Mediation', [frontEnd({ mediation: null }), peer()], 'gw1', 'fe1', 'trunk.noCollocatedMediation'],
    ['a Director', [frontEnd(), { id: 'dir1', kind: 'director' as const, siteId: 'hq', fqdn: 'dir.contoso.com', servers: ['d1.contoso.com'] }, peer()], 'dir1', 'gw1', 'trunk.director'],
    ['two mediation endpoints', [frontEnd(), mediationPool()], 'fe1', 'med1', 'trunk.bothMediationEndpoints'],
    ['a node to itself', [peer()], 'gw1', 'gw1', 'trunk.itself'],
  ])('refuses %s with a reason', (_name, nodes, a, b, messageId) => {
    const result = newTrunk(doc({ nodes }), a, b);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.messageId).toBe(messageId);
  });
});

describe('newNode', () => {
  it('gives each kind a fresh id, a unique name in the document domain and documented ports', () => {
    let d = validDoc();
    for (const kind of ['frontEndPool', 'mediationPool', 'pstnGateway', 'ipPbx', 'sbc', 'director', 'pstnGateway', 'mediationPool'] as const) {
      const node = newNode(d, kind, 'hq', { x: 10.4, y: 20.6 });
      expect(node.kind).toBe(kind);
      expect(node.position).toEqual({ x: 10, y: 21 });
      d = { ...d, nodes: [...d.nodes, node] };
    }
    const mediation = d.nodes.find((n) => n.kind === 'mediationPool');
    expect(mediation).toMatchObject({ nextHopId: 'fe1', mediation: { tlsPortRange: [5067, 5067], tcpPortRange: null, sipServerPort: 5070 } });
    expect(d.nodes.find((n) => n.kind === 'sbc')).toMatchObject({ address: 'sbc01.contoso.com' });
    expect(new Set(d.nodes.map((n) => n.id)).size).toBe(d.nodes.length);
    const problems = validate(d).filter((x) => ['FQDN_DUPLICATE', 'FQDN_INVALID', 'ADDRESS_INVALID', 'PORT_INVALID'].includes(x.rule));
    expect(problems).toEqual([]);
  });
});
