// New: a blank design, a starting design, or the design kept aside when a share link was opened.
import { useTranslation } from 'react-i18next';
import { TEMPLATES } from '../../domain/templates.ts';
import type { Topology } from '../../domain/model.ts';
import { Dialog } from './Dialog.tsx';

export function NewDialog({ kept, onChoose, onClose }: { kept: Topology | null; onChoose: (doc: Topology) => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('templates.title')} onClose={onClose} className="dialog--new">
      <ul className="templates">
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button type="button" className="template" data-template={template.id} onClick={() => onChoose(template.build())}>
              <span className="template__name">{t(template.nameKey)}</span>
              <span className="template__description">{t(template.descriptionKey)}</span>
            </button>
          </li>
        ))}
        {kept && (
          <li>
            <button type="button" className="template" data-template="kept" onClick={() => onChoose(kept)}>
              <span className="template__name">{t('share.backToMine')}</span>
              <span className="template__description">{kept.name}</span>
            </button>
          </li>
        )}
      </ul>
      <div className="dialog__buttons">
        <button type="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
