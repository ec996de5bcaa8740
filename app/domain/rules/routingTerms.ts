// How routing messages name things: routes by name, policies, dial plans and trunk configurations by
// their scope as Lync writes the identity (rules-2.md, "Order of diagnostics, messages"), never by id alone.
import { term, type MessageTemplates, type TermRef } from '../diagnostic.ts';
import type { Topology } from '../model.ts';
import type { PatternFault, PatternFeature } from '../routing/pattern.ts';
import { scopeIdentity } from '../routing/identity.ts';
import type { DialPlan, Scope, TrunkConfiguration, VoicePolicy, VoiceRoute } from '../routing/types.ts';
import { usageKey } from '../routing/scopes.ts';

export const ROUTING_TERMS = {
  'routing.route': 'voice route "{{name}}"',
  'routing.voicePolicy': 'voice policy {{scope}}',
  'routing.dialPlan': 'dial plan {{scope}}',
  'routing.trunkConfiguration': 'trunk configuration {{scope}}',
  'routing.normalizationRule': 'normalization rule "{{rule}}" of dial plan {{scope}}',
  'routing.translationRule': 'outbound translation rule "{{rule}}" of trunk configuration {{scope}}',
  'routing.noRoute': 'no route',
  'routing.unknown': 'unknown (a pattern Trunkline does not evaluate)',
  'pattern.notEnoughParens': 'a parenthesis is not closed',
  'pattern.tooManyParens': 'a closing parenthesis has no opening one',
  'pattern.unterminatedClass': 'a [ class is not closed',
  'pattern.nothingToRepeat': 'a quantifier has nothing to repeat',
  'pattern.nestedQuantifier': 'a quantifier follows another quantifier',
  'pattern.reverseRange': 'a [x-y] range runs backwards',
  'pattern.reverseCount': 'a {n,m} count has n greater than m',
  'pattern.badEscape': 'a \\ escape is not one .NET knows',
  'pattern.trailingBackslash': 'it ends with a lone \\',
  'pattern.badGroup': 'a (? group is not one .NET knows',
  'pattern.badName': 'a group name is not valid',
  'feature.backreference': 'a backreference',
  'feature.lookaround': 'a lookahead or lookbehind',
  'feature.atomicGroup': 'an atomic group (?>…)',
  'feature.conditional': 'a conditional (?(…)…)',
  'feature.balancingGroup': 'a balancing group',
  'feature.classSubtraction': 'a class subtraction [a-z-[…]]',
  'feature.inlineOption': 'the inline option n or x',
  'feature.numberedGroup': 'a group with a number for a name',
  'feature.anchorG': 'the anchor \\G',
  'feature.unicodeBlock': 'a named Unicode block \\p{Is…}',
  'feature.engineLimit': 'more than a linear-time engine takes (a count over 1,000, or a pattern too large)',
  'expect.translation': 'the number is {{actual}}, not {{expected}}',
  'expect.usage': 'the first usage is {{actual}}, not {{expected}}',
  'expect.routeId': 'the first route is {{actual}}, not {{expected}}',
} as const satisfies MessageTemplates;

export const patternFaultTerm = (fault: PatternFault): TermRef => term(`pattern.${fault}`);
export const patternFeatureTerm = (feature: PatternFeature): TermRef => term(`feature.${feature}`);

export function routeRef(route: VoiceRoute): TermRef {
  return term('routing.route', { name: route.name });
}

export function voicePolicyRef(doc: Topology, policy: VoicePolicy): TermRef {
  return term('routing.voicePolicy', { scope: scopeIdentity(doc, policy.scope) });
}

export function dialPlanRef(doc: Topology, plan: DialPlan): TermRef {
  return term('routing.dialPlan', { scope: scopeIdentity(doc, plan.scope) });
}

export function trunkConfigurationRef(doc: Topology, configuration: TrunkConfiguration): TermRef {
  return term('routing.trunkConfiguration', { scope: scopeIdentity(doc, configuration.scope) });
}

/** Routing is modelled when the document has a PSTN usage or a voice route; † rules are silent otherwise. */
export function routingModelled(doc: Topology): boolean {
  return doc.pstnUsages.length > 0 || doc.voiceRoutes.length > 0;
}

/**
 * Every pattern of the document with its owner: route number patterns, normalization and outbound rules.
 * The owner is put into words (`where`) only when a rule reports the pattern: most patterns are clean,
 * and wording each one (a term, a scope's identity) cost more than checking it.
 */
export class PatternSite {
  constructor(
    private readonly doc: Topology,
    private readonly owner: { kind: 'route'; route: VoiceRoute } | { kind: 'normalization' | 'translation'; scope: Scope; rule: string },
    readonly ownerId: string,
    readonly pattern: string,
    /** The rule's translation; none for a route's number pattern. */
    readonly translation?: string,
  ) {}

  /** The owner (and rule) in words. */
  get where(): TermRef {
    const owner = this.owner;
    if (owner.kind === 'route') return routeRef(owner.route);
    const scope = scopeIdentity(this.doc, owner.scope);
    return term(owner.kind === 'normalization' ? 'routing.normalizationRule' : 'routing.translationRule', { rule: owner.rule, scope });
  }
}

// Three rules walk the same patterns: gathered once per document version.
const patternSitesOf = new WeakMap<Topology, PatternSite[]>();

export function patternSites(doc: Topology): PatternSite[] {
  const known = patternSitesOf.get(doc);
  if (known) return known;
  const sites: PatternSite[] = [];
  for (const route of doc.voiceRoutes) sites.push(new PatternSite(doc, { kind: 'route', route }, route.id, route.numberPattern));
  for (const plan of doc.dialPlans) {
    for (const r of plan.normalizationRules) {
      sites.push(new PatternSite(doc, { kind: 'normalization', scope: plan.scope, rule: r.name }, plan.id, r.pattern, r.translation));
    }
  }
  for (const configuration of doc.trunkConfigurations) {
    for (const r of configuration.outboundTranslationRules) {
      sites.push(new PatternSite(doc, { kind: 'translation', scope: configuration.scope, rule: r.name }, configuration.id, r.pattern, r.translation));
    }
  }
  patternSitesOf.set(doc, sites);
  return sites;
}

/** Usage names compare case-insensitively; this is the set of the document's list. */
export function definedUsages(doc: Topology): Set<string> {
  return new Set(doc.pstnUsages.map((u) => usageKey(u)));
}
