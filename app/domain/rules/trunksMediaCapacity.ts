// Rules of rules.md's sections "Trunks", "Media" and "Capacity", in the catalogue's order.
import type { Rule } from '../diagnostic.ts';
import { branchPbxRemoteMediation } from './branchPbxRemoteMediation.ts';
import { bypassAlwaysWithCac } from './bypassAlwaysWithCac.ts';
import { bypassGloballyDisabled } from './bypassGloballyDisabled.ts';
import { bypassPreconditions } from './bypassPreconditions.ts';
import { bypassUnqualifiedPeer } from './bypassUnqualifiedPeer.ts';
import { mediationCapacity } from './mediationCapacity.ts';
import { peerNoDnsLbMultiServer } from './peerNoDnsLbMultiServer.ts';
import { peerRootTrunk } from './peerRootTrunk.ts';
import { sbcCollocatedMediation } from './sbcCollocatedMediation.ts';
import { sbcMediationSite } from './sbcMediationSite.ts';
import { srtpRequiredOnTcp } from './srtpRequiredOnTcp.ts';
import { trunkMediationKind } from './trunkMediationKind.ts';
import { trunkMediationPortRange } from './trunkMediationPortRange.ts';
import { trunkNameDuplicate } from './trunkNameDuplicate.ts';
import { trunkPeerKind } from './trunkPeerKind.ts';
import { trunkPeerPortDuplicate } from './trunkPeerPortDuplicate.ts';
import { trunkTcpDisabled } from './trunkTcpDisabled.ts';
import { trunkTcpInsecure } from './trunkTcpInsecure.ts';
import { trunkTlsIpPeer } from './trunkTlsIpPeer.ts';

export const trunkMediaCapacityRules: readonly Rule[] = [
  // Trunks
  trunkMediationKind,
  trunkPeerKind,
  trunkNameDuplicate,
  trunkPeerPortDuplicate,
  peerRootTrunk,
  trunkTlsIpPeer,
  trunkTcpDisabled,
  trunkMediationPortRange,
  trunkTcpInsecure,
  peerNoDnsLbMultiServer,
  sbcMediationSite,
  sbcCollocatedMediation,
  branchPbxRemoteMediation,
  // Media
  bypassPreconditions,
  bypassGloballyDisabled,
  bypassAlwaysWithCac,
  bypassUnqualifiedPeer,
  srtpRequiredOnTcp,
  // Capacity
  mediationCapacity,
];
