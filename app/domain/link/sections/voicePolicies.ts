// Voice policies (link version 2), column by column: flags (scope kind, the switches that differ from
// New-CsVoicePolicy's defaults, the simultaneous-ringing usage type), scopes, usages in their order,
// custom forwarding usages, ids ("vp-global" for the global policy costs a byte).
import type { VoicePolicy } from '../../routing/types.ts';
import { ID_PREFIXES, SIMUL_RING_USAGE_TYPES, USUAL_VOICE_POLICY as USUAL } from '../frozen.ts';
import { type ScopeIds, type ScopeIndexes, readScopes, scopeCode, scopedIdCandidates, writeScopes } from './scopes.ts';
import { type JsonObject, type LayoutInput, type LayoutOutput, type Switches, readFlags, readSwitches, switchBits } from './section.ts';
import type { UsageRefReader, UsageRefWriter } from './usages.ts';

// Bits 0-2: the scope's kind.
const SWITCHES = [
  ['allowPstnReRouting', 1 << 3],
  ['preventPstnTollBypass', 1 << 4],
] as const satisfies Switches<keyof VoicePolicy>;
const P_SIMUL_RING_SHIFT = 5; // two bits: the usage type's code
const P_CUSTOM_USAGES = 1 << 7;
const P_ALL = (1 << 8) - 1;

/** Approximate JSON characters of a policy without its texts. */
const POLICY_COST = 200;

export function writeVoicePolicies(out: LayoutOutput, policies: readonly VoicePolicy[], scopes: ScopeIndexes, usages: UsageRefWriter): void {
  const { w } = out;
  w.uint(policies.length);
  for (const p of policies) {
    const simulRing = Math.max(0, SIMUL_RING_USAGE_TYPES.indexOf(p.callForwardingSimulRingUsageType));
    w.uint(scopeCode(p.scope) | switchBits(p, SWITCHES, USUAL) | (simulRing << P_SIMUL_RING_SHIFT) | (p.customCallForwardingSimulRingUsages.length > 0 ? P_CUSTOM_USAGES : 0));
  }
  writeScopes(
    out,
    policies.map((p) => p.scope),
    scopes,
  );
  for (const p of policies) usages.list(p.pstnUsages);
  for (const p of policies) if (p.customCallForwardingSimulRingUsages.length > 0) usages.list(p.customCallForwardingSimulRingUsages);
  const ids = out.texts();
  for (const p of policies) ids.write(p.id, scopedIdCandidates(ID_PREFIXES.voicePolicy, p.scope));
}

/** The policies, as JSON, and their ids for the routing tests that name them. */
export function readVoicePolicies(input: LayoutInput, scopeIds: ScopeIds, usages: UsageRefReader): { json: JsonObject[]; ids: string[] } {
  const flags = readFlags(input, POLICY_COST, P_ALL, 'voice policy', (f) => ((f >> P_SIMUL_RING_SHIFT) & 3) < SIMUL_RING_USAGE_TYPES.length);
  const scopes = readScopes(input, flags, scopeIds, 'voice policy');
  const policies = flags.map((f, i) => {
    const p: JsonObject = { id: '', scope: scopes[i]!, pstnUsages: [] };
    readSwitches(f, SWITCHES, USUAL, p);
    p.callForwardingSimulRingUsageType = SIMUL_RING_USAGE_TYPES[(f >> P_SIMUL_RING_SHIFT) & 3]!;
    p.customCallForwardingSimulRingUsages = [];
    return p;
  });
  for (const p of policies) p.pstnUsages = usages.list();
  policies.forEach((p, i) => {
    if ((flags[i]! & P_CUSTOM_USAGES) !== 0) p.customCallForwardingSimulRingUsages = usages.list();
  });
  const ids = input.texts();
  policies.forEach((p, i) => (p.id = ids.read(scopedIdCandidates(ID_PREFIXES.voicePolicy, scopes[i]!))));
  return { json: policies, ids: policies.map((p) => p.id as string) };
}
