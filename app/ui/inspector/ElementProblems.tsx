// The diagnostics that name one element, re-computed with every change of the document.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDiagnostics } from '../../store/documentStore.ts';
import { useEditor } from '../editor.ts';
import { Section } from './fields.tsx';
import { diagnosticText } from '../diagnosticText.ts';

export function ElementProblems({ id }: { id: string }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const diagnostics = useDiagnostics(editor.documents);
  const mine = useMemo(() => diagnostics.filter((d) => d.targets.includes(id)), [diagnostics, id]);
  return (
    <Section title={t('inspector.problems')}>
      {mine.length === 0 ? (
        <p className="inspector__note inspector__none">{t('inspector.noProblems')}</p>
      ) : (
        <ul className="inspector__problems">
          {mine.map((d, i) => (
            <li key={`${d.rule}-${i}`} className={`inspector__problem inspector__problem--${d.severity}`} data-rule={d.rule}>
              <span className={`problem__severity problem__severity--${d.severity}`}>{t(`problems.${d.severity}`)}</span>{' '}
              <span className="inspector__problem-message">{diagnosticText(d, t)}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
