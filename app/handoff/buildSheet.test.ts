import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultMediation } from '../domain/defaults.ts';
import type { TopologyNode } from '../domain/model.ts';
import { buildSheetHtml, buildSteps, escapeHtml, type BuildStep } from './buildSheet.ts';
import type { HandoffTopology, HandoffTrunk } from './document.ts';
import { contosoTopology, FIXED_OPTIONS } from './testing/contoso.ts';

const trunk = (id: string, peerId: string, mediationId: string, root: boolean, peerPort = 5067, name = id): HandoffTrunk => ({
  id, name, peerId, mediationId, root, peerPort, transport: 'TLS', mediationPort: 5067,
});

/** Two central sites and a branch, listed so that document order would break Topology Builder's. */
function twoSites(): HandoffTopology {
  const nodes: TopologyNode[] = [
    { id: 'gwB', kind: 'pstnGateway', siteId: 'branch', address: 'gw.branch.fabrikam.com', dnsLoadBalancing: false, qualified: true },
    { id: 'medP', kind: 'mediationPool', siteId: 'paris', fqdn: 'med.paris.fabrikam.com', servers: ['m1.paris.fabrikam.com'], nextHopId: 'feS', mediation: defaultMediation() },
    { id: 'sbcP', kind: 'sbc', siteId: 'paris', address: '192.0.2.10', dnsLoadBalancing: false, qualified: true },
    { id: 'feP', kind: 'frontEndPool', siteId: 'paris', fqdn: 'pool.paris.fabrikam.com', edition: 'enterprise', servers: ['fe1.paris.fabrikam.com'], mediation: null },
    { id: 'feS', kind: 'frontEndPool', siteId: 'seattle', fqdn: 'se.seattle.fabrikam.com', edition: 'standard', servers: ['se.seattle.fabrikam.com'], mediation: defaultMediation() },
    { id: 'pbxS', kind: 'ipPbx', siteId: 'seattle', address: 'pbx.seattle.fabrikam.com', dnsLoadBalancing: true, qualified: true },
  ];
  return {
    name: 'Fabrikam, two sites',
    settings: { mediaBypass: 'disabled', callAdmissionControl: false },
    sites: [
      { id: 'branch', name: 'Lyon', kind: 'branch', centralSiteId: 'paris' },
      { id: 'paris', name: 'Paris', kind: 'central' },
      { id: 'seattle', name: 'Seattle', kind: 'central' },
    ],
    nodes,
    trunks: [
      trunk('tB2', 'gwB', 'feS', false, 5068, 'lyon-backup'),
      trunk('tB', 'gwB', 'medP', true),
      trunk('tS', 'sbcP', 'medP', true),
      trunk('tP', 'pbxS', 'feS', true),
      trunk('tP2', 'pbxS', 'medP', false, 5069, 'pbx-paris'),
    ],
  };
}

const position = (steps: BuildStep[], title: string) => {
  const i = steps.findIndex((s) => s.title.includes(title));
  if (i < 0) throw new Error(`no step "${title}"`);
  return i;
};

describe('buildSteps', () => {
  it('orders steps as Topology Builder needs them', () => {
    const steps = buildSteps(twoSites());
    const at = (title: string) => position(steps, title);
    // A branch site after its central site.
    expect(at('central site Paris')).toBeLessThan(at('branch site Lyon'));
    // A pool before the Mediation pools that name it as next hop, even in a later site.
    expect(at('se.seattle.fabrikam.com')).toBeLessThan(at('Mediation pool med.paris.fabrikam.com'));
    // A Mediation pool before the root trunks and trunks that use it.
    expect(at('Mediation pool med.paris.fabrikam.com')).toBeLessThan(at('PSTN gateway gw.branch.fabrikam.com'));
    // A peer before its additional trunks.
    expect(at('PSTN gateway gw.branch.fabrikam.com')).toBeLessThan(at('trunk lyon-backup'));
    expect(at('IP-PBX pbx.seattle.fabrikam.com')).toBeLessThan(at('trunk pbx-paris'));
    // Publish, then the script, last.
    expect(steps.map((s) => s.phase).slice(-2)).toEqual(['publish', 'script']);
    expect(steps.map((s) => s.number)).toEqual(steps.map((_, i) => i + 1));
    // Phases never interleave.
    const phases = steps.map((s) => s.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['sites', 'frontEndPools', 'mediationPools', 'peers', 'trunks', 'publish', 'script']);
  });

  it('gives each peer its root trunk, named by the peer, and each additional trunk its own fields', () => {
    const steps = buildSteps(twoSites());
    const gateway = steps[position(steps, 'PSTN gateway gw.branch.fabrikam.com')]!;
    expect(gateway.fields).toEqual([
      ['FQDN or IP address', 'gw.branch.fabrikam.com'],
      ['Root trunk name', 'gw.branch.fabrikam.com'],
      ['Name in the design', 'tB'],
      ['Listening port for IP/PSTN gateway', '5067'],
      ['SIP transport protocol', 'TLS'],
      ['Associated Mediation Server', 'med.paris.fabrikam.com'],
      ['Associated Mediation Server port', '5067'],
    ]);
    const extra = steps[position(steps, 'trunk lyon-backup')]!;
    expect(extra.fields).toEqual([
      ['Trunk name', 'lyon-backup'],
      ['Associated IP/PSTN gateway', 'gw.branch.fabrikam.com'],
      ['Listening port for IP/PSTN gateway', '5068'],
      ['SIP transport protocol', 'TLS'],
      ['Associated Mediation Server', 'se.seattle.fabrikam.com'],
      ['Associated Mediation Server port', '5067'],
    ]);
    const pool = steps[position(steps, 'Mediation pool med.paris.fabrikam.com')]!;
    expect(pool.fields).toContainEqual(['Next hop pool', 'se.seattle.fabrikam.com']);
    expect(pool.fields).toContainEqual(['TCP listening ports', 'off']);
    const standard = steps[position(steps, 'se.seattle.fabrikam.com')]!;
    expect(standard.title).toBe('Define Standard Edition server se.seattle.fabrikam.com');
    expect(standard.fields).toContainEqual(['Collocated Mediation Server', 'yes']);
  });

  it('says so when the design lacks a root trunk or a next hop', () => {
    const doc = twoSites();
    const broken: HandoffTopology = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.kind === 'mediationPool' ? { ...n, nextHopId: null } : n)),
      trunks: doc.trunks.filter((t) => t.id !== 'tS'),
    };
    const steps = buildSteps(broken);
    expect(steps[position(steps, 'SBC 192.0.2.10')]!.fields).toContainEqual(['Root trunk', '(none in the design)']);
    expect(steps[position(steps, 'Mediation pool med.paris.fabrikam.com')]!.fields).toContainEqual(['Next hop pool', '(none in the design)']);
  });
});

describe('buildSheetHtml', () => {
  it('matches the reviewed golden build sheet for contoso-small', async () => {
    await expect(buildSheetHtml(contosoTopology(), FIXED_OPTIONS)).toMatchFileSnapshot('./golden/contoso-small.build-sheet.html');
  });

  it('is a page of checkboxes with no script and nothing fetched', () => {
    const html = buildSheetHtml(twoSites(), FIXED_OPTIONS);
    const steps = buildSteps(twoSites());
    expect(html.split('<input type="checkbox">').length - 1).toBe(steps.length);
    expect(html).not.toMatch(/<script|<link|src=|href=|url\(/i);
    expect(html).toContain('@media print');
  });

  it('escapes every name', () => {
    expect(escapeHtml(`<b a="1">'&'</b>`)).toBe('&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
    const names = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '/', 'script', ' ', 'a', '\n', '<!--', ']]>', 'é'), maxLength: 12 });
    const harmless = buildSheetHtml(twoSites(), FIXED_OPTIONS);
    const tags = (html: string) => html.match(/<[^>]*>/g);
    fc.assert(
      fc.property(names, names, names, (design, site, trunkName) => {
        const doc = twoSites();
        const hostile: HandoffTopology = {
          ...doc,
          name: design,
          sites: doc.sites.map((s) => ({ ...s, name: site })),
          nodes: doc.nodes.map((n) => ('address' in n ? { ...n, address: trunkName } : { ...n, fqdn: trunkName, servers: [site] })),
          trunks: doc.trunks.map((t) => ({ ...t, name: trunkName })),
        };
        const html = buildSheetHtml(hostile, FIXED_OPTIONS);
        // Names never add, drop or change a tag: the page has exactly the tags of the harmless one.
        expect(tags(html)).toEqual(tags(harmless));
        expect(html).toContain(`<strong>${escapeHtml(design)}</strong>`);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
