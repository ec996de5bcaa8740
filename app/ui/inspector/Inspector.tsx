import { useTranslation } from 'react-i18next';

export function Inspector() {
  const { t } = useTranslation();
  return <aside className="inspector" aria-label={t('inspector.label')} />;
}
