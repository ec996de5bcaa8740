// Translations of the rule messages of one group of rules; each rule's in its own module beside this one.
import { addressInvalidMessages } from './addressInvalid.ts';
import { branchSiteParentMessages } from './branchSiteParent.ts';
import { branchSiteRoleMessages } from './branchSiteRole.ts';
import { centralSiteNoPoolMessages } from './centralSiteNoPool.ts';
import { fqdnDuplicateMessages } from './fqdnDuplicate.ts';
import { fqdnInvalidMessages } from './fqdnInvalid.ts';
import { mediationNextHopKindMessages } from './mediationNextHopKind.ts';
import { mediationNextHopMissingMessages } from './mediationNextHopMissing.ts';
import { mediationPortOverlapMessages } from './mediationPortOverlap.ts';
import { mediationUnusedMessages } from './mediationUnused.ts';
import { poolQuorumMessages } from './poolQuorum.ts';
import { poolSizeMessages } from './poolSize.ts';
import { portInvalidMessages } from './portInvalid.ts';
import { siteNoCentralMessages } from './siteNoCentral.ts';
import type { RuleTranslations } from './types.ts';

export const namesSitesPoolsMessages: readonly RuleTranslations[] = [
  // Names and addresses
  fqdnInvalidMessages,
  addressInvalidMessages,
  fqdnDuplicateMessages,
  portInvalidMessages,
  // Sites
  siteNoCentralMessages,
  centralSiteNoPoolMessages,
  branchSiteParentMessages,
  branchSiteRoleMessages,
  // Pools
  poolSizeMessages,
  poolQuorumMessages,
  mediationNextHopMissingMessages,
  mediationNextHopKindMessages,
  mediationPortOverlapMessages,
  mediationUnusedMessages,
];
