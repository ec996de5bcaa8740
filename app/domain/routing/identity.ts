// Identities as Lync writes them: the one home for how a scope or a trunk is named, used by the
// simulator, the rules' messages, `trunkline route` and the hand-off files alike. Sources are pages of
// MicrosoftDocs/office-docs-powershell (PS, skype/skype-ps/SkypeForBusiness/<Cmdlet>.md) and
// MicrosoftDocs/OfficeDocs-SkypeForBusiness (OD, Lync/LyncServer/lync-server-2013-<key>.md).
import { byId } from '../idIndex.ts';
import type { Scope } from './types.ts';

/** What naming reads of a document; a format-2 topology is one. */
export interface IdentityDocument {
  readonly sites: readonly { id: string; name: string }[];
  readonly nodes: readonly { id: string; kind: string; fqdn?: string; address?: string }[];
  readonly trunks: readonly { id: string; name: string; peerId: string; root: boolean }[];
}

/** PS Set-CsPstnUsage, Get-CsTrunkConfiguration, Set-CsNetworkConfiguration: the global scope is `Global`. */
export const GLOBAL_IDENTITY = 'Global';

/** The prefix of a trunk's identity (PS New-CsTrunkConfiguration, New-CsVoiceRoute -PstnGatewayList). */
export const TRUNK_PREFIX = 'PstnGateway:';

/**
 * The name a trunk has in Topology Builder and after `PstnGateway:` in the Management Shell.
 * - A root trunk: its peer's FQDN or IP address. OD define-a-gateway-in-topology-builder defines the
 *   root trunk with the gateway's FQDN or IP address; OD modify-a-trunk-in-topology-builder and PS
 *   New-CsTrunkConfiguration write `PstnGateway:<gateway FQDN>` (`PstnGateway:Redmond.litwareinc.com`).
 * - An additional trunk: its name. OD multiple-trunk-support: "To associate a trunk to a route, you
 *   define a simple name for the trunk in Topology Builder. This simple name is used as the trunk name".
 * Trunkline's reading where the pages are silent: a root trunk's Trunkline name is not what Lync
 * calls it (Topology Builder shows the peer's address), so the name is used for additional trunks only.
 */
export function trunkBuilderName(doc: IdentityDocument, trunk: IdentityDocument['trunks'][number]): string {
  if (trunk.root) {
    const address = byId(doc.nodes).get(trunk.peerId)?.address;
    if (address !== undefined) return address;
  }
  return trunk.name;
}

/**
 * A trunk's identity, as a trunk configuration's service scope and as an entry of a voice route's
 * PstnGatewayList (PS New-CsVoiceRoute: `-PstnGatewayList @{add="PstnGateway:redmondpool.litwareinc.com"}`).
 */
export function trunkIdentity(doc: IdentityDocument, trunk: IdentityDocument['trunks'][number]): string {
  return TRUNK_PREFIX + trunkBuilderName(doc, trunk);
}

/**
 * A scope written as Lync writes the identity of the object that has it (as Get- cmdlets print it):
 * - global: `Global`;
 * - site: `site:<site name>` (PS New-CsVoicePolicy, New-CsDialPlan, New-CsTrunkConfiguration);
 * - pool (dial plans): `Registrar:<pool FQDN>` (PS New-CsDialPlan: "Registrar:Redmond.litwareinc.com");
 * - tag (per-user policies and dial plans): `tag:<name>` (PS Get-CsVoicePolicy prints per-user
 *   policies as `Tag:<name>`; they are created by the name alone, see tagName);
 * - trunk (trunk configurations): the trunk's identity (trunkIdentity).
 */
export function scopeIdentity(doc: IdentityDocument, scope: Scope): string {
  switch (scope.kind) {
    case 'global':
      return GLOBAL_IDENTITY;
    case 'site':
      return `site:${byId(doc.sites).get(scope.siteId)?.name ?? scope.siteId}`;
    case 'tag':
      return `tag:${scope.name}`;
    case 'pool':
      return `Registrar:${byId(doc.nodes).get(scope.poolId)?.fqdn ?? scope.poolId}`;
    case 'trunk': {
      const trunk = byId(doc.trunks).get(scope.trunkId);
      return trunk ? trunkIdentity(doc, trunk) : TRUNK_PREFIX + scope.trunkId;
    }
  }
}

/**
 * The value of `-Identity` that creates or reads the object of a scope. The same as scopeIdentity but
 * for a tag, which is given by its name alone (PS New-CsVoicePolicy: "a string designating a per-user
 * policy, such as RedmondVoicePolicy"; PS New-CsDialPlan: "A per-user Identity would be entered simply as
 * a unique string value").
 */
export function identityParameter(doc: IdentityDocument, scope: Scope): string {
  return scope.kind === 'tag' ? scope.name : scopeIdentity(doc, scope);
}

/**
 * A rule's identity: its owner's identity, a slash, its name (PS New-CsVoiceNormalizationRule:
 * "site:Redmond/Rule1"; PS New-CsOutboundTranslationRule: "PstnGateway:Redmond.litwareinc.com/OutboundRule2").
 */
export function ruleIdentity(parent: string, name: string): string {
  return `${parent}/${name}`;
}
