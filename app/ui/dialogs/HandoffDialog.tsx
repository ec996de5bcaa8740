// Export for Lync: the Management Shell script, the Topology Builder build sheet and the design report
// (app/handoff/files.ts, the same files as `trunkline handoff`). A design with errors is refused, and
// the dialog says why. Loaded when first opened; the generators themselves are loaded by the download
// (fileActions.ts exportHandoff), so this chunk holds the dialog alone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HANDOFF_KINDS, HANDOFF_SUFFIX, type HandoffKind } from '../../handoff/kinds.ts';
import { Dialog } from './Dialog.tsx';

/** How many of a refused design's errors the dialog quotes. */
export const QUOTED_ERRORS = 3;

export function HandoffDialog({
  errors,
  onDownload,
  onClose,
}: {
  /** The design's errors, in the user's language. */
  errors: readonly string[];
  /** Makes and downloads one file; resolves to the file's name. */
  onDownload: (kind: HandoffKind) => Promise<string>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');

  async function download(kind: HandoffKind) {
    try {
      setStatus(t('handoff.downloaded', { file: await onDownload(kind) }));
    } catch (error) {
      setStatus(t('handoff.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <Dialog title={t('actions.exportLync')} onClose={onClose}>
      {errors.length > 0 ? (
        <div role="alert" className="dialog__warning" data-testid="handoff-refused">
          <p className="dialog__text">{t('handoff.refused', { count: errors.length })}</p>
          <ul className="refusal__list">
            {errors.slice(0, QUOTED_ERRORS).map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
          {errors.length > QUOTED_ERRORS && <p className="dialog__text">{t('handoff.more', { count: errors.length - QUOTED_ERRORS })}</p>}
        </div>
      ) : (
        <>
          <p className="dialog__text">{t('handoff.explain')}</p>
          <ul className="templates">
            {HANDOFF_KINDS.map((kind) => (
              <li key={kind}>
                <button type="button" className="template" onClick={() => void download(kind)}>
                  <span className="template__name">{t(`handoff.${kind}`)}</span>
                  <span className="template__description">{`${HANDOFF_SUFFIX[kind].slice(HANDOFF_SUFFIX[kind].lastIndexOf('.'))}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog__buttons">
        <button type="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
      <p role="status" className="dialog__status">
        {status}
      </p>
    </Dialog>
  );
}
