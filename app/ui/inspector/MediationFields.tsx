// A mediation config: TLS listening ports, TCP on or off and its ports, the SIP server port.
import { useTranslation } from 'react-i18next';
import type { MediationConfig } from '../../domain/model.ts';
import { CheckboxField, PortField, RangeField } from './fields.tsx';
import { setRangeEnd, setSipServerPort, setTcpEnabled } from '../../domain/fieldEdits.ts';

export function MediationFields({ nodeId, mediation }: { nodeId: string; mediation: MediationConfig }) {
  const { t } = useTranslation();
  return (
    <>
      <RangeField
        legend={t('inspector.tlsPortRange')}
        range={mediation.tlsPortRange}
        apply={(doc, end, port) => setRangeEnd(doc, nodeId, 'tlsPortRange', end, port)}
        mergeKey={`${nodeId}:tlsPortRange`}
      />
      <CheckboxField label={t('inspector.tcpEnabled')} checked={mediation.tcpPortRange !== null} apply={(doc, on) => setTcpEnabled(doc, nodeId, on)} />
      {mediation.tcpPortRange !== null && (
        <RangeField
          legend={t('inspector.tcpPortRange')}
          range={mediation.tcpPortRange}
          apply={(doc, end, port) => setRangeEnd(doc, nodeId, 'tcpPortRange', end, port)}
          mergeKey={`${nodeId}:tcpPortRange`}
        />
      )}
      <PortField
        label={t('inspector.sipServerPort')}
        value={mediation.sipServerPort}
        apply={(doc, port) => setSipServerPort(doc, nodeId, port)}
        mergeKey={`${nodeId}:sipServerPort`}
      />
    </>
  );
}
