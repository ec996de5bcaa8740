import { describe, expect, it } from 'vitest';
import type { Scope } from '../domain/routing/types.ts';
import type { HandoffTopology } from './document.ts';
import { ruleIdentity, scopedIdentity, trunkBuilderName, trunkIdentity } from './identity.ts';
import { contosoTopology } from './testing/contoso.ts';

function doc(): HandoffTopology {
  const base = contosoTopology();
  return { ...base, trunks: [...base.trunks, { ...base.trunks[0]!, id: 't3', name: 'gw01-second', root: false, peerPort: 5068 }] };
}

describe('identities', () => {
  it.each<[Scope, string]>([
    [{ kind: 'global' }, 'Global'],
    [{ kind: 'site', siteId: 'hq' }, 'site:Redmond'],
    [{ kind: 'pool', poolId: 'fe1' }, 'Registrar:pool01.contoso.com'],
    [{ kind: 'tag', name: 'Sales' }, 'Sales'],
    [{ kind: 'trunk', trunkId: 't1' }, 'PstnGateway:gw01.contoso.com'],
    [{ kind: 'trunk', trunkId: 't3' }, 'PstnGateway:gw01-second'],
  ])('writes scope %j as %s', (scope, identity) => {
    expect(scopedIdentity(doc(), scope)).toBe(identity);
  });

  it('names a root trunk by its peer and an additional trunk by its name', () => {
    const d = doc();
    expect(trunkIdentity(d, d.trunks[1]!)).toBe('PstnGateway:pbx.contoso.com');
    expect(trunkBuilderName(d, d.trunks[0]!)).toBe('gw01.contoso.com');
    expect(trunkBuilderName(d, d.trunks[2]!)).toBe('gw01-second');
  });

  it('writes a rule under its owner', () => {
    expect(ruleIdentity('site:Redmond', 'Rule1')).toBe('site:Redmond/Rule1');
  });
});
