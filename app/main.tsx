// First: zod must be told not to probe for eval before any schema module is evaluated.
import './ui/zodJitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './ui/styles.css';
import { initI18n } from './i18n/index.ts';
import { App, storedTheme } from './ui/App.tsx';
import { startEditor } from './ui/startup.ts';
import { registerFileActions } from './ui/fileActions.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { loadPatternEngine } from './domain/routing/pattern.ts';
import { refreshDiagnostics } from './store/documentStore.ts';

initI18n();
registerFileActions();
const editor = startEditor(storedTheme());
// re2js stays out of the first download: number patterns are evaluated once it arrives.
void loadPatternEngine().then(() => refreshDiagnostics(editor.documents));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App editor={editor} />
    </ErrorBoundary>
  </StrictMode>,
);
