// Export for Lync: the Management Shell script, the Topology Builder build sheet and the design report
// (app/handoff/files.ts, the same files as `trunkline handoff`). A design with errors is refused, and
// the dialog says why. Loaded when first opened, with the generators; the picture code comes from the
// image export's module, so that it stays in one chunk. The files are in English whatever the
// designer's language, as Lync's own tools are.
import i18next from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../domain/diagnostic.ts';
import type { Topology } from '../../domain/model.ts';
import { loadPatternEngine } from '../../domain/routing/pattern.ts';
import { handoffFile } from '../../handoff/files.ts';
import { HANDOFF_KINDS, HANDOFF_SUFFIX, type HandoffKind } from '../../handoff/kinds.ts';
import { downloadBlob, safeFileName } from '../../io/download.ts';
import { drawDesign } from '../../io/exportImage.ts';
import { diagnosticText } from '../diagnosticText.ts';
import { Dialog } from './Dialog.tsx';

/** How many of a refused design's errors the dialog quotes. */
export const QUOTED_ERRORS = 3;

export function HandoffDialog({
  doc,
  diagnostics,
  onClose,
}: {
  doc: Topology;
  diagnostics: readonly Diagnostic[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const errors = useMemo(() => diagnostics.filter((d) => d.severity === 'error'), [diagnostics]);

  async function download(kind: HandoffKind) {
    try {
      // The report's routing tests need the pattern engine (loaded after the page starts).
      await loadPatternEngine();
      const generatedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      const text = handoffFile(kind, { doc, diagnostics, generatedAt, t: i18next.getFixedT('en'), draw: drawDesign });
      const file = `${safeFileName(doc.name)}${HANDOFF_SUFFIX[kind]}`;
      downloadBlob(new Blob([text], { type: kind === 'script' ? 'text/plain;charset=utf-8' : 'text/html;charset=utf-8' }), file);
      setStatus(t('handoff.downloaded', { file }));
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
            {errors.slice(0, QUOTED_ERRORS).map((d, i) => (
              <li key={i}>{diagnosticText(d)}</li>
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
