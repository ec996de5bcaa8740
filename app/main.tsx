import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './ui/styles.css';
import { initI18n } from './i18n/index.ts';
import { App, storedTheme } from './ui/App.tsx';
import { startEditor } from './ui/startup.ts';

initI18n();
const editor = startEditor(storedTheme());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App editor={editor} />
  </StrictMode>,
);
