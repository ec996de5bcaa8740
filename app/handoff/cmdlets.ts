// The Lync Server Management Shell cmdlets the hand-off script may emit, with their parameters and
// value types, transcribed from Microsoft's PowerShell reference: repository
// MicrosoftDocs/office-docs-powershell, files skype/skype-ps/SkypeForBusiness/<Cmdlet>.md (read at
// commit 93336da2bca96c31c0fc8acc52658a30ef8a6c94). Only parameters documented as applicable to
// Lync Server 2013 are listed (Tenant, which serves Skype for Business Online, is left out). The
// script generator may emit nothing that is not here (script.test.ts checks every call).

/** Value types as the reference names them. */
export type ParameterType =
  | 'XdsIdentity'
  | 'XdsGlobalRelativeIdentity'
  | 'String'
  | 'Boolean'
  | 'Int32'
  | 'Int64'
  | 'UInt32'
  | 'PSListModifier'
  | 'PSObject'
  | 'SwitchParameter'
  | 'SRTPMode'
  | 'CallForwardingSimulRingUsageType'
  | 'VoiceDeploymentMode'
  | 'MediaBypassSettingsType'
  | 'BypassModeEnumType'
  | 'ActionPreference';

export interface CmdletEntry {
  /** Path of the reference page in MicrosoftDocs/office-docs-powershell. */
  source: string;
  parameters: Readonly<Record<string, ParameterType>>;
}

const PS = 'skype/skype-ps/SkypeForBusiness/';

/** Values the reference lists for the enumerations the script writes. */
export const ENUM_VALUES: Readonly<Partial<Record<ParameterType, readonly string[]>>> = {
  // New-CsTrunkConfiguration.md, -SRTPMode: "Valid values: Required, Optional, NotSupported".
  SRTPMode: ['Required', 'Optional', 'NotSupported'],
  // New-CsVoicePolicy.md, -CallForwardingSimulRingUsageType: "Allowed values are: VoicePolicyUsage, InternalOnly, CustomUsage".
  CallForwardingSimulRingUsageType: ['VoicePolicyUsage', 'InternalOnly', 'CustomUsage'],
};

/**
 * Common parameters every cmdlet takes (about_CommonParameters, linked from each page's
 * "CommonParameters" section). The script uses only ErrorAction, on its Get- calls.
 */
export const COMMON_PARAMETERS: Readonly<Record<string, ParameterType>> = { ErrorAction: 'ActionPreference' };

const VOICE_POLICY_PARAMETERS = {
  AllowCallForwarding: 'Boolean',
  AllowPSTNReRouting: 'Boolean',
  AllowSimulRing: 'Boolean',
  CallForwardingSimulRingUsageType: 'CallForwardingSimulRingUsageType',
  CustomCallForwardingSimulRingUsages: 'PSListModifier',
  Description: 'String',
  EnableBWPolicyOverride: 'Boolean',
  EnableCallPark: 'Boolean',
  EnableCallTransfer: 'Boolean',
  EnableDelegation: 'Boolean',
  EnableMaliciousCallTracing: 'Boolean',
  EnableTeamCall: 'Boolean',
  EnableVoicemailEscapeTimer: 'Boolean',
  Force: 'SwitchParameter',
  Identity: 'XdsIdentity',
  Name: 'String',
  PreventPSTNTollBypass: 'Boolean',
  PstnUsages: 'PSListModifier',
  PSTNVoicemailEscapeTimer: 'Int64',
  VoiceDeploymentMode: 'VoiceDeploymentMode',
  Confirm: 'SwitchParameter',
  WhatIf: 'SwitchParameter',
} as const satisfies Record<string, ParameterType>;

const DIAL_PLAN_PARAMETERS = {
  City: 'String',
  CountryCode: 'String',
  Description: 'String',
  DialinConferencingRegion: 'String',
  ExternalAccessPrefix: 'String',
  Force: 'SwitchParameter',
  Identity: 'XdsIdentity',
  NormalizationRules: 'PSListModifier',
  OptimizeDeviceDialing: 'Boolean',
  SimpleName: 'String',
  State: 'String',
  Confirm: 'SwitchParameter',
  WhatIf: 'SwitchParameter',
} as const satisfies Record<string, ParameterType>;

const VOICE_ROUTE_PARAMETERS = {
  AlternateCallerId: 'String',
  Description: 'String',
  Force: 'SwitchParameter',
  Identity: 'XdsGlobalRelativeIdentity',
  NumberPattern: 'String',
  Priority: 'Int32',
  PstnGatewayList: 'PSListModifier',
  PstnUsages: 'PSListModifier',
  SuppressCallerId: 'Boolean',
  Confirm: 'SwitchParameter',
  WhatIf: 'SwitchParameter',
} as const satisfies Record<string, ParameterType>;

// EnableLocationRestriction, ForwardAnonymousCallGatewayPAI, NetworkSiteID and (Set only)
// AcceptGatewayPAIForOutboundCalls are documented for Skype for Business Server 2015/2019 only.
const TRUNK_CONFIGURATION_PARAMETERS = {
  ConcentratedTopology: 'Boolean',
  Description: 'String',
  Enable3pccRefer: 'Boolean',
  EnableBypass: 'Boolean',
  EnableFastFailoverTimer: 'Boolean',
  EnableMobileTrunkSupport: 'Boolean',
  EnableOnlineVoice: 'Boolean',
  EnablePIDFLOSupport: 'Boolean',
  EnableReferSupport: 'Boolean',
  EnableRTPLatching: 'Boolean',
  EnableSessionTimer: 'Boolean',
  EnableSignalBoost: 'Boolean',
  Force: 'SwitchParameter',
  ForwardCallHistory: 'Boolean',
  ForwardPAI: 'Boolean',
  Identity: 'XdsIdentity',
  MaxEarlyDialogs: 'UInt32',
  OutboundCallingNumberTranslationRulesList: 'PSListModifier',
  OutboundTranslationRulesList: 'PSListModifier',
  PstnUsages: 'PSListModifier',
  RemovePlusFromUri: 'Boolean',
  RTCPActiveCalls: 'Boolean',
  RTCPCallsOnHold: 'Boolean',
  SipResponseCodeTranslationRulesList: 'PSListModifier',
  SRTPMode: 'SRTPMode',
  Confirm: 'SwitchParameter',
  WhatIf: 'SwitchParameter',
} as const satisfies Record<string, ParameterType>;

const GET_PARAMETERS = { Filter: 'String', LocalStore: 'SwitchParameter' } as const satisfies Record<string, ParameterType>;

export const CMDLETS: Readonly<Record<string, CmdletEntry>> = {
  // PSTN usages: one global list. "The only identity that can be applied to PSTN usages is Global."
  'Get-CsPstnUsage': { source: `${PS}Get-CsPstnUsage.md`, parameters: { ...GET_PARAMETERS, Identity: 'XdsIdentity' } },
  // There is no New-CsPstnUsage: usages are added to the global list with -Usage @{Add=…}.
  'Set-CsPstnUsage': {
    source: `${PS}Set-CsPstnUsage.md`,
    parameters: { Identity: 'XdsIdentity', Instance: 'PSObject', Usage: 'PSListModifier', Force: 'SwitchParameter', Confirm: 'SwitchParameter', WhatIf: 'SwitchParameter' },
  },

  // Voice routes: "defined only at the global scope, so the identity is simply the name".
  'Get-CsVoiceRoute': { source: `${PS}Get-CsVoiceRoute.md`, parameters: { ...GET_PARAMETERS, Identity: 'XdsGlobalRelativeIdentity' } },
  'New-CsVoiceRoute': { source: `${PS}New-CsVoiceRoute.md`, parameters: { ...VOICE_ROUTE_PARAMETERS, InMemory: 'SwitchParameter', Name: 'String' } },
  'Set-CsVoiceRoute': { source: `${PS}Set-CsVoiceRoute.md`, parameters: { ...VOICE_ROUTE_PARAMETERS, Instance: 'PSObject' } },

  // Voice policies: Global, site:<site name>, or a per-user name such as RedmondVoicePolicy.
  'Get-CsVoicePolicy': { source: `${PS}Get-CsVoicePolicy.md`, parameters: { ...GET_PARAMETERS, Identity: 'XdsIdentity' } },
  'New-CsVoicePolicy': { source: `${PS}New-CsVoicePolicy.md`, parameters: { ...VOICE_POLICY_PARAMETERS, InMemory: 'SwitchParameter' } },
  'Set-CsVoicePolicy': { source: `${PS}Set-CsVoicePolicy.md`, parameters: { ...VOICE_POLICY_PARAMETERS, Instance: 'PSObject' } },

  // Dial plans: Global, site:<site name>, Registrar:<pool FQDN> (service scope), or a per-user name.
  'Get-CsDialPlan': { source: `${PS}Get-CsDialPlan.md`, parameters: { ...GET_PARAMETERS, Identity: 'XdsIdentity' } },
  'New-CsDialPlan': { source: `${PS}New-CsDialPlan.md`, parameters: { ...DIAL_PLAN_PARAMETERS, InMemory: 'SwitchParameter' } },
  'Set-CsDialPlan': { source: `${PS}Set-CsDialPlan.md`, parameters: { ...DIAL_PLAN_PARAMETERS, Instance: 'PSObject' } },

  // Normalization rules: Identity "<dial plan scope>/<rule name>", or -Parent <scope> -Name <name>.
  'Get-CsVoiceNormalizationRule': { source: `${PS}Get-CsVoiceNormalizationRule.md`, parameters: { ...GET_PARAMETERS, Identity: 'XdsIdentity' } },
  'New-CsVoiceNormalizationRule': {
    source: `${PS}New-CsVoiceNormalizationRule.md`,
    parameters: {
      Description: 'String', Force: 'SwitchParameter', Identity: 'XdsIdentity', InMemory: 'SwitchParameter', IsInternalExtension: 'Boolean',
      Name: 'String', Parent: 'String', Pattern: 'String', Priority: 'Int32', Translation: 'String', Confirm: 'SwitchParameter', WhatIf: 'SwitchParameter',
    },
  },
  'Set-CsVoiceNormalizationRule': {
    source: `${PS}Set-CsVoiceNormalizationRule.md`,
    parameters: {
      Description: 'String', Force: 'SwitchParameter', Identity: 'XdsIdentity', Instance: 'PSObject', IsInternalExtension: 'Boolean',
      Pattern: 'String', Priority: 'Int32', Translation: 'String', Confirm: 'SwitchParameter', WhatIf: 'SwitchParameter',
    },
  },

  // Trunk configurations: Global (exists, cannot be re-created), site:<site name>, PstnGateway:<…>.
  'Get-CsTrunkConfiguration': { source: `${PS}Get-CsTrunkConfiguration.md`, parameters: { ...GET_PARAMETERS, Identity: 'XdsIdentity' } },
  'New-CsTrunkConfiguration': { source: `${PS}New-CsTrunkConfiguration.md`, parameters: { ...TRUNK_CONFIGURATION_PARAMETERS, InMemory: 'SwitchParameter' } },
  'Set-CsTrunkConfiguration': { source: `${PS}Set-CsTrunkConfiguration.md`, parameters: { ...TRUNK_CONFIGURATION_PARAMETERS, Instance: 'PSObject' } },

  // Outbound translation rules: Identity "<trunk configuration scope>/<rule name>" (global, site, PstnGateway).
  'Get-CsOutboundTranslationRule': { source: `${PS}Get-CsOutboundTranslationRule.md`, parameters: { ...GET_PARAMETERS, Identity: 'XdsIdentity' } },
  'New-CsOutboundTranslationRule': {
    source: `${PS}New-CsOutboundTranslationRule.md`,
    parameters: {
      Description: 'String', Force: 'SwitchParameter', Identity: 'XdsIdentity', InMemory: 'SwitchParameter', Name: 'String', Parent: 'String',
      Pattern: 'String', Priority: 'Int32', Translation: 'String', Confirm: 'SwitchParameter', WhatIf: 'SwitchParameter',
    },
  },
  'Set-CsOutboundTranslationRule': {
    source: `${PS}Set-CsOutboundTranslationRule.md`,
    parameters: {
      Description: 'String', Force: 'SwitchParameter', Identity: 'XdsIdentity', Instance: 'PSObject',
      Pattern: 'String', Priority: 'Int32', Translation: 'String', Confirm: 'SwitchParameter', WhatIf: 'SwitchParameter',
    },
  },

  // Global media bypass and call admission control live in the network configuration ("This value
  // will always be Global"); Set-CsMediaConfiguration holds codecs and encryption, not bypass.
  'Get-CsNetworkConfiguration': { source: `${PS}Get-CsNetworkConfiguration.md`, parameters: { ...GET_PARAMETERS, Identity: 'XdsIdentity' } },
  'Set-CsNetworkConfiguration': {
    source: `${PS}Set-CsNetworkConfiguration.md`,
    parameters: {
      BWPolicyProfiles: 'PSListModifier', EnableBandwidthPolicyCheck: 'Boolean', Force: 'SwitchParameter', Identity: 'XdsIdentity', Instance: 'PSObject',
      InterNetworkRegionRoutes: 'PSListModifier', InterNetworkSitePolicies: 'PSListModifier', MediaBypassSettings: 'MediaBypassSettingsType',
      NetworkRegionLinks: 'PSListModifier', NetworkRegions: 'PSListModifier', NetworkSites: 'PSListModifier', Subnets: 'PSListModifier',
      Confirm: 'SwitchParameter', WhatIf: 'SwitchParameter',
    },
  },
  // Builds the bypass settings in memory only; they are saved by Set-CsNetworkConfiguration -MediaBypassSettings.
  'New-CsNetworkMediaBypassConfiguration': {
    source: `${PS}New-CsNetworkMediaBypassConfiguration.md`,
    parameters: {
      AlwaysBypass: 'Boolean', BypassID: 'String', Enabled: 'Boolean', EnableDefaultBypassID: 'Boolean', EnabledForAudioVideoConferences: 'Boolean',
      ExternalBypassMode: 'BypassModeEnumType', InternalBypassMode: 'BypassModeEnumType',
    },
  },
};

/** Whether a cmdlet takes a parameter (documented, or common), compared case-insensitively as PowerShell does. */
export function takesParameter(cmdlet: string, parameter: string): boolean {
  const entry = Object.entries(CMDLETS).find(([name]) => name.toLowerCase() === cmdlet.toLowerCase())?.[1];
  if (entry === undefined) return false;
  const wanted = parameter.toLowerCase();
  return [...Object.keys(entry.parameters), ...Object.keys(COMMON_PARAMETERS)].some((p) => p.toLowerCase() === wanted);
}
