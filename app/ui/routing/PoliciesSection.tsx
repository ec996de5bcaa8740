// Voice policies: scope, the ordered usages (the order decides routing), re-routing, toll bypass and the
// simultaneous-ring usages.
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topology } from '../../domain/model.ts';
import {
  addOwnerUsage, addVoicePolicy, moveOwnerUsage, removeOwnerUsage, updateRoutingObject, type UsageListKey,
} from '../../domain/routing/edit.ts';
import { scopeIdentity } from '../../domain/routing/identity.ts';
import type { CallForwardingSimulRingUsageType, VoicePolicy } from '../../domain/routing/types.ts';
import { RoutingSection } from './RoutingSection.tsx';
import { USAGE_LIST_ID, usageResolver } from './RoutesSection.tsx';
import { ScopeCell } from './ScopeCell.tsx';
import { AddByName, CheckCell, Chips, AddButton, RowActions, SelectCell, TableTools, useRoutingFocus, useTableView, RoutingTable, sameSlices, useObjectActions, type Column } from './table.tsx';

const RING_TYPES: readonly CallForwardingSimulRingUsageType[] = ['voicePolicyUsage', 'internalOnly', 'customUsage'];

/** An owner's usage list as chips (ordered: move buttons and Alt+Arrow), and a box to add one. */
export function UsageListCell({ doc, collection, id, name, list, listKey = 'pstnUsages', ordered }: {
  doc: Topology; collection: 'voicePolicies' | 'trunkConfigurations'; id: string; name: string; list: readonly string[]; listKey?: UsageListKey; ordered?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Chips
        ordered={ordered}
        label={t('routing.usagesOf', { name })}
        chips={list.map((usage, i) => ({
          key: `${usage}-${i}`,
          text: usage,
          removeLabel: t('routing.removeUsage', { usage, name }),
          remove: (d: Topology) => removeOwnerUsage(d, collection, id, i, listKey),
          move: (d: Topology, delta: number) => moveOwnerUsage(d, collection, id, i, delta, listKey),
          upLabel: t('routing.moveUp', { name: usage }),
          downLabel: t('routing.moveDown', { name: usage }),
        }))}
      />
      <AddByName label={t('routing.addUsageTo', { name })} listId={USAGE_LIST_ID} resolve={usageResolver(doc)} add={(d, usage) => addOwnerUsage(d, collection, id, usage, listKey)} />
    </>
  );
}

function PoliciesSectionTable({ doc }: { doc: Topology }) {
  const { t } = useTranslation();
  const policies = doc.voicePolicies;
  const columns: Column<VoicePolicy>[] = [
    { id: 'scope', label: t('routing.scope'), sortValue: (p) => scopeIdentity(doc, p.scope) },
    { id: 'usages', label: t('routing.orderedUsages'), sortValue: (p) => p.pstnUsages.join(', ') },
    { id: 'reRouting', label: t('routing.allowPstnReRouting') },
    { id: 'tollBypass', label: t('routing.preventPstnTollBypass') },
    { id: 'simulRing', label: t('routing.simulRing') },
    { id: 'actions', label: t('routing.actions') },
  ];
  const view = useTableView(policies, columns, (p) => `${scopeIdentity(doc, p.scope)}\n${p.pstnUsages.join('\n')}`);
  const tableRef = useRef<HTMLTableSectionElement | null>(null);
  const focused = useRoutingFocus('voicePolicies', view, (id) => policies.findIndex((p) => p.id === id), tableRef);
  const actionsFor = useObjectActions('voicePolicies');
  const title = t('routing.sections.voicePolicies');

  return (
    <RoutingSection id="voicePolicies" title={title}>
      <TableTools view={view} label={title} total={policies.length}>
        <AddButton label={t('routing.addPolicy')} view={view} add={addVoicePolicy} rows={(d) => d.voicePolicies} />
      </TableTools>
      <RoutingTable columns={columns} view={view} bodyRef={tableRef}>
        {view.rows.map(({ item: policy }) => {
          const id = policy.id;
          const name = t('routing.policyName', { scope: scopeIdentity(doc, policy.scope) });
          return (
            <tr key={id} data-row-key={id} aria-label={name} tabIndex={-1} className={focused === id ? 'routing__row--focus' : undefined}>
              <td>
                <ScopeCell doc={doc} collection="voicePolicies" id={id} scope={policy.scope} name={name} />
              </td>
              <td>
                <UsageListCell doc={doc} collection="voicePolicies" id={id} name={name} list={policy.pstnUsages} ordered />
              </td>
              <td>
                <CheckCell label={t('routing.allowPstnReRoutingOf', { name })} checked={policy.allowPstnReRouting} apply={(d, on) => updateRoutingObject(d, 'voicePolicies', id, { allowPstnReRouting: on })} />
              </td>
              <td>
                <CheckCell label={t('routing.preventPstnTollBypassOf', { name })} checked={policy.preventPstnTollBypass} apply={(d, on) => updateRoutingObject(d, 'voicePolicies', id, { preventPstnTollBypass: on })} />
              </td>
              <td>
                <SelectCell
                  label={t('routing.simulRingOf', { name })}
                  value={policy.callForwardingSimulRingUsageType}
                  options={RING_TYPES.map((value) => ({ value, label: t(`routing.ring.${value}`) }))}
                  apply={(d, value) => updateRoutingObject(d, 'voicePolicies', id, { callForwardingSimulRingUsageType: value })}
                />
                {policy.callForwardingSimulRingUsageType === 'customUsage' && (
                  <UsageListCell doc={doc} collection="voicePolicies" id={id} name={t('routing.customUsagesOf', { name })} list={policy.customCallForwardingSimulRingUsages} listKey="customCallForwardingSimulRingUsages" />
                )}
              </td>
              <td>
                <RowActions
                  name={name}
                  {...actionsFor(id)}
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
export const PoliciesSection = memo(PoliciesSectionTable, sameSlices(['voicePolicies', 'sites', 'nodes', 'trunks', 'pstnUsages']));
