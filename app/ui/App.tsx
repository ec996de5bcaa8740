// The designer's layout: toolbar on top, palette left, canvas centre (the routing workspace beside it when
// open), inspector right, problems below.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useStore } from 'zustand';
import { Canvas } from './canvas/Canvas.tsx';
import { EditorContext, type DialogName, type Editor } from './editor.ts';
import { Inspector } from './inspector/Inspector.tsx';
import { Notices } from './Notices.tsx';
import { Palette } from './Palette.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { diagnosticsOf, useDocument } from '../store/documentStore.ts';
import { NewDialog } from './dialogs/NewDialog.tsx';
import { ProblemsDialog, type RefusedDocument } from './dialogs/ProblemsDialog.tsx';
import { exportJson, importFile } from './fileActions.ts';
import { openDocument } from './openDocument.ts';
import { keptDesigns, openShareLinkFromLocation } from './shareOpen.ts';

// Loaded when first opened: the link codec and its compressor are not needed to start.
const ShareDialog = lazy(async () => ({ default: (await import('./dialogs/ShareDialog.tsx')).ShareDialog }));
const HandoffDialog = lazy(async () => ({ default: (await import('./dialogs/HandoffDialog.tsx')).HandoffDialog }));
const RoutingWorkspace = lazy(async () => ({ default: (await import('./routing/RoutingWorkspace.tsx')).RoutingWorkspace }));

const THEME_KEY = 'trunkline.theme';

function useSystemDark(): boolean {
  const query = useMemo(() => window.matchMedia('(prefers-color-scheme: dark)'), []);
  const [dark, setDark] = useState(query.matches);
  useEffect(() => {
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
}

function Dialogs({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState<DialogName | null>(null);
  const [refusals, setRefusals] = useState<RefusedDocument[]>([]);
  const doc = useDocument(editor.documents);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    editor.dialogs.current = { open: setOpen, refuse: (r) => setRefusals((list) => [...list, r]) };
    editor.openFilePicker.current = () => fileInput.current?.click();
    // A share link in the address bar: now, and whenever another one is pasted into this tab.
    void openShareLinkFromLocation(editor, localStorage, 'replace');
    const onHashChange = () => void openShareLinkFromLocation(editor, localStorage, 'replace');
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      editor.dialogs.current = null;
      editor.openFilePicker.current = null;
    };
  }, [editor]);
  return (
    <>
      <input
        ref={fileInput}
        type="file"
        accept=".json,.png,.svg,.html,application/json,image/png,image/svg+xml,text/html"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(editor, file);
        }}
      />
      {open === 'share' && (
        <Suspense fallback={null}>
          <ShareDialog doc={doc} onClose={() => setOpen(null)} onExportJson={() => exportJson(editor)} />
        </Suspense>
      )}
      {open === 'handoff' && (
        <Suspense fallback={null}>
          <HandoffDialog doc={doc} diagnostics={diagnosticsOf(doc)} onClose={() => setOpen(null)} />
        </Suspense>
      )}
      {open === 'new' && (
        <NewDialog
          kept={keptDesigns(localStorage)}
          onClose={() => setOpen(null)}
          onChoose={(chosen) => {
            setOpen(null);
            void openDocument(editor, chosen);
          }}
        />
      )}
      {refusals[0] && <ProblemsDialog refusal={refusals[0]} onClose={() => setRefusals((list) => list.slice(1))} />}
    </>
  );
}

export function App({ editor }: { editor: Editor }) {
  useShortcuts(editor);
  const theme = useStore(editor.session, (s) => s.theme);
  const systemDark = useSystemDark();
  const resolved = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
  const routingOpen = useStore(editor.session, (s) => s.routingOpen);
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // The theme is a nicety; failing to remember it is not worth a notice.
    }
  }, [resolved, theme]);

  return (
    <EditorContext.Provider value={editor}>
      <ReactFlowProvider>
        <div className="app">
          <Toolbar />
          <div className={`app__main${routingOpen ? ' app__main--routing' : ''}`}>
            <Palette />
            <main className="app__canvas">
              <Canvas colorMode={resolved} />
              {/* Over the canvas, so that a toolbar wrapped onto two rows never hides a notice. */}
              <Notices />
            </main>
            {routingOpen && (
              <Suspense fallback={null}>
                <RoutingWorkspace />
              </Suspense>
            )}
            <Inspector />
          </div>
          <ProblemsPanel />
          <Dialogs editor={editor} />
        </div>
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}

export function storedTheme(): 'system' | 'light' | 'dark' {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}
