// The Lync Server Management Shell script for the configuration-store half of a design: PSTN
// usages, global media bypass and call admission control, trunk configurations with their outbound
// translation rules, voice routes, voice policies, dial plans with their normalization rules.
// Every object is read first, then created or set, so a second run changes nothing; -WhatIf is
// passed on to every change; the first failure stops the script and names the object. Names reach
// the script only as single-quoted literals (powershell.ts); comments hold fixed text only.
import type { MediaBypassSetting, SrtpMode } from '../domain/model.ts';
import { sha256Hex } from '../domain/sha256.ts';
import type { CallForwardingSimulRingUsageType, TranslationRule } from '../domain/routing/types.ts';
import type { HandoffDocument } from './document.ts';
import { GLOBAL_IDENTITY as GLOBAL, identityParameter, ruleIdentity, trunkIdentity } from '../domain/routing/identity.ts';
import { psArray, psBool, psInteger, psListModifier, psLiteral } from './powershell.ts';

export interface ScriptOptions {
  /** The Trunkline version (package.json). */
  version: string;
  /** When the script was made, ISO 8601; passed in so that output is reproducible. */
  generatedAt: string;
  /** SHA-256 (hex) of the design's canonical JSON (documentSha256). */
  documentSha256: string;
  /** The design's errors, one line each, when it is exported with --force. */
  designErrors?: readonly string[];
}

/** The hash the script's header names: SHA-256 of the design's canonical JSON (the one serializer's output). */
export function documentSha256(canonicalJson: string): string {
  return sha256Hex(canonicalJson);
}

/** The script starts with a UTF-8 byte order mark: without one, Windows PowerShell 5.1 reads a
 * script in the ANSI code page, where bytes of some UTF-8 letters (0x91, 0x92) read as ‘ ’, which
 * PowerShell takes for single quotes. */
export const BOM = '\uFEFF';

const SRTP: Record<SrtpMode, string> = { required: 'Required', optional: 'Optional', notSupported: 'NotSupported' };
const SIMUL_RING: Record<CallForwardingSimulRingUsageType, string> = {
  voicePolicyUsage: 'VoicePolicyUsage',
  internalOnly: 'InternalOnly',
  customUsage: 'CustomUsage',
};

class Writer {
  private readonly lines: string[] = [];
  private depth = 0;

  line(text = ''): void {
    this.lines.push(text === '' ? '' : '    '.repeat(this.depth) + text);
  }

  open(text: string): void {
    this.line(`${text} {`);
    this.depth++;
  }

  close(): void {
    this.depth--;
    this.line('}');
  }

  /** `} else {`, `} catch {`: the closing brace and the next clause on one line. */
  next(text: string): void {
    this.depth--;
    this.line(`} ${text} {`);
    this.depth++;
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** A cmdlet call: the cmdlet, then `-Name value` pairs (values already written as PowerShell). */
function call(cmdlet: string, args: readonly (readonly [string, string])[], whatIf: boolean): string {
  const parts = [cmdlet, ...args.map(([name, value]) => `-${name} ${value}`)];
  if (whatIf) parts.push('-WhatIf:$WhatIfPreference');
  return parts.join(' ');
}

type Args = (readonly [string, string])[];

/**
 * One object: read it (`Get-… -ErrorAction SilentlyContinue`), then New- or Set-; any failure
 * stops the script with the object's description.
 */
function upsert(w: Writer, object: string, get: string, identityArgs: { get: Args; create: Args; set: Args }, newArgs: Args, setArgs: Args): void {
  const noun = get.slice('Get-'.length);
  w.open('try');
  w.line(`$current = ${call(get, [...identityArgs.get, ['ErrorAction', 'SilentlyContinue']], false)}`);
  w.open('if ($null -eq $current)');
  w.line(call(`New-${noun}`, [...identityArgs.create, ...newArgs], true));
  w.next('else');
  w.line(call(`Set-${noun}`, [...identityArgs.set, ...setArgs], true));
  w.close();
  stopAt(w, object);
}

/** Ends a `try` block with the catch that stops the script naming the object. */
function stopAt(w: Writer, object: string): void {
  w.next('catch');
  w.line(`throw ('Trunkline stopped at ' + ${psLiteral(object)} + ': ' + $_.Exception.Message)`);
  w.close();
}

function byIdentity(identity: string): { get: Args; create: Args; set: Args } {
  const arg: Args = [['Identity', psLiteral(identity)]];
  return { get: arg, create: arg, set: arg };
}

/** Rules are created under their parent (-Parent, -Name) and read and set by `<parent>/<name>`. */
function byParent(parent: string, name: string): { get: Args; create: Args; set: Args } {
  const identity: Args = [['Identity', psLiteral(ruleIdentity(parent, name))]];
  return { get: identity, create: [['Parent', psLiteral(parent)], ['Name', psLiteral(name)]], set: identity };
}

/** A list parameter: on New- the values are added (left out when there are none); on Set- they replace the list. */
function listArgs(parameter: string, values: readonly string[]): { create: Args; set: Args } {
  return {
    create: values.length > 0 ? [[parameter, psListModifier('Add', values)]] : [],
    set: [[parameter, psListModifier('Replace', values)]],
  };
}

function comment(w: Writer, text: string): void {
  w.line();
  w.line(`# ${text}`);
}

function header(w: Writer, doc: HandoffDocument, options: ScriptOptions): void {
  w.line('<#');
  w.line('.SYNOPSIS');
  w.line('Applies the configuration-store settings of a Trunkline design to Lync Server 2013.');
  w.line('.DESCRIPTION');
  w.line('Generated by Trunkline. Run it in the Lync Server Management Shell once the topology is');
  w.line('published. Each object is read first, then created or set: running it again changes nothing.');
  w.line('-WhatIf shows what it would change. It stops at the first failure and names the object.');
  w.line('The design, the Trunkline version, the time and the SHA-256 of the design are set below.');
  w.line('#>');
  w.line('[CmdletBinding(SupportsShouldProcess = $true)]');
  w.line('param()');
  w.line();
  w.line("$ErrorActionPreference = 'Stop'");
  w.line(`$TrunklineDesign = ${psLiteral(doc.name)}`);
  w.line(`$TrunklineVersion = ${psLiteral(options.version)}`);
  w.line(`$TrunklineGeneratedAt = ${psLiteral(options.generatedAt)}`);
  w.line(`$TrunklineDesignSha256 = ${psLiteral(options.documentSha256)}`);
  w.line(`$TrunklineDesignErrors = ${psArray(options.designErrors ?? [])}`);
  w.line("Write-Host ('Trunkline ' + $TrunklineVersion + ': ' + $TrunklineDesign + ', generated ' + $TrunklineGeneratedAt)");
  w.line("Write-Host ('Design SHA-256: ' + $TrunklineDesignSha256)");
  w.open('if ($TrunklineDesignErrors.Count -gt 0)');
  w.line("Write-Warning ('The design was exported with errors: ' + $TrunklineDesignErrors.Count)");
  w.open('foreach ($designError in $TrunklineDesignErrors)');
  w.line('Write-Warning $designError');
  w.close();
  w.close();
}

function pstnUsages(w: Writer, doc: HandoffDocument): void {
  comment(w, 'PSTN usages: one global list (Set-CsPstnUsage -Usage @{Add=...}); -notcontains compares case-insensitively.');
  for (const usage of doc.pstnUsages) {
    w.open('try');
    w.line(`$usages = (${call('Get-CsPstnUsage', [['Identity', psLiteral(GLOBAL)], ['ErrorAction', 'SilentlyContinue']], false)}).Usage`);
    w.open(`if ($usages -notcontains ${psLiteral(usage)})`);
    w.line(call('Set-CsPstnUsage', [['Identity', psLiteral(GLOBAL)], ['Usage', psListModifier('Add', [usage])]], true));
    w.close();
    stopAt(w, `PSTN usage ${usage}`);
  }
}

const BYPASS: Record<MediaBypassSetting, { enabled: boolean; alwaysBypass: boolean }> = {
  disabled: { enabled: false, alwaysBypass: false },
  alwaysBypass: { enabled: true, alwaysBypass: true },
  useSiteAndRegion: { enabled: true, alwaysBypass: false },
};

function networkConfiguration(w: Writer, doc: HandoffDocument): void {
  comment(w, 'Global media bypass and call admission control: the global network configuration.');
  const bypass = BYPASS[doc.settings.mediaBypass];
  const cac = doc.settings.callAdmissionControl;
  w.open('try');
  w.line(`$network = ${call('Get-CsNetworkConfiguration', [['Identity', psLiteral(GLOBAL)], ['ErrorAction', 'SilentlyContinue']], false)}`);
  const differs = bypass.enabled
    ? `$network.MediaBypassSettings.Enabled -ne $true -or $network.MediaBypassSettings.AlwaysBypass -ne ${psBool(bypass.alwaysBypass)}`
    : '$network.MediaBypassSettings.Enabled -ne $false';
  w.open(`if ($null -eq $network -or ${differs})`);
  const bypassArgs: Args = [['Enabled', psBool(bypass.enabled)]];
  if (bypass.enabled) bypassArgs.push(['AlwaysBypass', psBool(bypass.alwaysBypass)]);
  w.line(`$bypass = ${call('New-CsNetworkMediaBypassConfiguration', bypassArgs, false)}`);
  w.line(call('Set-CsNetworkConfiguration', [['Identity', psLiteral(GLOBAL)], ['MediaBypassSettings', '$bypass']], true));
  w.close();
  w.open(`if ($null -eq $network -or $network.EnableBandwidthPolicyCheck -ne ${psBool(cac)})`);
  w.line(call('Set-CsNetworkConfiguration', [['Identity', psLiteral(GLOBAL)], ['EnableBandwidthPolicyCheck', psBool(cac)]], true));
  w.close();
  stopAt(w, 'global media bypass and call admission control');
}

function outboundTranslationRules(w: Writer, parent: string, rules: readonly TranslationRule[]): void {
  rules.forEach((rule, priority) => {
    const args: Args = [['Pattern', psLiteral(rule.pattern)], ['Translation', psLiteral(rule.translation)], ['Priority', psInteger(priority)]];
    upsert(w, `outbound translation rule ${ruleIdentity(parent, rule.name)}`, 'Get-CsOutboundTranslationRule', byParent(parent, rule.name), args, args);
  });
}

function trunkConfigurations(w: Writer, doc: HandoffDocument): void {
  comment(w, 'Trunk configurations and their outbound translation rules.');
  for (const configuration of doc.trunkConfigurations) {
    const identity = identityParameter(doc, configuration.scope);
    const usages = listArgs('PstnUsages', configuration.pstnUsages);
    const args: Args = [
      ['EnableBypass', psBool(configuration.mediaBypass)],
      ['ConcentratedTopology', psBool(configuration.centralizedMediaProcessing)],
      ['EnableReferSupport', psBool(configuration.referSupport)],
      ['Enable3pccRefer', psBool(configuration.enable3pccRefer)],
      ['RTCPActiveCalls', psBool(configuration.rtcpActiveCalls)],
      ['RTCPCallsOnHold', psBool(configuration.rtcpCallsOnHold)],
      ['SRTPMode', psLiteral(SRTP[configuration.srtpMode])],
      ['EnableFastFailoverTimer', psBool(configuration.enableFastFailoverTimer)],
      ['ForwardCallHistory', psBool(configuration.forwardCallHistory)],
      ['ForwardPAI', psBool(configuration.forwardPai)],
      ['MaxEarlyDialogs', psInteger(configuration.maxEarlyDialogs)],
    ];
    upsert(w, `trunk configuration ${identity}`, 'Get-CsTrunkConfiguration', byIdentity(identity), [...args, ...usages.create], [...args, ...usages.set]);
    outboundTranslationRules(w, identity, configuration.outboundTranslationRules);
  }
}

function voiceRoutes(w: Writer, doc: HandoffDocument): void {
  comment(w, 'Voice routes: global objects named by their name; trunks as PstnGateway identities.');
  const trunkById = new Map(doc.trunks.map((t) => [t.id, t]));
  for (const route of doc.voiceRoutes) {
    const gateways = route.trunkIds.flatMap((id) => {
      const trunk = trunkById.get(id);
      return trunk ? [trunkIdentity(doc, trunk)] : [];
    });
    const usages = listArgs('PstnUsages', route.pstnUsages);
    const trunks = listArgs('PstnGatewayList', gateways);
    const args: Args = [
      ['NumberPattern', psLiteral(route.numberPattern)],
      ['Priority', psInteger(route.priority)],
      ['SuppressCallerId', psBool(route.suppressCallerId)],
      ['Description', psLiteral(route.description)],
    ];
    if (route.alternateCallerId !== null) args.push(['AlternateCallerId', psLiteral(route.alternateCallerId)]);
    upsert(w, `voice route ${route.name}`, 'Get-CsVoiceRoute', byIdentity(route.name), [...args, ...usages.create, ...trunks.create], [...args, ...usages.set, ...trunks.set]);
  }
}

function voicePolicies(w: Writer, doc: HandoffDocument): void {
  comment(w, 'Voice policies: the order of PSTN usages decides routing.');
  for (const policy of doc.voicePolicies) {
    const identity = identityParameter(doc, policy.scope);
    const usages = listArgs('PstnUsages', policy.pstnUsages);
    const custom = listArgs('CustomCallForwardingSimulRingUsages', policy.customCallForwardingSimulRingUsages);
    const args: Args = [
      ['AllowPSTNReRouting', psBool(policy.allowPstnReRouting)],
      ['PreventPSTNTollBypass', psBool(policy.preventPstnTollBypass)],
      ['CallForwardingSimulRingUsageType', psLiteral(SIMUL_RING[policy.callForwardingSimulRingUsageType])],
    ];
    upsert(w, `voice policy ${identity}`, 'Get-CsVoicePolicy', byIdentity(identity), [...args, ...usages.create, ...custom.create], [...args, ...usages.set, ...custom.set]);
  }
}

function dialPlans(w: Writer, doc: HandoffDocument): void {
  comment(w, 'Dial plans and their normalization rules, in order (Priority 0 is tried first).');
  for (const plan of doc.dialPlans) {
    const identity = identityParameter(doc, plan.scope);
    const args: Args = [
      ['ExternalAccessPrefix', psLiteral(plan.externalAccessPrefix)],
      ['OptimizeDeviceDialing', psBool(plan.optimizeDeviceDialing)],
    ];
    upsert(w, `dial plan ${identity}`, 'Get-CsDialPlan', byIdentity(identity), args, args);
    plan.normalizationRules.forEach((rule, priority) => {
      const ruleArgs: Args = [
        ['Pattern', psLiteral(rule.pattern)],
        ['Translation', psLiteral(rule.translation)],
        ['IsInternalExtension', psBool(rule.isInternalExtension)],
        ['Priority', psInteger(priority)],
      ];
      upsert(w, `normalization rule ${ruleIdentity(identity, rule.name)}`, 'Get-CsVoiceNormalizationRule', byParent(identity, rule.name), ruleArgs, ruleArgs);
    });
  }
}

/**
 * The script, as text to save as UTF-8 (it starts with a byte order mark). Usages come first (routes,
 * policies and trunk configurations name them), then the network settings, trunk configurations,
 * routes, policies and dial plans.
 */
export function managementShellScript(doc: HandoffDocument, options: ScriptOptions): string {
  const w = new Writer();
  header(w, doc, options);
  pstnUsages(w, doc);
  networkConfiguration(w, doc);
  trunkConfigurations(w, doc);
  voiceRoutes(w, doc);
  voicePolicies(w, doc);
  dialPlans(w, doc);
  w.line();
  w.line("Write-Host 'Trunkline: done.'");
  return BOM + w.text();
}
