// Names come from anyone's file or link. Whatever they hold, the script reads back, token for token,
// as the same script written with harmless names: the same calls, parameters, variables and
// comments, and every literal reads back to exactly the value meant (the name inside it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultMediation } from '../domain/defaults.ts';
import type { HandoffDocument } from './document.ts';
import { psLiteral } from './powershell.ts';
import { psTokenize, type PsToken } from './psTokenize.ts';
import { managementShellScript, type ScriptOptions } from './script.ts';
import { CMDLETS, takesParameter } from './cmdlets.ts';
import { callsOf } from './testing/scriptCalls.ts';

const PIECES = [
  "'", '\u2018', '\u2019', '\u201A', '\u201B', "''", '"', '\u201C', '\u201D', '\u201E', '`', '``', '$(', '$(Remove-CsVoiceRoute -Identity x)', ')',
  '${env:PATH}', '$x', '$_', '@(', '@{', '}', ';', '#', '<#', '#>', '|', '&', '>', '-WhatIf', '--%', '\n', '\r', '\r\n', '\u2028', '\u2029',
  '\u0085', '\0', '\t', '\v', '\f', '\u001B', ' ', '\u00A0', 'a', 'Z', '9', 'é', 'ё', '\u0091', '\u0092', '𝄞', '\uD800', '\uFEFF', '\u2013', '\u2014',
];

const hostile = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 16 }),
);

const NAMES = 31;

/** A design that puts name i wherever each kind of text value goes into the script. */
function design(n: readonly string[]): { doc: HandoffDocument; options: ScriptOptions } {
  const name = (i: number) => n[i]!;
  const trunk = (id: string, peerId: string, trunkName: string, root: boolean, peerPort: number) => ({
    id, name: trunkName, mediationId: 'med1', peerId, transport: 'TLS' as const, mediationPort: 5067, peerPort, root,
  });
  const config = {
    mediaBypass: true, centralizedMediaProcessing: true, referSupport: true, enable3pccRefer: false, rtcpActiveCalls: true, rtcpCallsOnHold: true,
    srtpMode: 'required' as const, enableFastFailoverTimer: true, forwardCallHistory: false, forwardPai: false, maxEarlyDialogs: 20,
  };
  const policy = { allowPstnReRouting: true, preventPstnTollBypass: false, callForwardingSimulRingUsageType: 'customUsage' as const };
  const doc: HandoffDocument = {
    name: name(0),
    settings: { mediaBypass: 'alwaysBypass', callAdmissionControl: true },
    sites: [{ id: 's1', name: name(1), kind: 'central' }],
    nodes: [
      { id: 'fe1', kind: 'frontEndPool', siteId: 's1', fqdn: name(2), edition: 'enterprise', servers: [name(3)], mediation: defaultMediation() },
      { id: 'med1', kind: 'mediationPool', siteId: 's1', fqdn: name(4), servers: [name(4)], nextHopId: 'fe1', mediation: defaultMediation() },
      { id: 'gw1', kind: 'pstnGateway', siteId: 's1', address: name(5), dnsLoadBalancing: false, qualified: true },
      { id: 'sbc1', kind: 'sbc', siteId: 's1', address: name(6), dnsLoadBalancing: false, qualified: true },
    ],
    trunks: [trunk('t1', 'gw1', name(7), true, 5067), trunk('t2', 'gw1', name(8), false, 5068), trunk('t3', 'sbc1', name(9), true, 5067)],
    pstnUsages: [name(10), name(11)],
    trunkConfigurations: [
      { id: 'tc1', scope: { kind: 'global' }, ...config, pstnUsages: [name(10)], outboundTranslationRules: [{ name: name(12), pattern: name(13), translation: name(14) }] },
      { id: 'tc2', scope: { kind: 'site', siteId: 's1' }, ...config, pstnUsages: [], outboundTranslationRules: [] },
      { id: 'tc3', scope: { kind: 'trunk', trunkId: 't2' }, ...config, pstnUsages: [], outboundTranslationRules: [{ name: name(15), pattern: '^1$', translation: '2' }] },
    ],
    voiceRoutes: [
      {
        id: 'r1', name: name(16), numberPattern: name(17), pstnUsages: [name(10), name(11)], trunkIds: ['t1', 't2', 't3'], priority: 3,
        suppressCallerId: true, alternateCallerId: name(19), description: name(18),
      },
    ],
    voicePolicies: [
      { id: 'vp1', scope: { kind: 'global' }, ...policy, pstnUsages: [name(11), name(10)], customCallForwardingSimulRingUsages: [name(11)] },
      { id: 'vp2', scope: { kind: 'tag', name: name(20) }, ...policy, pstnUsages: [], customCallForwardingSimulRingUsages: [] },
    ],
    dialPlans: [
      {
        id: 'dp1', scope: { kind: 'global' }, externalAccessPrefix: '9', optimizeDeviceDialing: false,
        normalizationRules: [{ name: name(21), pattern: name(22), translation: name(23), isInternalExtension: true }],
      },
      { id: 'dp2', scope: { kind: 'pool', poolId: 'fe1' }, externalAccessPrefix: '9', optimizeDeviceDialing: false, normalizationRules: [] },
      { id: 'dp3', scope: { kind: 'tag', name: name(24) }, externalAccessPrefix: '9', optimizeDeviceDialing: false, normalizationRules: [] },
      { id: 'dp4', scope: { kind: 'site', siteId: 's1' }, externalAccessPrefix: name(25), optimizeDeviceDialing: true, normalizationRules: [] },
    ],
    routingTests: [],
  };
  return { doc, options: { version: name(26), generatedAt: name(27), documentSha256: name(28), designErrors: [name(29), name(30)] } };
}

const placeholder = (i: number) => `\u27E6${i}\u27E7`;

/** A harmless script's literal with each placeholder ⟦i⟧ replaced by name i. */
function expand(value: string, names: readonly string[]): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const close = value.startsWith('\u27E6', i) ? value.indexOf('\u27E7', i) : -1;
    if (close > 0) {
      out += names[Number(value.slice(i + 1, close))];
      i = close + 1;
    } else {
      out += value[i];
      i++;
    }
  }
  return out;
}

function scriptOf(names: readonly string[]): string {
  const { doc, options } = design(names);
  return managementShellScript(doc, options);
}

const harmlessNames = Array.from({ length: NAMES }, (_, i) => placeholder(i));
const harmless = psTokenize(scriptOf(harmlessNames));

describe('hostile names', () => {
  it('the harmless twin calls only documented cmdlets and parameters, and holds every configuration-store name', () => {
    for (const call of callsOf(scriptOf(harmlessNames))) {
      if (call.cmdlet === 'Write-Host' || call.cmdlet === 'Write-Warning') continue;
      expect(CMDLETS[call.cmdlet], call.cmdlet).toBeDefined();
      for (const p of call.parameters) expect(takesParameter(call.cmdlet, p), `${call.cmdlet} -${p}`).toBe(true);
    }
    const strings = harmless.flatMap((t) => (t.kind === 'string' ? [t.value] : [])).join(' ');
    // Server names, the Mediation pool and root trunks' own names belong to the build sheet, not the script.
    const topologyOnly = new Set([3, 4, 7, 9]);
    for (let i = 0; i < NAMES; i++) {
      if (topologyOnly.has(i)) expect(strings, `name ${i}`).not.toContain(placeholder(i));
      else expect(strings, `name ${i}`).toContain(placeholder(i));
    }
  });

  it('every literal reads back to its value, and no name makes or changes a token outside literals', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: NAMES, maxLength: NAMES }), (names) => {
        const expected: PsToken[] = harmless.map((t) => (t.kind === 'string' ? { kind: 'string', value: expand(t.value, names) } : t));
        const actual = psTokenize(scriptOf(names));
        // Compared as JSON first (fast); toEqual only to show a difference.
        if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
      }),
      { numRuns: 10_000 },
    );
  }, 600_000);

  it('a single literal of any text reads back to exactly that text', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 40 })), (value) => {
        expect(psTokenize(`Write-Host ${psLiteral(value)}\n`)).toEqual([{ kind: 'word', text: 'Write-Host' }, { kind: 'string', value }, { kind: 'newline' }]);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
