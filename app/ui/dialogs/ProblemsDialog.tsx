// A refused file or link: what was wrong, with JSON paths. The current design stays as it was.
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/parse.ts';
import { problemText } from '../diagnosticText.ts';
import { Dialog } from './Dialog.tsx';

/** A file or share link that could not be opened: the dialog's title and opening line, and the problems. */
export interface RefusedDocument {
  title: string;
  intro: string;
  problems: Problem[];
}

export function ProblemsDialog({ refusal, onClose }: { refusal: RefusedDocument; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={refusal.title} role="alertdialog" onClose={onClose}>
      <p className="dialog__text">{refusal.intro}</p>
      <ul className="refusal__list">
        {refusal.problems.map((p, i) => (
          <li key={i}>
            {p.path !== '$' && <code className="refusal__path">{p.path}</code>} <span>{problemText(p, t)}</span>
          </li>
        ))}
      </ul>
      <p className="dialog__text">{t('import.unchanged')}</p>
      <div className="dialog__buttons">
        <button type="button" onClick={onClose} autoFocus>
          {t('dialog.ok')}
        </button>
      </div>
    </Dialog>
  );
}
