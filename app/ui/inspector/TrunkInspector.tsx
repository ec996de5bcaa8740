// A trunk's form: name, its two ends, transport and ports, root, the media settings of the trunk
// configuration that applies (which one and why, how many trunks share it, a configuration of its own or
// back to the shared one), peak calls.
import { useTranslation } from 'react-i18next';
import { makeRootTrunk, setTrunkMedia, updateTrunk } from '../../domain/edit.ts';
import { DEFAULTS } from '../../domain/limits.ts';
import { giveTrunkOwnConfiguration, trunksUsingConfiguration, updateRoutingObject, dropTrunkOwnConfiguration } from '../../domain/routing/editCore.ts';
import { scopeIdentity } from '../../domain/routing/identity.ts';
import { effectiveTrunkConfiguration } from '../../domain/routing/scopes.ts';
import type { TrunkConfiguration } from '../../domain/routing/types.ts';
import type { SrtpMode, Topology, Transport, Trunk } from '../../domain/model.ts';
import { useEditor } from '../editor.ts';
import { NAME_MAX, integerText, parsePeakCalls, parseText } from './drafts.ts';
import { nodeTitle, setPeakCalls } from '../../domain/fieldEdits.ts';
import { CheckboxField, DraftField, FormHeading, PortField, Section, SelectField } from './fields.tsx';

const same = (text: string) => text;
const parseName = (text: string) => parseText(text, { required: true, max: NAME_MAX });
type Flag = 'mediaBypass' | 'centralizedMediaProcessing' | 'referSupport' | 'rtcpActiveCalls' | 'rtcpCallsOnHold';
const FLAGS: readonly Flag[] = ['mediaBypass', 'centralizedMediaProcessing', 'referSupport', 'rtcpActiveCalls', 'rtcpCallsOnHold'];
/** The configuration's other switches (format-2.md, Trunk configurations). */
const MORE_FLAGS = ['enable3pccRefer', 'enableFastFailoverTimer', 'forwardCallHistory', 'forwardPai'] as const;

export function TrunkInspector({ doc, trunk }: { doc: Topology; trunk: Trunk }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const id = trunk.id;
  // Media settings live in the trunk configuration that applies to the trunk (format 2).
  const media = effectiveTrunkConfiguration(doc, id);
  return (
    <div className="inspector__form">
      <FormHeading kind={t('kinds.trunk')} name={trunk.name} />
      <DraftField
        label={t('inspector.trunkName')}
        value={trunk.name}
        parse={parseName}
        format={same}
        apply={(d, name) => updateTrunk(d, id, { name })}
        mergeKey={`${id}:name`}
      />
      <TrunkEnd doc={doc} label={t('inspector.mediationEndpoint')} nodeId={trunk.mediationId} />
      <TrunkEnd doc={doc} label={t('inspector.peer')} nodeId={trunk.peerId} />
      <SelectField<Transport>
        label={t('inspector.transport')}
        value={trunk.transport}
        options={[
          { value: 'TLS', label: 'TLS' },
          { value: 'TCP', label: 'TCP' },
        ]}
        apply={(d, transport) => updateTrunk(d, id, { transport })}
      />
      <div className="field-pair">
        <PortField label={t('inspector.mediationPort')} value={trunk.mediationPort} apply={(d, mediationPort) => updateTrunk(d, id, { mediationPort })} mergeKey={`${id}:mediationPort`} />
        <PortField label={t('inspector.peerPort')} value={trunk.peerPort} apply={(d, peerPort) => updateTrunk(d, id, { peerPort })} mergeKey={`${id}:peerPort`} />
      </div>
      <div className="ifield ifield--root">
        <span className="ifield__label">{t('inspector.root')}</span>
        {trunk.root ? (
          <p className="inspector__note">{t('inspector.isRoot')}</p>
        ) : (
          <button type="button" className="inspector__button" onClick={() => editor.commit(makeRootTrunk(editor.doc(), id))}>
            {t('inspector.makeRoot')}
          </button>
        )}
      </div>
      <Section title={t('inspector.media')}>
        <TrunkConfigurationNote doc={doc} trunkId={id} configuration={media} />
        {FLAGS.map((flag) => (
          <CheckboxField key={flag} label={t(`inspector.${flag}`)} checked={media?.[flag] ?? DEFAULTS.trunk[flag]} apply={(d, on) => editMedia(d, id, { [flag]: on })} />
        ))}
        <SelectField<SrtpMode>
          label={t('inspector.srtpMode')}
          value={media?.srtpMode ?? DEFAULTS.trunk.srtpMode}
          options={[
            { value: 'required', label: t('inspector.srtpRequired') },
            { value: 'optional', label: t('inspector.srtpOptional') },
            { value: 'notSupported', label: t('inspector.srtpNotSupported') },
          ]}
          apply={(d, srtpMode) => editMedia(d, id, { srtpMode })}
        />
        {MORE_FLAGS.map((flag) => (
          <CheckboxField key={flag} label={t(`routing.setting.${flag}`)} checked={media?.[flag] ?? DEFAULTS.trunkConfiguration[flag]} apply={(d, on) => editMedia(d, id, { [flag]: on })} />
        ))}
        {media && (
          <p className="inspector__note">
            {t('routing.trunk.more', { maxEarlyDialogs: media.maxEarlyDialogs, rules: media.outboundTranslationRules.length, usages: media.pstnUsages.length })}
          </p>
        )}
        <DraftField
          label={t('inspector.peakCalls')}
          value={integerText(trunk.peakCalls)}
          parse={parsePeakCalls}
          format={integerText}
          apply={(d, peakCalls) => setPeakCalls(d, id, peakCalls)}
          mergeKey={`${id}:peakCalls`}
          numeric
        />
      </Section>
    </div>
  );
}

/**
 * Edits the configuration that applies to the trunk, whichever it is (the note above says how many trunks
 * share it); a trunk without one (never: the global one always exists) gets its own.
 */
function editMedia(doc: Topology, trunkId: string, patch: Partial<TrunkConfiguration>): Topology {
  const applies = effectiveTrunkConfiguration(doc, trunkId);
  return applies ? updateRoutingObject(doc, 'trunkConfigurations', applies.id, patch) : setTrunkMedia(doc, trunkId, patch);
}

/** Which configuration applies and why, how many trunks share it, and the way to a trunk's own or back. */
function TrunkConfigurationNote({ doc, trunkId, configuration }: { doc: Topology; trunkId: string; configuration: TrunkConfiguration | undefined }) {
  const { t } = useTranslation();
  const editor = useEditor();
  if (!configuration) return null;
  const kind = configuration.scope.kind;
  const shared = kind === 'trunk' ? 1 : trunksUsingConfiguration(doc, configuration.id).length;
  return (
    <div className="inspector__configuration">
      <p className="inspector__note" data-testid="configuration-applies">
        {t('routing.trunk.applies', { scope: scopeIdentity(doc, configuration.scope), reason: t(`routing.trunk.reason.${kind}`) })}
      </p>
      {shared > 1 && <p className="inspector__note inspector__note--warning">{t('routing.trunk.shared', { count: shared })}</p>}
      <div className="inspector__buttons">
        {kind === 'trunk' ? (
          <button type="button" className="inspector__button" onClick={() => editor.commit(dropTrunkOwnConfiguration(editor.doc(), trunkId))}>
            {t('routing.trunk.useShared')}
          </button>
        ) : (
          <button type="button" className="inspector__button" onClick={() => editor.commit(giveTrunkOwnConfiguration(editor.doc(), trunkId))}>
            {t('routing.trunk.giveOwn')}
          </button>
        )}
        <button type="button" className="inspector__link" onClick={() => editor.session.getState().focusRouting('trunkConfigurations', configuration.id)}>
          {t('routing.trunk.open')}
        </button>
      </div>
    </div>
  );
}

/** One end of the trunk, read-only: a button that selects the node. */
function TrunkEnd({ doc, label, nodeId }: { doc: Topology; label: string; nodeId: string }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  return (
    <div className="ifield">
      <span className="ifield__label">{label}</span>
      <button
        type="button"
        className="inspector__link"
        title={t('inspector.selectNode')}
        onClick={() => editor.session.getState().select([nodeId])}
      >
        {nodeTitle(node)} <span className="inspector__kind">({t(`kinds.${node.kind}`)})</span>
      </button>
    </div>
  );
}
