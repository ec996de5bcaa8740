// A node's form: label and site for every node, then what its kind carries.
import { useTranslation } from 'react-i18next';
import type { Edition, FrontEndPool, MediationPool, Peer, ServerNode, Topology, TopologyNode } from '../../domain/model.ts';
import { isMediationEndpoint, isPeer } from '../../domain/model.ts';
import { useEditor } from '../editor.ts';
import { HOST_MAX, parseLabel, parseServers, parseText, serversText } from './drafts.ts';
import { nextHopChoices, nodeTitle, patchNode, setCollocatedMediation, setNodeLabel } from '../../domain/fieldEdits.ts';
import { CheckboxField, DraftField, FormHeading, Section, SelectField } from './fields.tsx';
import { MediationFields } from './MediationFields.tsx';

const NO_NEXT_HOP = '';
const same = (text: string) => text;
const parseHost = (text: string) => parseText(text, { required: true, max: HOST_MAX });

export function NodeInspector({ doc, node }: { doc: Topology; node: TopologyNode }) {
  const { t } = useTranslation();
  const id = node.id;
  return (
    <div className="inspector__form">
      <FormHeading kind={t(`kinds.${node.kind}`)} name={nodeTitle(node)} />
      <DraftField
        label={t('inspector.label_')}
        value={node.label ?? ''}
        parse={parseLabel}
        format={same}
        apply={(d, label) => setNodeLabel(d, id, label)}
        mergeKey={`${id}:label`}
      />
      <SelectField
        label={t('inspector.site')}
        value={node.siteId}
        options={doc.sites.map((s) => ({ value: s.id, label: s.name }))}
        apply={(d, siteId) => patchNode(d, id, { siteId })}
      />
      {isPeer(node) ? <PeerFields node={node} /> : <ServerFields doc={doc} node={node} />}
      {(isPeer(node) || isMediationEndpoint(node)) && <NodeTrunks doc={doc} node={node} />}
    </div>
  );
}

function ServerFields({ doc, node }: { doc: Topology; node: ServerNode }) {
  const { t } = useTranslation();
  const id = node.id;
  return (
    <>
      <DraftField
        label={t('inspector.fqdn')}
        value={node.fqdn}
        parse={parseHost}
        format={same}
        apply={(d, fqdn) => patchNode<ServerNode>(d, id, { fqdn })}
        mergeKey={`${id}:fqdn`}
      />
      {node.kind === 'frontEndPool' && (
        <SelectField<Edition>
          label={t('inspector.edition')}
          value={node.edition}
          options={[
            { value: 'enterprise', label: t('inspector.enterprise') },
            { value: 'standard', label: t('inspector.standard') },
          ]}
          apply={(d, edition) => patchNode<FrontEndPool>(d, id, { edition })}
        />
      )}
      <DraftField
        label={t('inspector.servers')}
        value={serversText(node.servers)}
        parse={parseServers}
        format={serversText}
        apply={(d, servers) => patchNode<ServerNode>(d, id, { servers })}
        mergeKey={`${id}:servers`}
        multiline
      />
      {node.kind === 'mediationPool' && <NextHopField doc={doc} nodeId={id} nextHopId={node.nextHopId} />}
      {node.kind === 'frontEndPool' && (
        <CheckboxField label={t('inspector.collocated')} checked={node.mediation !== null} apply={(d, on) => setCollocatedMediation(d, id, on)} />
      )}
      {node.kind !== 'director' && node.mediation !== null && (
        <Section title={t('inspector.mediation')}>
          <MediationFields nodeId={id} mediation={node.mediation} />
        </Section>
      )}
    </>
  );
}

function NextHopField({ doc, nodeId, nextHopId }: { doc: Topology; nodeId: string; nextHopId: string | null }) {
  const { t } = useTranslation();
  const options = [
    { value: NO_NEXT_HOP, label: t('inspector.nextHopNone') },
    ...nextHopChoices(doc, nextHopId).map((c) => ({
      value: c.id,
      label: c.kind ? t('inspector.withKind', { name: c.name, kind: t(`kinds.${c.kind}`) }) : c.name,
    })),
  ];
  return (
    <SelectField
      label={t('inspector.nextHop')}
      value={nextHopId ?? NO_NEXT_HOP}
      options={options}
      apply={(d, value) => patchNode<MediationPool>(d, nodeId, { nextHopId: value === NO_NEXT_HOP ? null : value })}
    />
  );
}

function PeerFields({ node }: { node: Peer }) {
  const { t } = useTranslation();
  const id = node.id;
  return (
    <>
      <DraftField
        label={t('inspector.address')}
        value={node.address}
        parse={parseHost}
        format={same}
        apply={(d, address) => patchNode<Peer>(d, id, { address })}
        mergeKey={`${id}:address`}
      />
      <CheckboxField
        label={t('inspector.dnsLoadBalancing')}
        checked={node.dnsLoadBalancing}
        apply={(d, dnsLoadBalancing) => patchNode<Peer>(d, id, { dnsLoadBalancing })}
      />
      <CheckboxField label={t('inspector.qualified')} checked={node.qualified} apply={(d, qualified) => patchNode<Peer>(d, id, { qualified })} />
    </>
  );
}

/** The trunks that end at a node, each a button that selects it. */
function NodeTrunks({ doc, node }: { doc: Topology; node: TopologyNode }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const trunks = doc.trunks.filter((tr) => tr.mediationId === node.id || tr.peerId === node.id);
  if (trunks.length === 0) return null;
  return (
    <Section title={t('inspector.trunks')}>
      <ul className="inspector__links">
        {trunks.map((trunk) => (
          <li key={trunk.id}>
            <button type="button" className="inspector__link" onClick={() => editor.session.getState().select([trunk.id])}>
              {trunk.name}
            </button>
            {trunk.root && <span className="inspector__tag">{t('canvas.trunk.root')}</span>}
          </li>
        ))}
      </ul>
    </Section>
  );
}
