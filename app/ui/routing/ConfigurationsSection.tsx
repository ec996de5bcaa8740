// Trunk configurations: scope, the trunks each applies to, and when opened its settings, inter-trunk usages
// and ordered outbound translation rules.
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topology } from '../../domain/model.ts';
import { addTrunkConfiguration, updateRoutingObject } from '../../domain/routing/edit.ts';
import { effectiveTrunkConfiguration } from '../../domain/routing/scopes.ts';
import { scopeIdentity } from '../../domain/routing/identity.ts';
import type { TrunkConfiguration } from '../../domain/routing/types.ts';
import { DETAIL_PAGE_SIZE, useOpened } from './DialPlansSection.tsx';
import { UsageListCell } from './PoliciesSection.tsx';
import { RoutingSection } from './RoutingSection.tsx';
import { RuleTable } from './RuleTable.tsx';
import { parseMaxEarlyDialogs } from './routingDrafts.ts';
import { ScopeCell } from './ScopeCell.tsx';
import { CheckCell, AddButton, RowActions, SelectCell, TableTools, TextCell, useRoutingFocus, useTableView, RoutingTable, sameSlices, useObjectActions, type Column } from './table.tsx';

export const CONFIGURATION_FLAGS = [
  'mediaBypass', 'centralizedMediaProcessing', 'referSupport', 'enable3pccRefer', 'rtcpActiveCalls', 'rtcpCallsOnHold', 'enableFastFailoverTimer', 'forwardCallHistory', 'forwardPai',
] as const;
export const SRTP_MODES = ['required', 'optional', 'notSupported'] as const;

/** How many trunks each configuration applies to: one pass over the trunks. */
export function useTrunkCounts(doc: Topology): Map<string, number> {
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const trunk of doc.trunks) {
      const id = effectiveTrunkConfiguration(doc, trunk.id)?.id;
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
    // The counts change only with trunks, nodes (a peer's site) or configurations.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc.trunks, doc.nodes, doc.trunkConfigurations]);
}

/** A configuration's settings, as checkboxes, the SRTP mode and the early-dialog limit. */
export function ConfigurationSettings({ configuration, name }: { configuration: TrunkConfiguration; name: string }) {
  const { t } = useTranslation();
  const id = configuration.id;
  return (
    <div className="routing__settings">
      {CONFIGURATION_FLAGS.map((flag) => (
        <label key={flag} className="routing__inline">
          <CheckCell label={t('routing.settingOf', { setting: t(`routing.setting.${flag}`), name })} checked={configuration[flag]} apply={(d, on) => updateRoutingObject(d, 'trunkConfigurations', id, { [flag]: on })} />
          <span aria-hidden="true">{t(`routing.setting.${flag}`)}</span>
        </label>
      ))}
      <label className="routing__inline">
        <span aria-hidden="true">{t('routing.setting.srtpMode')}</span>
        <SelectCell
          label={t('routing.settingOf', { setting: t('routing.setting.srtpMode'), name })}
          value={configuration.srtpMode}
          options={SRTP_MODES.map((value) => ({ value, label: t(`routing.srtp.${value}`) }))}
          apply={(d, srtpMode) => updateRoutingObject(d, 'trunkConfigurations', id, { srtpMode })}
        />
      </label>
      <span className="routing__inline">
        <span aria-hidden="true">{t('routing.setting.maxEarlyDialogs')}</span>
        <TextCell
          label={t('routing.settingOf', { setting: t('routing.setting.maxEarlyDialogs'), name })}
          value={String(configuration.maxEarlyDialogs)}
          parse={parseMaxEarlyDialogs}
          format={String}
          apply={(d, maxEarlyDialogs) => updateRoutingObject(d, 'trunkConfigurations', id, { maxEarlyDialogs })}
          mergeKey={`${id}:maxEarlyDialogs`}
          size={4}
        />
      </span>
    </div>
  );
}

function ConfigurationsSectionTable({ doc }: { doc: Topology }) {
  const { t } = useTranslation();
  const configurations = doc.trunkConfigurations;
  const counts = useTrunkCounts(doc);
  const columns: Column<TrunkConfiguration>[] = [
    { id: 'scope', label: t('routing.scope'), sortValue: (c) => scopeIdentity(doc, c.scope) },
    { id: 'trunks', label: t('routing.appliesTo'), sortValue: (c) => counts.get(c.id) ?? 0 },
    { id: 'settings', label: t('routing.settings') },
    { id: 'actions', label: t('routing.actions') },
  ];
  const view = useTableView(configurations, columns, (c) => scopeIdentity(doc, c.scope), DETAIL_PAGE_SIZE);
  const tableRef = useRef<HTMLTableSectionElement | null>(null);
  const focused = useRoutingFocus('trunkConfigurations', view, (id) => configurations.findIndex((c) => c.id === id), tableRef);
  const actionsFor = useObjectActions('trunkConfigurations');
  const { opened, toggle } = useOpened(focused);
  const title = t('routing.sections.trunkConfigurations');

  return (
    <RoutingSection id="trunkConfigurations" title={title}>
      <TableTools view={view} label={title} total={configurations.length}>
        <AddButton label={t('routing.addConfiguration')} view={view} add={addTrunkConfiguration} rows={(d) => d.trunkConfigurations} />
      </TableTools>
      <RoutingTable columns={columns} view={view} bodyRef={tableRef}>
        {view.rows.map(({ item: configuration }) => {
          const id = configuration.id;
          const name = t('routing.configurationName', { scope: scopeIdentity(doc, configuration.scope) });
          const open = opened.has(id);
          return [
            <tr key={id} data-row-key={id} aria-label={name} tabIndex={-1} className={focused === id ? 'routing__row--focus' : undefined}>
              <td>
                <ScopeCell doc={doc} collection="trunkConfigurations" id={id} scope={configuration.scope} name={name} />
              </td>
              <td>{t('routing.trunkCount', { count: counts.get(id) ?? 0 })}</td>
              <td>
                <button type="button" className="routing__button" aria-expanded={open} aria-controls={`${id}-settings`} onClick={() => toggle(id)}>
                  {t('routing.settingsButton')}
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
              <tr key={`${id}-settings`} id={`${id}-settings`} className="routing__detail-row">
                <td colSpan={columns.length}>
                  <ConfigurationSettings configuration={configuration} name={name} />
                  <div className="routing__inline">
                    <span>{t('routing.interTrunkUsages')}</span>
                    <UsageListCell doc={doc} collection="trunkConfigurations" id={id} name={name} list={configuration.pstnUsages} ordered />
                  </div>
                  <RuleTable owner={{ collection: 'trunkConfigurations', id }} ownerName={name} rules={configuration.outboundTranslationRules} />
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
export const ConfigurationsSection = memo(ConfigurationsSectionTable, sameSlices(['trunkConfigurations', 'sites', 'nodes', 'trunks', 'pstnUsages']));
