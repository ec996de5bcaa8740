// contoso-small (../shared/examples) with a hand-built routing part, until format 2's parser and
// migration land: what Lync's defaults and one engineer's choices would give. Tests only.
import { readFileSync } from 'node:fs';
import { parseTopologyText } from '../../domain/parse.ts';
import type { RoutingCollections } from '../../domain/routing/types.ts';
import type { HandoffDocument } from '../document.ts';

export function contosoTopology() {
  const parsed = parseTopologyText(readFileSync(new URL('../../../../shared/examples/contoso-small.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('contoso-small.json does not parse');
  return parsed.doc;
}

export function contosoRouting(): RoutingCollections {
  return {
    trunkConfigurations: [
      {
        id: 'tc-global', scope: { kind: 'global' }, mediaBypass: false, centralizedMediaProcessing: true, referSupport: true,
        enable3pccRefer: false, rtcpActiveCalls: true, rtcpCallsOnHold: true, srtpMode: 'required', enableFastFailoverTimer: true,
        forwardCallHistory: false, forwardPai: false, maxEarlyDialogs: 20, pstnUsages: [], outboundTranslationRules: [],
      },
      {
        id: 'tc-t1', scope: { kind: 'trunk', trunkId: 't1' }, mediaBypass: true, centralizedMediaProcessing: true, referSupport: true,
        enable3pccRefer: false, rtcpActiveCalls: true, rtcpCallsOnHold: true, srtpMode: 'optional', enableFastFailoverTimer: true,
        forwardCallHistory: false, forwardPai: true, maxEarlyDialogs: 20, pstnUsages: [],
        outboundTranslationRules: [{ name: 'Strip plus', pattern: '^\\+(\\d*)$', translation: '$1' }],
      },
      {
        id: 'tc-redmond', scope: { kind: 'site', siteId: 'hq' }, mediaBypass: false, centralizedMediaProcessing: true, referSupport: false,
        enable3pccRefer: false, rtcpActiveCalls: true, rtcpCallsOnHold: true, srtpMode: 'notSupported', enableFastFailoverTimer: false,
        forwardCallHistory: true, forwardPai: false, maxEarlyDialogs: 40, pstnUsages: ['Internal'], outboundTranslationRules: [],
      },
    ],
    pstnUsages: ['Local', 'Long Distance', 'Internal'],
    voiceRoutes: [
      {
        id: 'r1', name: 'Redmond local', numberPattern: '^\\+1425\\d{7}$', pstnUsages: ['Local'], trunkIds: ['t1'], priority: 0,
        suppressCallerId: false, alternateCallerId: null, description: 'Calls within 425',
      },
      {
        id: 'r2', name: 'Long distance', numberPattern: '^\\+1\\d{10}$', pstnUsages: ['Long Distance'], trunkIds: ['t1', 't2'], priority: 1,
        suppressCallerId: true, alternateCallerId: '+14255550100', description: '',
      },
      {
        id: 'r3', name: 'PBX extensions', numberPattern: '^\\+14255551\\d{3}$', pstnUsages: ['Internal'], trunkIds: ['t2'], priority: 0,
        suppressCallerId: false, alternateCallerId: null, description: '',
      },
    ],
    voicePolicies: [
      {
        id: 'vp-global', scope: { kind: 'global' }, pstnUsages: ['Internal', 'Local'], allowPstnReRouting: true, preventPstnTollBypass: false,
        callForwardingSimulRingUsageType: 'voicePolicyUsage', customCallForwardingSimulRingUsages: [],
      },
      {
        id: 'vp-sales', scope: { kind: 'tag', name: 'Sales' }, pstnUsages: ['Internal', 'Local', 'Long Distance'], allowPstnReRouting: true,
        preventPstnTollBypass: true, callForwardingSimulRingUsageType: 'customUsage', customCallForwardingSimulRingUsages: ['Local'],
      },
    ],
    dialPlans: [
      {
        id: 'dp-global', scope: { kind: 'global' }, externalAccessPrefix: '9', optimizeDeviceDialing: false,
        normalizationRules: [{ name: 'Keep All', pattern: '^(\\d{11})$', translation: '+$1', isInternalExtension: false }],
      },
      {
        id: 'dp-pool', scope: { kind: 'pool', poolId: 'fe1' }, externalAccessPrefix: '9', optimizeDeviceDialing: true,
        normalizationRules: [
          { name: '4 digit', pattern: '^(\\d{4})$', translation: '+1425555$1', isInternalExtension: true },
          { name: '7 digit', pattern: '^(\\d{7})$', translation: '+1425$1', isInternalExtension: false },
        ],
      },
      {
        id: 'dp-redmond', scope: { kind: 'site', siteId: 'hq' }, externalAccessPrefix: '0', optimizeDeviceDialing: false, normalizationRules: [],
      },
    ],
    routingTests: [],
  };
}

export function contoso(): HandoffDocument {
  return { ...contosoTopology(), ...contosoRouting() };
}

export const FIXED_OPTIONS = {
  version: '0.1.0',
  generatedAt: '2026-11-23T09:30:00Z',
  documentSha256: '0'.repeat(64),
} as const;
