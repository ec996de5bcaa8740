// One small icon per kind, drawn inline so the app fetches nothing; the paths are the pictures' too.
import { ICON_PATHS, type IconKind } from '../../picture/icons.ts';

export function KindIcon({ kind, size = 20 }: { kind: IconKind; size?: number }) {
  return (
    <svg className="kind-icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[kind]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
