// The routing workspace beside the canvas: "Test a number" and the saved routing tests first, then the
// configuration store's tables. Loaded when first opened (App.tsx): it is not needed to start.
import { useTranslation } from 'react-i18next';
import { RoutingSections } from './RoutingSections.tsx';
import { RoutingTests } from './RoutingTests.tsx';
import { TestNumber } from './TestNumber.tsx';

export function RoutingWorkspace() {
  const { t } = useTranslation();
  return (
    <aside className="routing" aria-label={t('routing.region')}>
      <TestNumber />
      <RoutingTests />
      <RoutingSections />
    </aside>
  );
}
