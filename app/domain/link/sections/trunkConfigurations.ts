// Trunk configurations (link version 2), column by column: flags (scope kind, and a bit for each
// setting that differs from New-CsTrunkConfiguration's default), scopes, early-dialog limits, usages,
// outbound translation rules, ids. The global configuration at its defaults, as the parser adds it,
// costs two bytes: its flags (0) and its id ("tc-global", predicted from its scope).
import type { TrunkConfiguration } from '../../routing/types.ts';
import { ID_PREFIXES, SRTP_MODES, USUAL_TRUNK_CONFIGURATION as USUAL } from '../frozen.ts';
import type { TextReader, TextWriter } from '../text.ts';
import { type RuleTexts, readRules, writeRules } from './rules.ts';
import { type ScopeIds, type ScopeIndexes, readScopes, scopeCode, scopedIdCandidates, writeScopes } from './scopes.ts';
import { type JsonObject, type LayoutInput, type LayoutOutput, type Switches, readFlags, readSwitches, switchBits } from './section.ts';
import type { UsageRefReader, UsageRefWriter } from './usages.ts';

// Bits 0-2: the scope's kind. The rest are set where a configuration differs from the default; the
// ones most often set come first, so that a usual configuration's flags fit one byte.
const C_SRTP_SHIFT = 4; // two bits: distance from the usual SRTP mode, 0-2
const C_RULES = 1 << 6;
const C_USAGES = 1 << 7;
const C_EARLY_DIALOGS = 1 << 8;
const C_ALL = (1 << 17) - 1;
const SWITCHES = [
  ['mediaBypass', 1 << 3],
  ['centralizedMediaProcessing', 1 << 9],
  ['referSupport', 1 << 10],
  ['enable3pccRefer', 1 << 11],
  ['rtcpActiveCalls', 1 << 12],
  ['rtcpCallsOnHold', 1 << 13],
  ['enableFastFailoverTimer', 1 << 14],
  ['forwardCallHistory', 1 << 15],
  ['forwardPai', 1 << 16],
] as const satisfies Switches<keyof TrunkConfiguration>;

/** Approximate JSON characters of a configuration without its texts: every key is written. */
const CONFIGURATION_COST = 400;
const USUAL_SRTP = SRTP_MODES.indexOf(USUAL.srtpMode);

export function writeTrunkConfigurations(
  out: LayoutOutput,
  configurations: readonly TrunkConfiguration[],
  scopes: ScopeIndexes,
  usages: UsageRefWriter,
  rules: RuleTexts<TextWriter>,
): void {
  const { w } = out;
  w.uint(configurations.length);
  for (const c of configurations) {
    const srtp = (Math.max(0, SRTP_MODES.indexOf(c.srtpMode)) - USUAL_SRTP + 3) % 3;
    w.uint(
      scopeCode(c.scope) |
        switchBits(c, SWITCHES, USUAL) |
        (srtp << C_SRTP_SHIFT) |
        (c.outboundTranslationRules.length > 0 ? C_RULES : 0) |
        (c.pstnUsages.length > 0 ? C_USAGES : 0) |
        (c.maxEarlyDialogs !== USUAL.maxEarlyDialogs ? C_EARLY_DIALOGS : 0),
    );
  }
  writeScopes(
    out,
    configurations.map((c) => c.scope),
    scopes,
  );
  for (const c of configurations) if (c.maxEarlyDialogs !== USUAL.maxEarlyDialogs) w.number(c.maxEarlyDialogs, USUAL.maxEarlyDialogs);
  for (const c of configurations) if (c.pstnUsages.length > 0) usages.list(c.pstnUsages);
  for (const c of configurations) if (c.outboundTranslationRules.length > 0) writeRules(out, c.outboundTranslationRules, rules, false);
  const ids = out.texts();
  for (const c of configurations) ids.write(c.id, scopedIdCandidates(ID_PREFIXES.trunkConfiguration, c.scope));
}

export function readTrunkConfigurations(input: LayoutInput, scopeIds: ScopeIds, usages: UsageRefReader, rules: RuleTexts<TextReader>): JsonObject[] {
  const { r } = input;
  const flags = readFlags(input, CONFIGURATION_COST, C_ALL, 'trunk configuration', (f) => ((f >> C_SRTP_SHIFT) & 3) <= 2);
  const scopes = readScopes(input, flags, scopeIds, 'trunk configuration');
  const configurations = flags.map((f, i) => {
    const c: JsonObject = { id: '', scope: scopes[i]! };
    readSwitches(f, SWITCHES, USUAL, c);
    c.srtpMode = SRTP_MODES[(USUAL_SRTP + ((f >> C_SRTP_SHIFT) & 3)) % 3]!;
    c.maxEarlyDialogs = USUAL.maxEarlyDialogs;
    c.pstnUsages = [];
    c.outboundTranslationRules = [];
    return c;
  });
  configurations.forEach((c, i) => {
    if ((flags[i]! & C_EARLY_DIALOGS) !== 0) c.maxEarlyDialogs = r.number(USUAL.maxEarlyDialogs);
  });
  configurations.forEach((c, i) => {
    if ((flags[i]! & C_USAGES) !== 0) c.pstnUsages = usages.list();
  });
  configurations.forEach((c, i) => {
    if ((flags[i]! & C_RULES) !== 0) c.outboundTranslationRules = readRules(input, rules, false);
  });
  const ids = input.texts();
  configurations.forEach((c, i) => (c.id = ids.read(scopedIdCandidates(ID_PREFIXES.trunkConfiguration, scopes[i]!))));
  return configurations;
}
