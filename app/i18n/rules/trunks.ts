// Translations of the rule messages of one group of rules; each rule's in its own module beside this one.
import { peerNoDnsLbMultiServerMessages } from './peerNoDnsLbMultiServer.ts';
import { peerRootTrunkMessages } from './peerRootTrunk.ts';
import { sbcCollocatedMediationMessages } from './sbcCollocatedMediation.ts';
import { sbcMediationSiteMessages } from './sbcMediationSite.ts';
import { trunkMediationKindMessages } from './trunkMediationKind.ts';
import { trunkMediationPortRangeMessages } from './trunkMediationPortRange.ts';
import { trunkNameDuplicateMessages } from './trunkNameDuplicate.ts';
import { trunkPeerKindMessages } from './trunkPeerKind.ts';
import { trunkPeerPortDuplicateMessages } from './trunkPeerPortDuplicate.ts';
import { trunkTcpDisabledMessages } from './trunkTcpDisabled.ts';
import { trunkTcpInsecureMessages } from './trunkTcpInsecure.ts';
import type { RuleTranslations } from './types.ts';

export const trunksMessages: readonly RuleTranslations[] = [
  trunkMediationKindMessages,
  trunkPeerKindMessages,
  trunkNameDuplicateMessages,
  trunkPeerPortDuplicateMessages,
  peerRootTrunkMessages,
  trunkTcpDisabledMessages,
  trunkMediationPortRangeMessages,
  trunkTcpInsecureMessages,
  peerNoDnsLbMultiServerMessages,
  sbcMediationSiteMessages,
  sbcCollocatedMediationMessages,
];
