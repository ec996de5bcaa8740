// What Lync creates with its defaults (format-2.md): the global trunk configuration, voice policy and
// dial plan that always exist, and the defaults of each new configuration-store object.
import { DEFAULTS } from '../limits.ts';
import type { DialPlan, NormalizationRule, TrunkConfiguration, VoicePolicy, VoiceRoute } from './types.ts';

/** New-CsTrunkConfiguration's defaults (format-2.md, Trunk configurations). */
export const TRUNK_CONFIGURATION_DEFAULTS = DEFAULTS.trunkConfiguration;

/** The six media keys a format-1 trunk carried, now on its trunk configuration. */
export const MEDIA_KEYS = ['mediaBypass', 'centralizedMediaProcessing', 'referSupport', 'rtcpActiveCalls', 'rtcpCallsOnHold', 'srtpMode'] as const;

export const VOICE_POLICY_DEFAULTS = DEFAULTS.voicePolicy;
export const DIAL_PLAN_DEFAULTS = DEFAULTS.dialPlan;
export const VOICE_ROUTE_DEFAULTS = DEFAULTS.voiceRoute;

/** The rule Lync's global dial plan holds (OD create-a-dial-plan; PS New-CsVoiceNormalizationRule). */
export function keepAllRule(): NormalizationRule {
  return { name: 'Keep All', pattern: '^(\\d{11})$', translation: '+$1', isInternalExtension: false };
}

export const GLOBAL_IDS = { trunkConfiguration: 'tc-global', voicePolicy: 'vp-global', dialPlan: 'dp-global' } as const;

/** The first of `base`, `base-2`, `base-3`, … not in `used` (format-2.md). Adds it to `used`. */
export function claimId(used: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export function globalTrunkConfiguration(id: string): TrunkConfiguration {
  return { id, scope: { kind: 'global' }, ...TRUNK_CONFIGURATION_DEFAULTS, pstnUsages: [], outboundTranslationRules: [] };
}

/**
 * A trunk-scoped copy of a configuration (its own id `tc-<trunk>`, claimed from `used`), with a patch:
 * the one way a trunk gets a configuration of its own (new TCP trunks, media edits, the inspector's button).
 */
export function trunkConfigurationCopy(base: TrunkConfiguration | undefined, trunkId: string, used: Set<string>, patch: Partial<TrunkConfiguration> = {}): TrunkConfiguration {
  return { ...structuredClone(base ?? globalTrunkConfiguration('')), ...patch, id: claimId(used, `tc-${trunkId}`), scope: { kind: 'trunk', trunkId } };
}

export function globalVoicePolicy(id: string): VoicePolicy {
  return { id, scope: { kind: 'global' }, ...VOICE_POLICY_DEFAULTS, pstnUsages: [], customCallForwardingSimulRingUsages: [] };
}

export function globalDialPlan(id: string): DialPlan {
  return { id, scope: { kind: 'global' }, ...DIAL_PLAN_DEFAULTS, normalizationRules: [keepAllRule()] };
}

export function newVoiceRoute(fields: Pick<VoiceRoute, 'id' | 'name' | 'numberPattern'> & Partial<VoiceRoute>): VoiceRoute {
  return { pstnUsages: [], trunkIds: [], ...VOICE_ROUTE_DEFAULTS, ...fields };
}

interface HasGlobals {
  trunkConfigurations: TrunkConfiguration[];
  voicePolicies: VoicePolicy[];
  dialPlans: DialPlan[];
}

/**
 * Adds what Lync always has — a global trunk configuration, voice policy and dial plan — where the
 * collection has none, with ids claimed from `used` (format-2.md, Envelope). `used` may be a function
 * giving the set, called only when something is added: a large document that has its globals never pays
 * for a set of all its ids. `doc` gets a new list where one is added: a list is never changed in place
 * (the parser's table of ids reads the lists it checked; idIndex.ts keeps tables by list).
 */
export function addMissingGlobals(doc: HasGlobals, used: Set<string> | (() => Set<string>)): void {
  let ids = typeof used === 'function' ? null : used;
  const claim = (base: string) => claimId((ids ??= (used as () => Set<string>)()), base);
  if (!doc.trunkConfigurations.some((c) => c.scope.kind === 'global')) {
    doc.trunkConfigurations = [globalTrunkConfiguration(claim(GLOBAL_IDS.trunkConfiguration)), ...doc.trunkConfigurations];
  }
  if (!doc.voicePolicies.some((p) => p.scope.kind === 'global')) {
    doc.voicePolicies = [globalVoicePolicy(claim(GLOBAL_IDS.voicePolicy)), ...doc.voicePolicies];
  }
  if (!doc.dialPlans.some((p) => p.scope.kind === 'global')) {
    doc.dialPlans = [globalDialPlan(claim(GLOBAL_IDS.dialPlan)), ...doc.dialPlans];
  }
}
