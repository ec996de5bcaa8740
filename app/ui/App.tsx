// The designer's layout: toolbar on top, palette left, canvas centre, inspector right, problems below.
import { useEffect, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useStore } from 'zustand';
import { Canvas } from './canvas/Canvas.tsx';
import { EditorContext, type Editor } from './editor.ts';
import { Inspector } from './inspector/Inspector.tsx';
import { Notices } from './Notices.tsx';
import { Palette } from './Palette.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useShortcuts } from './useShortcuts.ts';

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

export function App({ editor }: { editor: Editor }) {
  useShortcuts(editor);
  const theme = useStore(editor.session, (s) => s.theme);
  const systemDark = useSystemDark();
  const resolved = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
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
          <div className="app__main">
            <Palette />
            <main className="app__canvas">
              <Canvas colorMode={resolved} />
            </main>
            <Inspector />
          </div>
          <ProblemsPanel />
          <Notices />
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
