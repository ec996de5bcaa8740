// Scopes of trunk configurations, voice policies and dial plans (link version 2): the kind is a code in
// the low bits of the object's flags; then, object by object, what the scope names, as a reference
// predicted by the previous one of its kind (configurations of trunks 1, 2, 3 cost the same byte each),
// or a tag's name as text. An object's id is predicted from its scope ("tc-global", "tc-t1").
import type { Scope } from '../../routing/types.ts';
import { SCOPE_KINDS } from '../frozen.ts';
import { DeltaRefs, refId } from './refs.ts';
import { type LayoutInput, type LayoutOutput, malformed } from './section.ts';

/** The flag bits that hold the scope's kind. */
export const SCOPE_BITS = 0b111;

/** Where references of a scope point: the index of each id in its list. */
export interface ScopeIndexes {
  sites: ReadonlyMap<string, number>;
  nodes: ReadonlyMap<string, number>;
  trunks: ReadonlyMap<string, number>;
}

/** The decoded ids of the lists a scope may refer to. */
export interface ScopeIds {
  sites: readonly string[];
  nodes: readonly string[];
  trunks: readonly string[];
}

export function scopeCode(scope: Scope): number {
  return Math.max(0, SCOPE_KINDS.indexOf(scope.kind));
}

/** What a scope names ("global" for the global scope): the end of its object's predicted id. */
export function scopeName(scope: Scope): string {
  switch (scope.kind) {
    case 'global':
      return 'global';
    case 'site':
      return scope.siteId;
    case 'trunk':
      return scope.trunkId;
    case 'pool':
      return scope.poolId;
    case 'tag':
      return scope.name;
  }
}

export function writeScopes(out: LayoutOutput, scopes: readonly Scope[], indexes: ScopeIndexes): void {
  const sites = new DeltaRefs();
  const trunks = new DeltaRefs();
  const pools = new DeltaRefs();
  const tags = out.texts();
  for (const scope of scopes) {
    if (scope.kind === 'site') sites.write(out.w, indexes.sites, scope.siteId);
    else if (scope.kind === 'trunk') trunks.write(out.w, indexes.trunks, scope.trunkId);
    else if (scope.kind === 'pool') pools.write(out.w, indexes.nodes, scope.poolId);
    else if (scope.kind === 'tag') tags.write(scope.name);
  }
}

/** The scopes of objects whose flags are `flags`, as JSON, for a collection named `what` in damage sentences. */
export function readScopes(input: LayoutInput, flags: readonly number[], ids: ScopeIds, what: string): Scope[] {
  const sites = new DeltaRefs();
  const trunks = new DeltaRefs();
  const pools = new DeltaRefs();
  const tags = input.texts();
  return flags.map((f): Scope => {
    const kind = SCOPE_KINDS[f & SCOPE_BITS];
    switch (kind) {
      case 'global':
        return { kind };
      case 'site':
        return { kind, siteId: refId(sites.read(input, ids.sites.length, 'site'), ids.sites) };
      case 'trunk':
        return { kind, trunkId: refId(trunks.read(input, ids.trunks.length, 'trunk'), ids.trunks) };
      case 'pool':
        return { kind, poolId: refId(pools.read(input, ids.nodes.length, 'node'), ids.nodes) };
      case 'tag':
        return { kind, name: tags.read() };
      default:
        throw malformed(what);
    }
  });
}

/** Ids written with the candidate a scope predicts. */
export function scopedIdCandidates(prefix: string, scope: Scope): string[] {
  return [`${prefix}-${scopeName(scope)}`];
}
