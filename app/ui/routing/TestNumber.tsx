// "Test a number": the number, dial plan and voice policy, and each step of the outcome (routing.md).
import { useTranslation } from 'react-i18next';

export function TestNumber() {
  const { t } = useTranslation();
  return (
    <section aria-label={t('testNumber.region')}>
      <h2>{t('testNumber.region')}</h2>
    </section>
  );
}
