// First: zod must be told not to probe for eval before any schema module is evaluated.
import './ui/zodJitless.ts';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './ui/styles.css';
import { initI18n } from './i18n/index.ts';
import { App, storedTheme } from './ui/App.tsx';
import { startEditor } from './ui/startup.ts';
import { registerFileActions } from './ui/fileActions.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { hasSavedDesign, parseSavedAhead } from './ui/autosave.ts';
import { loadChecks } from './ui/checks.ts';
import { designDrawn } from './ui/designDrawn.ts';

initI18n();
registerFileActions();
// The parser (and zod) stay out of the first download: loaded before the first render only when there is
// a saved design to restore.
let storage: Storage | null = null;
try {
  storage = window.localStorage;
} catch {
  // Storage refused: nothing was saved, startEditor says so as before.
}
// A large saved design is parsed in a worker meanwhile.
const parse = storage && hasSavedDesign(storage) ? await parseSavedAhead(storage) : null;
const editor = startEditor(storedTheme(), parse);
// In a transition: React renders the designer in short slices, giving the browser a turn in between, instead
// of one task of a few hundred milliseconds on a slow machine; the first paint comes at the same time.
startTransition(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App editor={editor} />
      </ErrorBoundary>
    </StrictMode>,
  ),
);
// The rules (and re2js, for number patterns) load once the design is drawn, not in the first download: the
// problems appear when they arrive.
void designDrawn.then(() => loadChecks(editor.documents));
