import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './ui/styles.css';
import { initI18n } from './i18n/index.ts';
import { App, storedTheme } from './ui/App.tsx';
import { startEditor } from './ui/startup.ts';
import { registerFileActions } from './ui/fileActions.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';

// zod compiles validators with new Function when it may; the page's CSP forbids eval, so ask it not to try.
z.config({ jitless: true });
initI18n();
registerFileActions();
const editor = startEditor(storedTheme());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App editor={editor} />
    </ErrorBoundary>
  </StrictMode>,
);
