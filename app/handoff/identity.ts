// Identities written the way the Lync Server Management Shell writes them. Sources are pages of
// MicrosoftDocs/office-docs-powershell (PS, skype/skype-ps/SkypeForBusiness/<Cmdlet>.md) and
// MicrosoftDocs/OfficeDocs-SkypeForBusiness (OD, Lync/LyncServer/lync-server-2013-<key>.md).
import { isPeer } from '../domain/model.ts';
import type { Scope } from '../domain/routing/types.ts';
import type { HandoffTopology, HandoffTrunk } from './document.ts';

/** PS Set-CsPstnUsage, Get-CsTrunkConfiguration, Set-CsNetworkConfiguration: the global scope is `Global`. */
export const GLOBAL = 'Global';

/**
 * The identity of a trunk, as a trunk configuration's service scope and as an entry of a voice
 * route's PstnGatewayList: `PstnGateway:<…>` (PS New-CsTrunkConfiguration: "PstnGateway:Redmond.litwareinc.com
 * (for service)"; PS New-CsVoiceRoute: `-PstnGatewayList @{add="PstnGateway:redmondpool.litwareinc.com"}`).
 * Trunkline's reading of what follows the colon: for a root trunk, the peer's FQDN or IP address
 * (OD define-a-gateway-in-topology-builder: the root trunk is defined with the peer's FQDN or IP;
 * OD modify-a-trunk-in-topology-builder writes `PstnGateway:<peer FQDN>`); for an additional trunk,
 * its name (OD multiple-trunk-support: "The simple trunk name is used as the gateway name from the
 * Lync Server Management Shell").
 */
export function trunkIdentity(doc: HandoffTopology, trunk: HandoffTrunk): string {
  if (trunk.root) {
    const peer = doc.nodes.find((n) => n.id === trunk.peerId);
    if (isPeer(peer)) return `PstnGateway:${peer.address}`;
  }
  return `PstnGateway:${trunk.name}`;
}

/** The name Topology Builder shows for a trunk: a root trunk carries its peer's address (Trunkline's reading, see trunkIdentity). */
export function trunkBuilderName(doc: HandoffTopology, trunk: HandoffTrunk): string {
  return trunkIdentity(doc, trunk).slice('PstnGateway:'.length);
}

/**
 * The identity of a scoped object (trunk configuration, voice policy, dial plan):
 * - global: `Global`;
 * - site: `site:<site name>` (PS New-CsVoicePolicy, New-CsDialPlan, New-CsTrunkConfiguration);
 * - pool (dial plans): `Registrar:<pool FQDN>` (PS New-CsDialPlan: "A dial plan at the service scope
 *   must be a Registrar or PSTN gateway service … Registrar:Redmond.litwareinc.com");
 * - tag (per-user policies and dial plans): the name alone (PS New-CsVoicePolicy: "a string
 *   designating a per-user policy, such as RedmondVoicePolicy"; PS New-CsDialPlan: "A per-user
 *   Identity would be entered simply as a unique string value");
 * - trunk (trunk configurations): the trunk's identity (trunkIdentity).
 */
export function scopedIdentity(doc: HandoffTopology, scope: Scope): string {
  switch (scope.kind) {
    case 'global':
      return GLOBAL;
    case 'site':
      return `site:${doc.sites.find((s) => s.id === scope.siteId)?.name ?? scope.siteId}`;
    case 'pool': {
      const pool = doc.nodes.find((n) => n.id === scope.poolId);
      return `Registrar:${pool !== undefined && 'fqdn' in pool ? pool.fqdn : scope.poolId}`;
    }
    case 'tag':
      return scope.name;
    case 'trunk': {
      const trunk = doc.trunks.find((t) => t.id === scope.trunkId);
      return trunk ? trunkIdentity(doc, trunk) : `PstnGateway:${scope.trunkId}`;
    }
  }
}

/**
 * A rule's identity: its owner's scope, a slash, its name (PS New-CsVoiceNormalizationRule:
 * "site:Redmond/Rule1"; PS New-CsOutboundTranslationRule: "PstnGateway:Redmond.litwareinc.com/OutboundRule2").
 */
export function ruleIdentity(parent: string, name: string): string {
  return `${parent}/${name}`;
}
