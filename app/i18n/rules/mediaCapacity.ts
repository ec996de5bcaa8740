// Translations of the rule messages of one group of rules; each rule's in its own module beside this one.
import { branchPbxRemoteMediationMessages } from './branchPbxRemoteMediation.ts';
import { bypassAlwaysWithCacMessages } from './bypassAlwaysWithCac.ts';
import { bypassGloballyDisabledMessages } from './bypassGloballyDisabled.ts';
import { bypassPreconditionsMessages } from './bypassPreconditions.ts';
import { bypassUnqualifiedPeerMessages } from './bypassUnqualifiedPeer.ts';
import { mediationCapacityMessages } from './mediationCapacity.ts';
import { srtpRequiredOnTcpMessages } from './srtpRequiredOnTcp.ts';
import type { RuleTranslations } from './types.ts';

export const mediaCapacityMessages: readonly RuleTranslations[] = [
  branchPbxRemoteMediationMessages,
  bypassPreconditionsMessages,
  bypassGloballyDisabledMessages,
  bypassAlwaysWithCacMessages,
  bypassUnqualifiedPeerMessages,
  srtpRequiredOnTcpMessages,
  mediationCapacityMessages,
];
