import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTopologyText } from '../parse.ts';
import type { Topology } from '../model.ts';
import { identityParameter, ruleIdentity, scopeIdentity, trunkBuilderName, trunkIdentity } from './identity.ts';
import type { Scope } from './types.ts';

// contoso-small: t1 is gw1's root trunk (gw01.contoso.com), t2 the root trunk of pbx1 (pbx.contoso.com);
// a third, additional trunk to gw1 is added here.
function doc(): Topology {
  const parsed = parseTopologyText(readFileSync(new URL('../../../../shared/examples/contoso-small.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('contoso-small.json does not parse');
  const base = parsed.doc;
  return { ...base, trunks: [...base.trunks, { ...base.trunks[0]!, id: 't3', name: 'gw01-second', root: false, peerPort: 5068 }] };
}

describe('identities', () => {
  it.each<[Scope, string, string]>([
    [{ kind: 'global' }, 'Global', 'Global'],
    [{ kind: 'site', siteId: 'hq' }, 'site:Redmond', 'site:Redmond'],
    [{ kind: 'pool', poolId: 'fe1' }, 'Registrar:pool01.contoso.com', 'Registrar:pool01.contoso.com'],
    [{ kind: 'tag', name: 'Sales' }, 'tag:Sales', 'Sales'],
    [{ kind: 'trunk', trunkId: 't1' }, 'PstnGateway:gw01.contoso.com', 'PstnGateway:gw01.contoso.com'],
    [{ kind: 'trunk', trunkId: 't3' }, 'PstnGateway:gw01-second', 'PstnGateway:gw01-second'],
    [{ kind: 'trunk', trunkId: 'gone' }, 'PstnGateway:gone', 'PstnGateway:gone'],
  ])('writes scope %j as %s (and -Identity %s)', (scope, identity, parameter) => {
    const d = doc();
    expect(scopeIdentity(d, scope)).toBe(identity);
    expect(identityParameter(d, scope)).toBe(parameter);
  });

  it('names a root trunk by its peer and an additional trunk by its name', () => {
    const d = doc();
    expect(d.trunks[0]!.name).not.toBe('gw01.contoso.com');
    expect(trunkIdentity(d, d.trunks[1]!)).toBe('PstnGateway:pbx.contoso.com');
    expect(trunkBuilderName(d, d.trunks[0]!)).toBe('gw01.contoso.com');
    expect(trunkBuilderName(d, d.trunks[2]!)).toBe('gw01-second');
  });

  it('writes a rule under its owner', () => {
    expect(ruleIdentity('site:Redmond', 'Rule1')).toBe('site:Redmond/Rule1');
  });
});
