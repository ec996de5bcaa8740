import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CMDLETS, COMMON_PARAMETERS, takesParameter } from './cmdlets.ts';
import type { HandoffDocument } from './document.ts';
import { psTokenize } from './psTokenize.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { BOM, documentSha256, managementShellScript } from './script.ts';
import { TRUNKLINE_VERSION } from './version.ts';
import { contoso, contosoTopology, FIXED_OPTIONS } from './testing/contoso.ts';
import { callsOf } from './testing/scriptCalls.ts';

/** PowerShell's own cmdlets the script uses, without parameters (the Lync ones are in cmdlets.ts). */
const BUILT_INS = new Set(['Write-Host', 'Write-Warning']);

function script(doc: HandoffDocument = contoso(), designErrors?: string[]): string {
  return managementShellScript(doc, { ...FIXED_OPTIONS, designErrors });
}

function stringsOf(text: string): string[] {
  return psTokenize(text).flatMap((t) => (t.kind === 'string' ? [t.value] : []));
}

describe('managementShellScript', () => {
  it('matches the reviewed golden script for contoso-small with its routing', async () => {
    await expect(script()).toMatchFileSnapshot('./golden/contoso-small.ps1');
  });

  it('calls only cmdlets and parameters of the table', () => {
    const calls = callsOf(script(contoso(), ['an error']));
    expect(calls.length).toBeGreaterThan(20);
    for (const call of calls) {
      if (BUILT_INS.has(call.cmdlet)) {
        expect(call.parameters, call.cmdlet).toEqual([]);
        continue;
      }
      expect(Object.keys(CMDLETS), call.cmdlet).toContain(call.cmdlet);
      for (const parameter of call.parameters) expect(takesParameter(call.cmdlet, parameter), `${call.cmdlet} -${parameter}`).toBe(true);
    }
    // Every family the design holds is written.
    const used = new Set(calls.map((c) => c.cmdlet));
    for (const noun of ['CsPstnUsage', 'CsVoiceRoute', 'CsVoicePolicy', 'CsDialPlan', 'CsVoiceNormalizationRule', 'CsTrunkConfiguration', 'CsOutboundTranslationRule']) {
      expect(used.has(`Get-${noun}`), noun).toBe(true);
      expect(used.has(`Set-${noun}`), noun).toBe(true);
    }
    expect(used.has('Set-CsNetworkConfiguration')).toBe(true);
  });

  it('the table check itself refuses what the reference does not document', () => {
    expect(takesParameter('Set-CsVoiceRoute', 'PstnGatewayList')).toBe(true);
    expect(takesParameter('set-csvoiceroute', 'pstngatewaylist')).toBe(true);
    expect(takesParameter('Set-CsVoiceRoute', 'Name')).toBe(false); // only New-CsVoiceRoute takes -Name
    expect(takesParameter('New-CsTrunkConfiguration', 'NetworkSiteID')).toBe(false); // Skype for Business Server only
    expect(takesParameter('New-CsPstnUsage', 'Usage')).toBe(false); // no such cmdlet
    expect(takesParameter('Get-CsDialPlan', 'ErrorAction')).toBe(true);
    expect(Object.keys(COMMON_PARAMETERS)).toEqual(['ErrorAction']);
  });

  it('every table entry names its source page', () => {
    for (const [name, entry] of Object.entries(CMDLETS)) expect(entry.source).toBe(`skype/skype-ps/SkypeForBusiness/${name}.md`);
  });

  it('reads each object before it creates or sets it, and passes -WhatIf on to every change', () => {
    const calls = callsOf(script());
    calls.forEach((call, i) => {
      if (call.cmdlet.startsWith('Get-')) expect(call.parameters, call.cmdlet).toContain('ErrorAction');
      if (/^(New|Set)-Cs/.test(call.cmdlet) && call.cmdlet !== 'New-CsNetworkMediaBypassConfiguration') {
        expect(call.parameters, call.cmdlet).toContain('WhatIf');
        const noun = call.cmdlet.slice(4);
        const reads = calls.slice(0, i).reverse().find((c) => c.cmdlet.startsWith('Get-'));
        expect(reads?.cmdlet, call.cmdlet).toBe(noun === 'CsNetworkConfiguration' ? 'Get-CsNetworkConfiguration' : `Get-${noun}`);
      }
    });
    const text = script();
    expect(text).toContain('[CmdletBinding(SupportsShouldProcess = $true)]\nparam()');
    expect(text).toContain("$ErrorActionPreference = 'Stop'");
    // New- when the read found nothing, Set- otherwise.
    expect(text).toContain("    $current = Get-CsVoiceRoute -Identity 'Redmond local' -ErrorAction SilentlyContinue\n    if ($null -eq $current) {\n        New-CsVoiceRoute -Identity 'Redmond local'");
  });

  it('stops at the first failure naming the object', () => {
    const text = script();
    const tries = text.split('\ntry {').length - 1;
    const stops = text.split("throw ('Trunkline stopped at ' + ").length - 1;
    expect(tries).toBeGreaterThan(10);
    expect(stops).toBe(tries);
    expect(stringsOf(text)).toContain('voice route Redmond local');
    expect(stringsOf(text)).toContain('normalization rule Registrar:pool01.contoso.com/4 digit');
  });

  it('names the design, version, time, hash and, when forced, the errors in its header', () => {
    const text = script(contoso(), ['TRUNK_PORT_CONFLICT: two trunks share gw01:5067', "it's broken"]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain("$TrunklineDesign = 'Contoso, one site'");
    expect(text).toContain("$TrunklineVersion = '0.1.0'");
    expect(text).toContain("$TrunklineGeneratedAt = '2026-11-23T09:30:00Z'");
    expect(text).toContain(`$TrunklineDesignSha256 = '${'0'.repeat(64)}'`);
    expect(text).toContain("$TrunklineDesignErrors = @('TRUNK_PORT_CONFLICT: two trunks share gw01:5067', 'it''s broken')");
    expect(script()).toContain('$TrunklineDesignErrors = @()');
  });

  it('takes its version from package.json and hashes the canonical JSON', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(TRUNKLINE_VERSION).toBe(pkg.version);
    const text = serializeTopology(contosoTopology());
    expect(documentSha256(text)).toMatch(/^[0-9a-f]{64}$/);
    expect(documentSha256(text)).not.toBe(documentSha256(text.replace('Redmond', 'Redmont')));
  });

  it('writes identities as Lync does', () => {
    const strings = stringsOf(script());
    expect(strings).toEqual(expect.arrayContaining([
      'Global', // PSTN usages, global trunk configuration, policy, dial plan
      'site:Redmond', // site-scoped trunk configuration and dial plan
      'PstnGateway:gw01.contoso.com', // root trunk: the peer's address
      'PstnGateway:gw01.contoso.com/Strip plus', // outbound rule of the trunk's configuration
      'Sales', // per-user policy: the tag name alone
      'Registrar:pool01.contoso.com', // pool-scoped dial plan
    ]));
  });

  it('names additional trunks by their name, root trunks by their peer', () => {
    const doc = contoso();
    const extra = { ...doc.trunks[0]!, id: 't3', name: 'gw01-backup', root: false, peerPort: 5068 };
    const withExtra: HandoffDocument = {
      ...doc,
      trunks: [...doc.trunks, extra],
      voiceRoutes: [{ ...doc.voiceRoutes[0]!, trunkIds: ['t1', 't3', 'missing'] }],
    };
    expect(script(withExtra)).toContain("-PstnGatewayList @{Replace=@('PstnGateway:gw01.contoso.com', 'PstnGateway:gw01-backup')}");
  });

  it('sets global media bypass and call admission control as the design states', () => {
    const base = contoso();
    const always = script({ ...base, settings: { mediaBypass: 'alwaysBypass', callAdmissionControl: false } });
    expect(always).toContain('$bypass = New-CsNetworkMediaBypassConfiguration -Enabled $true -AlwaysBypass $true');
    expect(always).toContain("Set-CsNetworkConfiguration -Identity 'Global' -EnableBandwidthPolicyCheck $false -WhatIf:$WhatIfPreference");
    const regions = script({ ...base, settings: { mediaBypass: 'useSiteAndRegion', callAdmissionControl: true } });
    expect(regions).toContain('$bypass = New-CsNetworkMediaBypassConfiguration -Enabled $true -AlwaysBypass $false');
    expect(regions).toContain("Set-CsNetworkConfiguration -Identity 'Global' -EnableBandwidthPolicyCheck $true -WhatIf:$WhatIfPreference");
    const off = script({ ...base, settings: { mediaBypass: 'disabled', callAdmissionControl: false } });
    expect(off).toContain('$bypass = New-CsNetworkMediaBypassConfiguration -Enabled $false\n');
  });

  it('adds list values on New- and replaces them on Set-, so the lists end as the design says', () => {
    const text = script();
    expect(text).toContain("New-CsVoicePolicy -Identity 'Sales' -AllowPSTNReRouting $true -PreventPSTNTollBypass $true -CallForwardingSimulRingUsageType 'CustomUsage' -PstnUsages @{Add=@('Internal', 'Local', 'Long Distance')} -CustomCallForwardingSimulRingUsages @{Add=@('Local')} -WhatIf:$WhatIfPreference");
    expect(text).toContain("Set-CsVoicePolicy -Identity 'Global' -AllowPSTNReRouting $true -PreventPSTNTollBypass $false -CallForwardingSimulRingUsageType 'VoicePolicyUsage' -PstnUsages @{Replace=@('Internal', 'Local')} -CustomCallForwardingSimulRingUsages @{Replace=@()} -WhatIf:$WhatIfPreference");
  });
});
