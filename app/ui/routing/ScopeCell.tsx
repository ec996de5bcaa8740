// Where a voice policy, dial plan or trunk configuration applies. The global one stays global (Lync always
// has one); others pick a site, a Registrar pool (dial plans), or a tag with its name. A trunk scope is given
// in the trunk's inspector ("Give this trunk its own configuration"), so the list is not all the design's trunks.
import { useTranslation } from 'react-i18next';
import type { Topology } from '../../domain/model.ts';
import { updateRoutingObject } from '../../domain/routing/edit.ts';
import { scopeIdentity } from '../../domain/routing/identity.ts';
import type { Scope } from '../../domain/routing/types.ts';
import { parseRoutingName } from './routingDrafts.ts';
import { SelectCell, TextCell } from './table.tsx';

type ScopedCollection = 'voicePolicies' | 'dialPlans' | 'trunkConfigurations';

function scopeValue(scope: Scope): string {
  switch (scope.kind) {
    case 'global':
      return 'global';
    case 'site':
      return `site:${scope.siteId}`;
    case 'pool':
      return `pool:${scope.poolId}`;
    case 'trunk':
      return `trunk:${scope.trunkId}`;
    case 'tag':
      return 'tag';
  }
}

function scopeOf(value: string, current: Scope): Scope {
  const [kind, ref = ''] = value.split(/:(.*)/s) as [string, string?];
  if (kind === 'site') return { kind: 'site', siteId: ref };
  if (kind === 'pool') return { kind: 'pool', poolId: ref };
  if (kind === 'trunk') return { kind: 'trunk', trunkId: ref };
  return current.kind === 'tag' ? current : { kind: 'tag', name: 'Tag' };
}

export function ScopeCell({ doc, collection, id, scope, name }: { doc: Topology; collection: ScopedCollection; id: string; scope: Scope; name: string }) {
  const { t } = useTranslation();
  if (scope.kind === 'global') return <span>{scopeIdentity(doc, scope)}</span>;
  const options: { value: string; label: string }[] = doc.sites.map((s) => ({ value: `site:${s.id}`, label: scopeIdentity(doc, { kind: 'site', siteId: s.id }) }));
  if (collection === 'dialPlans') {
    for (const n of doc.nodes) if (n.kind === 'frontEndPool') options.push({ value: `pool:${n.id}`, label: scopeIdentity(doc, { kind: 'pool', poolId: n.id }) });
  }
  if (collection !== 'trunkConfigurations') options.push({ value: 'tag', label: t('routing.tagScope') });
  if (scope.kind === 'trunk') options.push({ value: scopeValue(scope), label: scopeIdentity(doc, scope) });
  const set = (d: Topology, value: string) => updateRoutingObject(d, collection, id, { scope: scopeOf(value, scope) } as never);
  return (
    <span className="routing__scope">
      <SelectCell label={t('routing.scopeOf', { name })} value={scopeValue(scope)} options={options} apply={set} cell="scope" />
      {scope.kind === 'tag' && (
        <TextCell
          label={t('routing.tagOf', { name })}
          value={scope.name}
          parse={parseRoutingName}
          format={(v) => v}
          apply={(d, tag) => updateRoutingObject(d, collection, id, { scope: { kind: 'tag', name: tag } } as never)}
          mergeKey={`${id}:tag`}
          cell="tag"
          size={10}
        />
      )}
    </span>
  );
}
