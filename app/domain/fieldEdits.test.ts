import { describe, expect, it } from 'vitest';
import type { FrontEndPool, MediationPool, Topology } from './model.ts';
import { parseTopology } from './parse.ts';
import { toCanonical } from './serialize.ts';
import { branchSite, centralSite, doc, frontEnd, mediationPool, peer, trunk, validDoc } from './testing/build.ts';
import {
  centralSiteChoices,
  centralSiteForBranch,
  nextHopChoices,
  nodeTitle,
  setCollocatedMediation,
  setNodeLabel,
  setPeakCalls,
  setRangeEnd,
  setSiteKind,
  setSipServerPort,
  setTcpEnabled,
} from './fieldEdits.ts';

/** Every edit must leave a document the parser accepts, exactly as it is. */
function expectParses(d: Topology) {
  const result = parseTopology(JSON.parse(JSON.stringify(toCanonical(d))));
  expect(result.ok).toBe(true);
}

const fe = (d: Topology, id = 'fe1') => d.nodes.find((n) => n.id === id) as FrontEndPool;
const med = (d: Topology, id = 'med1') => d.nodes.find((n) => n.id === id) as MediationPool;

describe('setNodeLabel', () => {
  it('sets a label, and removes the key for a blank one', () => {
    const labelled = setNodeLabel(validDoc(), 'fe1', 'Pool 1');
    expect(fe(labelled).label).toBe('Pool 1');
    const cleared = setNodeLabel(labelled, 'fe1', '  ');
    expect('label' in fe(cleared)).toBe(false);
    expectParses(cleared);
  });
});

describe('collocated Mediation', () => {
  it('turns on with the documented defaults and off as null', () => {
    const off = setCollocatedMediation(validDoc(), 'fe1', false);
    expect(fe(off).mediation).toBeNull();
    const on = setCollocatedMediation(off, 'fe1', true);
    expect(fe(on).mediation).toEqual({ tlsPortRange: [5067, 5067], tcpPortRange: null, sipServerPort: 5070 });
    expectParses(off);
    expectParses(on);
  });
  it('keeps an existing config when already on', () => {
    const d = validDoc();
    expect(fe(setCollocatedMediation(d, 'fe1', true))).toBe(fe(d));
  });
});

describe('mediation config', () => {
  const base = doc({ nodes: [frontEnd(), mediationPool()] });
  it('sets one end of the TLS range', () => {
    expect(med(setRangeEnd(base, 'med1', 'tlsPortRange', 0, 5060)).mediation.tlsPortRange).toEqual([5060, 5067]);
    expect(med(setRangeEnd(base, 'med1', 'tlsPortRange', 1, 5069)).mediation.tlsPortRange).toEqual([5067, 5069]);
  });
  it('turns TCP on at 5068 and off as null; a disabled range is not set', () => {
    const on = setTcpEnabled(base, 'med1', true);
    expect(med(on).mediation.tcpPortRange).toEqual([5068, 5068]);
    expect(med(setRangeEnd(on, 'med1', 'tcpPortRange', 1, 5070)).mediation.tcpPortRange).toEqual([5068, 5070]);
    const off = setTcpEnabled(on, 'med1', false);
    expect(med(off).mediation.tcpPortRange).toBeNull();
    expect(med(setRangeEnd(off, 'med1', 'tcpPortRange', 0, 5000)).mediation.tcpPortRange).toBeNull();
    expectParses(on);
  });
  it('sets the SIP server port, on a Front End pool too', () => {
    expect(fe(setSipServerPort(base, 'fe1', 5071)).mediation!.sipServerPort).toBe(5071);
  });
  it('leaves a Front End pool without Mediation alone', () => {
    const off = setCollocatedMediation(base, 'fe1', false);
    expect(fe(setSipServerPort(off, 'fe1', 5071)).mediation).toBeNull();
  });
});

describe('setPeakCalls', () => {
  it('sets the number, and removes the key for none', () => {
    const set = setPeakCalls(validDoc(), 't1', 200);
    expect(set.trunks[0]!.peakCalls).toBe(200);
    const cleared = setPeakCalls(set, 't1', undefined);
    expect('peakCalls' in cleared.trunks[0]!).toBe(false);
    expectParses(cleared);
  });
});

describe('site kind', () => {
  it('a central site becomes a branch of the first other central site', () => {
    const d = doc({ sites: [centralSite('hq'), centralSite('dc2', 'Dublin')] });
    const next = setSiteKind(d, 'dc2', 'branch')!;
    expect(next.sites[1]).toEqual({ id: 'dc2', name: 'Dublin', kind: 'branch', centralSiteId: 'hq' });
    expectParses(next);
  });
  it('is refused without another central site', () => {
    const d = doc({ sites: [centralSite('hq')] });
    expect(centralSiteForBranch(d, 'hq')).toBeUndefined();
    expect(setSiteKind(d, 'hq', 'branch')).toBeNull();
  });
  it('a branch becomes central without a centralSiteId', () => {
    const d = doc({ sites: [centralSite('hq'), branchSite('paris')] });
    const next = setSiteKind(d, 'paris', 'central')!;
    expect(next.sites[1]).toEqual({ id: 'paris', name: 'paris', kind: 'central' });
    expectParses(next);
  });
  it('offers central sites, and a branch parent only when it is the current one', () => {
    const d = doc({ sites: [centralSite('hq'), branchSite('paris'), branchSite('lyon', 'paris'), centralSite('dc2', 'Dublin')] });
    expect(centralSiteChoices(d, 'paris').map((c) => c.id)).toEqual(['hq', 'dc2']);
    expect(centralSiteChoices(d, 'lyon')).toEqual([
      { id: 'hq', name: 'Redmond' },
      { id: 'paris', name: 'paris', kind: 'branch' },
      { id: 'dc2', name: 'Dublin' },
    ]);
  });
});

describe('nextHopChoices', () => {
  it('lists Front End pools, Directors as a wrong choice, and the current next hop of any kind', () => {
    const d = doc({
      nodes: [
        frontEnd({ label: 'Pool 1' }),
        { id: 'dir1', kind: 'director', siteId: 'hq', fqdn: 'dir.contoso.com', servers: ['dir01.contoso.com'] },
        mediationPool({ nextHopId: 'gw1' }),
        peer(),
      ],
      trunks: [trunk()],
    });
    expect(nextHopChoices(d, 'gw1')).toEqual([
      { id: 'fe1', name: 'Pool 1 (pool01.contoso.com)' },
      { id: 'dir1', name: 'dir.contoso.com', kind: 'director' },
      { id: 'gw1', name: 'gw01.contoso.com', kind: 'pstnGateway' },
    ]);
    expect(nextHopChoices(d, null).map((c) => c.id)).toEqual(['fe1', 'dir1']);
  });
});

describe('nodeTitle', () => {
  it('shows the label before the address, or the address alone', () => {
    expect(nodeTitle(peer())).toBe('gw01.contoso.com');
    expect(nodeTitle(peer({ label: 'Main gateway' }))).toBe('Main gateway (gw01.contoso.com)');
    expect(nodeTitle(peer({ label: 'gw01.contoso.com' }))).toBe('gw01.contoso.com');
  });
});
