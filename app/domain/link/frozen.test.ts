// The link's frozen tables against the live ones. A failure here means a live table changed: do not
// edit frozen.ts to follow it (links already shared were written with the frozen values). Either the
// change is a mistake, or it is wanted and the link keeps its own value: then say so here, in an
// expected difference, so that the divergence is a decision and not an accident.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORTS as LIVE_PORTS, TRUNK_MEDIA_DEFAULTS, defaultMediation } from '../defaults.ts';
import type { MediaBypassSetting, NodeKind, SrtpMode } from '../model.ts';
import { NODE_KINDS as LIVE_NODE_KINDS } from '../model.ts';
import { newTrunk } from '../newTrunk.ts';
import { settingsSchema, trunkV1Schema } from '../schema.ts';
import { peer, validDoc } from '../testing/build.ts';
import { DIAL_PLAN_DEFAULTS, GLOBAL_IDS, TRUNK_CONFIGURATION_DEFAULTS, VOICE_POLICY_DEFAULTS, VOICE_ROUTE_DEFAULTS, globalDialPlan, keepAllRule } from '../routing/defaults.ts';
import type { CallForwardingSimulRingUsageType, Scope } from '../routing/types.ts';
import {
  DEFAULT_PORTS,
  ID_PREFIXES,
  KEEP_ALL_RULE,
  MEDIA_BYPASS,
  NODE_KINDS,
  SCOPE_KINDS,
  SIMUL_RING_USAGE_TYPES,
  SRTP_MODES,
  USUAL_DIAL_PLAN,
  USUAL_SRTP,
  USUAL_TRUNK,
  USUAL_TRUNK_CONFIGURATION,
  USUAL_VOICE_POLICY,
  USUAL_VOICE_ROUTE,
} from './frozen.ts';

// Compile time: every value of the model has a code in the link (a new one needs a new link version).
type Uncoded =
  | Exclude<MediaBypassSetting, (typeof MEDIA_BYPASS)[number]>
  | Exclude<NodeKind, (typeof NODE_KINDS)[number]>
  | Exclude<SrtpMode, (typeof SRTP_MODES)[number]>
  | Exclude<Scope['kind'], (typeof SCOPE_KINDS)[number]>
  | Exclude<CallForwardingSimulRingUsageType, (typeof SIMUL_RING_USAGE_TYPES)[number]>;
const everyValueCoded: [Uncoded] extends [never] ? true : false = true;

const sorted = (values: readonly string[]) => [...values].sort();

describe('the link codec\'s frozen tables', () => {
  it('code every value of the model', () => {
    expect(everyValueCoded).toBe(true);
  });

  it('hold the enumerations the parser accepts', () => {
    const trunk = trunkV1Schema.shape;
    const settings = settingsSchema.shape;
    expect(sorted(NODE_KINDS)).toEqual(sorted(LIVE_NODE_KINDS));
    expect(sorted(SRTP_MODES)).toEqual(sorted(trunk.srtpMode.def.innerType.options));
    expect(sorted(MEDIA_BYPASS)).toEqual(sorted(settings.mediaBypass.def.innerType.options));
  });

  it('hold the default ports of new elements', () => {
    expect(DEFAULT_PORTS).toEqual({
      tls: LIVE_PORTS.mediationTls,
      tcp: LIVE_PORTS.mediationTcp,
      sip: LIVE_PORTS.sipServer,
      peerTls: LIVE_PORTS.peerTls,
      peerTcp: LIVE_PORTS.peerTcp,
    });
    expect(defaultMediation()).toEqual({ tlsPortRange: [DEFAULT_PORTS.tls, DEFAULT_PORTS.tls], tcpPortRange: null, sipServerPort: DEFAULT_PORTS.sip });
  });

  it('hold the media settings of new trunks', () => {
    const { srtpMode, ...switches } = TRUNK_MEDIA_DEFAULTS;
    expect(USUAL_TRUNK).toEqual(switches);
    expect(USUAL_SRTP.TLS).toBe(srtpMode);
    // A peer addressed by IP gets a TCP trunk, with the SRTP mode new TCP trunks get.
    const doc = { ...validDoc(), nodes: [validDoc().nodes[0]!, peer({ address: '10.0.0.5' })], trunks: [] };
    const made = newTrunk(doc, 'fe1', 'gw1');
    if (!made.ok) throw new Error('newTrunk refused the test design');
    expect(made.trunk.transport).toBe('TCP');
    expect(USUAL_SRTP.TCP).toBe(made.configuration?.srtpMode);
  });

  it('hold the defaults of format 2\'s configuration-store objects', () => {
    expect(USUAL_TRUNK_CONFIGURATION).toEqual(TRUNK_CONFIGURATION_DEFAULTS);
    expect(USUAL_VOICE_POLICY).toEqual(VOICE_POLICY_DEFAULTS);
    expect(USUAL_DIAL_PLAN).toEqual(DIAL_PLAN_DEFAULTS);
    expect(USUAL_VOICE_ROUTE).toEqual(VOICE_ROUTE_DEFAULTS);
  });

  it('hold the global dial plan\'s rule and the ids of the global objects', () => {
    expect(KEEP_ALL_RULE).toEqual(keepAllRule());
    expect(globalDialPlan('dp').normalizationRules).toEqual([KEEP_ALL_RULE]);
    expect(`${ID_PREFIXES.trunkConfiguration}-global`).toBe(GLOBAL_IDS.trunkConfiguration);
    expect(`${ID_PREFIXES.voicePolicy}-global`).toBe(GLOBAL_IDS.voicePolicy);
    expect(`${ID_PREFIXES.dialPlan}-global`).toBe(GLOBAL_IDS.dialPlan);
  });
});
