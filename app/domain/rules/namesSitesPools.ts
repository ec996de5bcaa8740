// Rules of rules.md's sections "Names and addresses", "Sites" and "Pools", in the catalogue's order.
import type { Rule } from '../diagnostic.ts';
import { addressInvalid } from './addressInvalid.ts';
import { branchSiteParent } from './branchSiteParent.ts';
import { branchSiteRole } from './branchSiteRole.ts';
import { centralSiteNoPool } from './centralSiteNoPool.ts';
import { fqdnDuplicate } from './fqdnDuplicate.ts';
import { fqdnInvalid } from './fqdnInvalid.ts';
import { mediationNextHopKind } from './mediationNextHopKind.ts';
import { mediationNextHopMissing } from './mediationNextHopMissing.ts';
import { mediationPortOverlap } from './mediationPortOverlap.ts';
import { mediationUnused } from './mediationUnused.ts';
import { poolQuorum } from './poolQuorum.ts';
import { poolSize } from './poolSize.ts';
import { portInvalid } from './portInvalid.ts';
import { siteNoCentral } from './siteNoCentral.ts';

export const namesAndSitesRules: readonly Rule[] = [
  // Names and addresses
  fqdnInvalid,
  addressInvalid,
  fqdnDuplicate,
  portInvalid,
  // Sites
  siteNoCentral,
  centralSiteNoPool,
  branchSiteParent,
  branchSiteRole,
  // Pools
  poolSize,
  poolQuorum,
  mediationNextHopMissing,
  mediationNextHopKind,
  mediationPortOverlap,
  mediationUnused,
];
