// PSTN usages: Lync's one ordered list of names. Renaming follows every reference; deleting one that is
// still named is refused with the reason (routing/edit.ts).
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topology } from '../../domain/model.ts';
import { addUsage, deleteUsage, duplicateUsage, moveUsage, renameUsage } from '../../domain/routing/edit.ts';
import { usageKey } from '../../domain/routing/scopes.ts';
import { refusalText } from '../diagnosticText.ts';
import { useEditor } from '../editor.ts';
import { parseRoutingName } from './routingDrafts.ts';
import { AddButton, RowActions, TableTools, TextCell, useRoutingFocus, useRowReorder, useTableView, RoutingTable, sameSlices, type Column } from './table.tsx';
import { RoutingSection } from './RoutingSection.tsx';

const same = (text: string) => text;

function UsagesSectionTable({ doc }: { doc: Topology }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const usages = doc.pstnUsages;
  // How many routes name each usage: one pass over the routes.
  const routeCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const route of doc.voiceRoutes) for (const u of new Set(route.pstnUsages.map(usageKey))) counts.set(u, (counts.get(u) ?? 0) + 1);
    return counts;
  }, [doc.voiceRoutes]);
  const columns: Column<string>[] = [
    { id: 'order', label: t('routing.order'), sortValue: (_, i) => i },
    { id: 'name', label: t('routing.name'), sortValue: (u) => u },
    { id: 'routes', label: t('routing.routes'), sortValue: (u) => routeCount.get(usageKey(u)) ?? 0 },
    { id: 'actions', label: t('routing.actions') },
  ];
  const view = useTableView(usages, columns, same);
  const { tableRef, onKeyDown, moveBy } = useRowReorder(view.natural, (usage, delta) => {
    editor.commit(moveUsage(editor.doc(), usage, delta));
    const index = editor.doc().pstnUsages.indexOf(usage);
    view.reveal(index);
  });
  const focused = useRoutingFocus('pstnUsages', view, (name) => usages.findIndex((u) => usageKey(u) === usageKey(name)), tableRef);
  const title = t('routing.sections.pstnUsages');
  const announce = (text: string) => editor.session.getState().announce(text);

  return (
    <RoutingSection id="pstnUsages" title={title}>
      <TableTools view={view} label={title} total={usages.length}>
        <AddButton label={t('routing.addUsage')} view={view} add={addUsage} rows={(d) => d.pstnUsages} />
      </TableTools>
      <RoutingTable columns={columns} view={view} bodyRef={tableRef} scroll={false}>
        {view.rows.map(({ item: usage, index }) => (
          <tr
            key={index}
            data-row-key={usage}
            aria-label={usage}
            tabIndex={-1}
            className={focused !== null && usageKey(focused) === usageKey(usage) ? 'routing__row--focus' : undefined}
            onKeyDown={onKeyDown(usage)}
          >
            <td>{index + 1}</td>
            <td>
              <TextCell
                label={t('routing.usageName', { usage })}
                value={usage}
                parse={parseRoutingName}
                format={same}
                apply={(d, name) => {
                  const result = renameUsage(d, d.pstnUsages[index] ?? usage, name);
                  return result.ok ? result.doc : result;
                }}
                mergeKey={`usage:${index}:name`}
                cell="name"
              />
            </td>
            <td>{routeCount.get(usageKey(usage)) ?? 0}</td>
            <td>
              <RowActions
                name={usage}
                move={(delta) => moveBy(usage, delta, delta < 0 ? 'up' : 'down')}
                first={index === 0}
                last={index === usages.length - 1}
                duplicate={() => editor.commit(duplicateUsage(editor.doc(), usage).doc)}
                remove={() => {
                  const result = deleteUsage(editor.doc(), usage);
                  if (result.ok) editor.commit(result.doc);
                  else announce(refusalText(result, t));
                }}
              />
            </td>
          </tr>
        ))}
      </RoutingTable>
    </RoutingSection>
  );
}

/** Drawn again only when what it shows changes: an edit elsewhere in a large design costs it nothing. */
export const UsagesSection = memo(UsagesSectionTable, sameSlices(['pstnUsages', 'voiceRoutes']));
