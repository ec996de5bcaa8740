// New: a blank design, a starting design, or the design kept aside when a share link was opened.
import { useTranslation } from 'react-i18next';
import { TEMPLATES } from '../../domain/templates.ts';
import type { Topology } from '../../domain/model.ts';
import type { KeptDesign } from '../shareOpen.ts';
import { Dialog } from './Dialog.tsx';

export function NewDialog({ kept, onChoose, onClose }: { kept: readonly KeptDesign[]; onChoose: (doc: Topology) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  // The date comes from storage: one that does not read as a date is left out.
  const when = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  };
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
        {kept.map(({ copy, doc }) => (
          <li key={copy.id}>
            <button type="button" className="template" data-template="kept" onClick={() => onChoose(doc)}>
              <span className="template__name">{t(copy.reason === 'otherTab' ? 'recovery.otherTab' : 'share.backToMine')}</span>
              <span className="template__description">{[doc.name, when(copy.savedAt)].filter(Boolean).join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog__buttons">
        <button type="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
