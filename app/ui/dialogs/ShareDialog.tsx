// The share link: the whole design in the URL fragment, never sent to a server.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeShareLink } from '../../domain/link/shareLink.ts';
import type { Topology } from '../../domain/model.ts';
import { Dialog } from './Dialog.tsx';

/** The limit of Outlook, Teams and the Windows shell. */
export const SAFE_URL_LENGTH = 2083;

export function shareUrl(doc: Topology, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}#${encodeShareLink(doc)}`;
}

export function ShareDialog({ doc, onClose, onExportJson }: { doc: Topology; onClose: () => void; onExportJson: () => void }) {
  const { t } = useTranslation();
  const url = useMemo(() => shareUrl(doc), [doc]);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const tooLong = url.length > SAFE_URL_LENGTH;
  return (
    <Dialog title={t('share.title')} onClose={onClose}>
      <p className="dialog__text">{t('share.explain')}</p>
      <label className="field">
        <span className="field__label">{t('share.link')}</span>
        <input className="share__url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p className="share__length" data-testid="link-length">
        {t('share.length', { count: url.length })}
      </p>
      {tooLong && (
        <p className="dialog__warning" role="note">
          {t('share.tooLong', { limit: SAFE_URL_LENGTH })}{' '}
          <button type="button" className="link-button" onClick={onExportJson}>
            {t('actions.exportJson')}
          </button>
        </p>
      )}
      <div className="dialog__buttons">
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied('yes');
            } catch {
              setCopied('failed');
            }
          }}
        >
          {t('share.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
      <p role="status" className="dialog__status">
        {copied === 'yes' ? t('share.copied') : copied === 'failed' ? t('share.copyFailed') : ''}
      </p>
    </Dialog>
  );
}
