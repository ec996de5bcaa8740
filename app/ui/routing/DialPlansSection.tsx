// Dial plans: scope, external access prefix, device dialing, and each plan's ordered normalization rules
// (shown under the plan's row when opened, each with its "try it" box).
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topology } from '../../domain/model.ts';
import { addDialPlan, updateRoutingObject } from '../../domain/routing/edit.ts';
import { scopeIdentity } from '../../domain/routing/identity.ts';
import type { DialPlan } from '../../domain/routing/types.ts';
import { RoutingSection } from './RoutingSection.tsx';
import { RuleTable } from './RuleTable.tsx';
import { parseAccessPrefix } from './routingDrafts.ts';
import { ScopeCell } from './ScopeCell.tsx';
import { CheckCell, AddButton, RowActions, TableTools, TextCell, useRoutingFocus, useTableView, RoutingTable, sameSlices, useObjectActions, type Column } from './table.tsx';

export const DETAIL_PAGE_SIZE = 20;

/** Which rows are opened; a row a problem points to opens. */
export function useOpened(focused: string | null) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (focused !== null) setOpened((o) => (o.has(focused) ? o : new Set([...o, focused])));
  }, [focused]);
  const toggle = (id: string) => setOpened((o) => (o.has(id) ? new Set([...o].filter((x) => x !== id)) : new Set([...o, id])));
  return { opened, toggle };
}

function DialPlansSectionTable({ doc }: { doc: Topology }) {
  const { t } = useTranslation();
  const plans = doc.dialPlans;
  const columns: Column<DialPlan>[] = [
    { id: 'scope', label: t('routing.scope'), sortValue: (p) => scopeIdentity(doc, p.scope) },
    { id: 'prefix', label: t('routing.externalAccessPrefix'), sortValue: (p) => p.externalAccessPrefix },
    { id: 'optimize', label: t('routing.optimizeDeviceDialing') },
    { id: 'rules', label: t('routing.normalizationRules'), sortValue: (p) => p.normalizationRules.length },
    { id: 'actions', label: t('routing.actions') },
  ];
  const view = useTableView(plans, columns, (p) => `${scopeIdentity(doc, p.scope)}\n${p.normalizationRules.map((r) => r.name).join('\n')}`, DETAIL_PAGE_SIZE);
  const tableRef = useRef<HTMLTableSectionElement | null>(null);
  const focused = useRoutingFocus('dialPlans', view, (id) => plans.findIndex((p) => p.id === id), tableRef);
  const actionsFor = useObjectActions('dialPlans');
  const { opened, toggle } = useOpened(focused);
  const title = t('routing.sections.dialPlans');

  return (
    <RoutingSection id="dialPlans" title={title}>
      <TableTools view={view} label={title} total={plans.length}>
        <AddButton label={t('routing.addDialPlan')} view={view} add={addDialPlan} rows={(d) => d.dialPlans} />
      </TableTools>
      <RoutingTable columns={columns} view={view} bodyRef={tableRef}>
        {view.rows.map(({ item: plan }) => {
          const id = plan.id;
          const name = t('routing.dialPlanName', { scope: scopeIdentity(doc, plan.scope) });
          const open = opened.has(id);
          return [
            <tr key={id} data-row-key={id} aria-label={name} tabIndex={-1} className={focused === id ? 'routing__row--focus' : undefined}>
              <td>
                <ScopeCell doc={doc} collection="dialPlans" id={id} scope={plan.scope} name={name} />
              </td>
              <td>
                <TextCell label={t('routing.externalAccessPrefixOf', { name })} value={plan.externalAccessPrefix} parse={parseAccessPrefix} format={(v) => v} apply={(d, v) => updateRoutingObject(d, 'dialPlans', id, { externalAccessPrefix: v })} mergeKey={`${id}:prefix`} size={3} />
              </td>
              <td>
                <CheckCell label={t('routing.optimizeDeviceDialingOf', { name })} checked={plan.optimizeDeviceDialing} apply={(d, on) => updateRoutingObject(d, 'dialPlans', id, { optimizeDeviceDialing: on })} />
              </td>
              <td>
                <button type="button" className="routing__button" aria-expanded={open} aria-controls={`${id}-rules`} onClick={() => toggle(id)}>
                  {t('routing.rulesButton', { count: plan.normalizationRules.length })}
                  <span className="visually-hidden"> {name}</span>
                </button>
              </td>
              <td>
                <RowActions
                  name={name}
                  {...actionsFor(id)}
                />
              </td>
            </tr>,
            open && (
              <tr key={`${id}-rules`} id={`${id}-rules`} className="routing__detail-row">
                <td colSpan={columns.length}>
                  <RuleTable owner={{ collection: 'dialPlans', id }} ownerName={name} rules={plan.normalizationRules} />
                </td>
              </tr>
            ),
          ];
        })}
      </RoutingTable>
    </RoutingSection>
  );
}

/** Drawn again only when what it shows changes: an edit elsewhere in a large design costs it nothing. */
export const DialPlansSection = memo(DialPlansSectionTable, sameSlices(['dialPlans', 'sites', 'nodes', 'trunks']));
