// Rules of rules-2.md's new sections "Scopes and configurations" and "Routing", in the catalogue's order.
import type { Rule } from '../diagnostic.ts';
import { callerIdAlternate } from './callerIdAlternate.ts';
import { intertrunkPstnToPstn } from './intertrunkPstnToPstn.ts';
import { patternInvalid } from './patternInvalid.ts';
import { patternUnsupported } from './patternUnsupported.ts';
import { policyNoUsage } from './policyNoUsage.ts';
import { routeNameDuplicate } from './routeNameDuplicate.ts';
import { routeNoTrunk } from './routeNoTrunk.ts';
import { routeNoUsage } from './routeNoUsage.ts';
import { routeUnreachable } from './routeUnreachable.ts';
import { routingTestFailed } from './routingTestFailed.ts';
import { scopeDuplicate } from './scopeDuplicate.ts';
import { scopePoolKind } from './scopePoolKind.ts';
import { translationGroupMissing } from './translationGroupMissing.ts';
import { translationRuleNameDuplicate } from './translationRuleNameDuplicate.ts';
import { trunkNotRouted } from './trunkNotRouted.ts';
import { usageDuplicate } from './usageDuplicate.ts';
import { usageUndefined } from './usageUndefined.ts';
import { usageUnused } from './usageUnused.ts';

export const scopesRoutingRules: readonly Rule[] = [
  // Scopes and configurations
  scopeDuplicate,
  scopePoolKind,
  translationRuleNameDuplicate,
  // Routing
  patternInvalid,
  patternUnsupported,
  translationGroupMissing,
  usageDuplicate,
  usageUndefined,
  routeNameDuplicate,
  routeNoTrunk,
  routeNoUsage,
  routeUnreachable,
  callerIdAlternate,
  trunkNotRouted,
  policyNoUsage,
  usageUnused,
  intertrunkPstnToPstn,
  routingTestFailed,
];
