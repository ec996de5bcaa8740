// Voice routes: name, number pattern, usages, trunks (with the peers they reach), priority, caller ID. One page
// of rows at a time, so that 10,000 routes stay fast; the trunks and usages to add are offered by shared lists.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeTitle } from '../../domain/fieldEdits.ts';
import type { Topology } from '../../domain/model.ts';
import {
  addOwnerUsage, addRouteTrunk, addVoiceRoute, deleteVoiceRoutes, moveRoutingObject, removeOwnerUsage, removeRouteTrunk,
  updateRoutingObject,
} from '../../domain/routing/edit.ts';
import { usageKey } from '../../domain/routing/scopes.ts';
import type { VoiceRoute } from '../../domain/routing/types.ts';
import { useEditor } from '../editor.ts';
import { parseCallerId, parsePattern, parsePriority, parseRoutingName } from './routingDrafts.ts';
import { RoutingSection } from './RoutingSection.tsx';
import { AddByName, CheckCell, Chips, AddButton, RowActions, TableTools, TextCell, useRoutingFocus, useRowReorder, useTableView, RoutingTable, sameSlices, useObjectActions, type Column } from './table.tsx';

const same = (text: string) => text;

export const TRUNK_LIST_ID = 'routing-trunk-names';
export const USAGE_LIST_ID = 'routing-usage-names';

/** The design's trunks by id, with the peer each reaches, and by name (lower case) for picking. */
export function useTrunkNames(doc: Topology) {
  return useMemo(() => {
    const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
    const byId = new Map<string, { name: string; peer: string }>();
    const byName = new Map<string, string>();
    for (const trunk of doc.trunks) {
      const peer = nodes.get(trunk.peerId);
      byId.set(trunk.id, { name: trunk.name, peer: peer ? nodeTitle(peer) : trunk.peerId });
      if (!byName.has(trunk.name.toLowerCase())) byName.set(trunk.name.toLowerCase(), trunk.id);
    }
    return { byId, byName };
  }, [doc.trunks, doc.nodes]);
}

/** The shared lists the "add" boxes offer: every trunk by name, every usage. Drawn again only when they change. */
export const NameLists = memo(function NameLists({ trunks, usages }: { trunks: Topology['trunks']; usages: Topology['pstnUsages'] }) {
  return (
    <>
      <datalist id={TRUNK_LIST_ID}>
        {trunks.map((trunk) => (
          <option key={trunk.id} value={trunk.name} />
        ))}
      </datalist>
      <datalist id={USAGE_LIST_ID}>
        {usages.map((usage, i) => (
          <option key={i} value={usage} />
        ))}
      </datalist>
    </>
  );
});

/** The usage list's spelling of a name, compared case-insensitively. */
export function usageResolver(doc: Topology) {
  return (name: string) => doc.pstnUsages.find((u) => usageKey(u) === usageKey(name));
}

function RoutesSectionTable({ doc }: { doc: Topology }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const routes = doc.voiceRoutes;
  const trunks = useTrunkNames(doc);
  const columns: Column<VoiceRoute>[] = [
    { id: 'order', label: t('routing.order'), sortValue: (_, i) => i },
    { id: 'name', label: t('routing.name'), sortValue: (r) => r.name },
    { id: 'pattern', label: t('routing.pattern'), sortValue: (r) => r.numberPattern },
    { id: 'usages', label: t('routing.usages'), sortValue: (r) => r.pstnUsages.join(', ') },
    { id: 'trunks', label: t('routing.trunks'), sortValue: (r) => r.trunkIds.map((id) => trunks.byId.get(id)?.name ?? id).join(', ') },
    { id: 'priority', label: t('routing.priority'), sortValue: (r) => r.priority },
    { id: 'callerId', label: t('routing.callerId'), sortValue: (r) => r.alternateCallerId ?? '' },
    { id: 'actions', label: t('routing.actions') },
  ];
  const search = (r: VoiceRoute) =>
    `${r.name}\n${r.numberPattern}\n${r.pstnUsages.join('\n')}\n${r.trunkIds.map((id) => trunks.byId.get(id)?.name ?? id).join('\n')}`;
  const view = useTableView(routes, columns, search);
  const { tableRef, onKeyDown, moveBy } = useRowReorder(view.natural, (id, delta) => {
    const next = moveRoutingObject(editor.doc(), 'voiceRoutes', id, delta);
    editor.commit(next);
    view.reveal(next.voiceRoutes.findIndex((r) => r.id === id));
  });
  const focused = useRoutingFocus('voiceRoutes', view, (id) => routes.findIndex((r) => r.id === id), tableRef);
  const actionsFor = useObjectActions('voiceRoutes');
  const title = t('routing.sections.voiceRoutes');
  const resolveUsage = usageResolver(doc);

  return (
    <RoutingSection id="voiceRoutes" title={title}>
      <TableTools view={view} label={title} total={routes.length}>
        <AddButton label={t('routing.addRoute')} view={view} add={addVoiceRoute} rows={(d) => d.voiceRoutes} />
      </TableTools>
      <RoutingTable columns={columns} view={view} bodyRef={tableRef}>
        {view.rows.map(({ item: route, index }) => {
          const id = route.id;
          const name = route.name;
          return (
            <tr key={id} data-row-key={id} aria-label={name} tabIndex={-1} className={focused === id ? 'routing__row--focus' : undefined} onKeyDown={onKeyDown(id)}>
              <td>{index + 1}</td>
              <td>
                <TextCell label={t('routing.routeName', { name })} value={name} parse={parseRoutingName} format={same} apply={(d, v) => updateRoutingObject(d, 'voiceRoutes', id, { name: v })} mergeKey={`${id}:name`} cell="name" size={14} />
              </td>
              <td>
                <TextCell label={t('routing.routePattern', { name })} value={route.numberPattern} parse={parsePattern} format={same} apply={(d, v) => updateRoutingObject(d, 'voiceRoutes', id, { numberPattern: v })} mergeKey={`${id}:pattern`} cell="pattern" size={16} />
              </td>
              <td>
                <Chips
                  label={t('routing.usagesOf', { name })}
                  chips={route.pstnUsages.map((usage, i) => ({
                    key: `${usage}-${i}`,
                    text: usage,
                    removeLabel: t('routing.removeUsage', { usage, name }),
                    remove: (d: Topology) => removeOwnerUsage(d, 'voiceRoutes', id, i),
                  }))}
                />
                <AddByName label={t('routing.addUsageTo', { name })} listId={USAGE_LIST_ID} resolve={resolveUsage} add={(d, usage) => addOwnerUsage(d, 'voiceRoutes', id, usage)} />
              </td>
              <td>
                <Chips
                  label={t('routing.trunksOf', { name })}
                  chips={route.trunkIds.map((trunkId) => {
                    const trunk = trunks.byId.get(trunkId);
                    return {
                      key: trunkId,
                      text: trunk?.name ?? trunkId,
                      detail: trunk ? `→ ${trunk.peer}` : undefined,
                      removeLabel: t('routing.removeTrunk', { trunk: trunk?.name ?? trunkId, name }),
                      remove: (d: Topology) => removeRouteTrunk(d, id, trunkId),
                    };
                  })}
                />
                <AddByName label={t('routing.addTrunkTo', { name })} listId={TRUNK_LIST_ID} resolve={(n) => trunks.byName.get(n.toLowerCase())} add={(d, trunkId) => addRouteTrunk(d, id, trunkId)} />
              </td>
              <td>
                <TextCell label={t('routing.routePriority', { name })} value={String(route.priority)} parse={parsePriority} format={String} apply={(d, v) => updateRoutingObject(d, 'voiceRoutes', id, { priority: v })} mergeKey={`${id}:priority`} cell="priority" size={4} />
              </td>
              <td>
                <label className="routing__inline">
                  <CheckCell label={t('routing.suppressCallerId', { name })} checked={route.suppressCallerId} apply={(d, on) => updateRoutingObject(d, 'voiceRoutes', id, { suppressCallerId: on })} cell="suppress" />
                  <span aria-hidden="true">{t('routing.suppress')}</span>
                </label>
                <TextCell label={t('routing.alternateCallerId', { name })} value={route.alternateCallerId ?? ''} parse={parseCallerId} format={(v) => v ?? ''} apply={(d, v) => updateRoutingObject(d, 'voiceRoutes', id, { alternateCallerId: v })} mergeKey={`${id}:callerId`} cell="callerId" size={10} />
              </td>
              <td>
                <RowActions
                  name={name}
                  move={(delta) => moveBy(id, delta, delta < 0 ? 'up' : 'down')}
                  first={index === 0}
                  last={index === routes.length - 1}
                  duplicate={actionsFor(id).duplicate}
                  remove={() => editor.commit(deleteVoiceRoutes(editor.doc(), new Set([id])))}
                />
              </td>
            </tr>
          );
        })}
      </RoutingTable>
    </RoutingSection>
  );
}

/** Drawn again only when what it shows changes: an edit elsewhere in a large design costs it nothing. */
export const RoutesSection = memo(RoutesSectionTable, sameSlices(['voiceRoutes', 'trunks', 'nodes', 'pstnUsages']));
