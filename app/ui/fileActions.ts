// The actions that move designs in and out: new, import, export JSON, share link, images, layout.
import i18next from 'i18next';
import type { Problem } from '../domain/parse.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { downloadBlob, safeFileName } from '../io/download.ts';
import { diagnosticsOf } from '../store/documentStore.ts';
import type { ImportOutcome } from '../io/readAndParse.ts';
import type { Topology } from '../domain/model.ts';
import { registerAction } from './actions.ts';
import type { Editor } from './editor.ts';
import { openDocument } from './openDocument.ts';
import { withTask } from './task.ts';
import { fitDesign } from './canvas/fitDesign.ts';
import { loadParser } from './parser.ts';
import { loadChecks } from './checks.ts';

export function exportJson(editor: Editor): void {
  const doc = editor.doc();
  downloadBlob(new Blob([serializeTopology(doc)], { type: 'application/json' }), `${safeFileName(doc.name)}.trunkline.json`);
}

/** Reads a file the user picked or dropped; a refused file changes nothing and says why. */
export async function importFile(editor: Editor, file: File): Promise<void> {
  const refuse = (problems: Problem[]) =>
    editor.dialogs.current?.refuse({ title: i18next.t('import.refusedTitle'), intro: i18next.t('import.refusedIntro', { file: file.name }), problems });
  // Loaded when first needed: image reading brings a decompressor the first download can do without.
  const parseTopologyText = await loadParser();
  const { readAndParse } = await import('../io/readAndParse.ts');
  let outcome: ImportOutcome;
  try {
    outcome = await withTask(editor, i18next.t('import.reading', { file: file.name }), (signal) => readAndParse(file, parseTopologyText, signal));
  } catch (error) {
    // Cancelled: nothing changes.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    throw error;
  }
  if (outcome.kind === 'unsupported') {
    refuse([{ path: '$', ...outcome.read.problem }]);
    return;
  }
  const { parsed } = outcome;
  if (!parsed.ok) {
    refuse(parsed.problems);
    return;
  }
  await openDocument(editor, parsed.doc);
  editor.session.getState().announce(i18next.t('import.opened', { name: parsed.doc.name }));
}

async function exportImage(editor: Editor, kind: 'png' | 'svg'): Promise<void> {
  const doc = editor.doc();
  editor.session.getState().announce(i18next.t('export.working'));
  try {
    // The picture marks problems: the rules must have arrived (they load after the first paint).
    await loadChecks();
    const { exportPng, exportSvg } = await import('../io/exportImage.ts');
    const { pictureWords } = await import('./canvas/pictureWords.ts');
    const { THEMES } = await import('../picture/theme.ts');
    const options = {
      theme: document.documentElement.dataset.theme === 'dark' ? THEMES.dark : THEMES.light,
      diagnostics: diagnosticsOf(doc),
      words: pictureWords(i18next.t),
    };
    const json = serializeTopology(doc);
    let scale = 1;
    let blob: Blob;
    if (kind === 'png') ({ blob, scale } = await exportPng(doc, json, options));
    else blob = exportSvg(doc, json, options);
    downloadBlob(blob, `${safeFileName(doc.name)}.trunkline.${kind}`);
    // A design too large for one browser canvas comes out smaller rather than not at all: say so.
    editor.session.getState().announce(scale < 1 ? i18next.t('export.scaledDown', { percent: Math.floor(scale * 100) }) : i18next.t('export.done'));
  } catch (error) {
    editor.session.getState().notify('error', i18next.t('export.imageFailed', { reason: error instanceof Error ? error.message : String(error) }));
  }
}

export function registerFileActions(): void {
  registerAction({ id: 'new', labelKey: 'actions.new', shortcuts: [], run: (e) => e.dialogs.current?.open('new') });
  registerAction({ id: 'import', labelKey: 'actions.import', shortcuts: ['Mod+O'], run: (e) => e.openFilePicker.current?.() });
  registerAction({ id: 'exportJson', labelKey: 'actions.exportJson', shortcuts: ['Mod+S'], run: exportJson });
  registerAction({ id: 'shareLink', labelKey: 'actions.shareLink', shortcuts: [], run: (e) => e.dialogs.current?.open('share') });
  registerAction({ id: 'exportPng', labelKey: 'actions.exportPng', shortcuts: [], run: (e) => void exportImage(e, 'png') });
  registerAction({ id: 'exportSvg', labelKey: 'actions.exportSvg', shortcuts: [], run: (e) => void exportImage(e, 'svg') });
  // The dialog refuses a design with errors: it opens once the rules have loaded (just after the first paint),
  // never on the empty list of diagnostics the designer has before them.
  registerAction({ id: 'exportLync', labelKey: 'actions.exportLync', shortcuts: [], run: (e) => void loadChecks().then(() => e.dialogs.current?.open('handoff')) });
  registerAction({
    id: 'autoLayout',
    labelKey: 'actions.autoLayout',
    shortcuts: [],
    run: async (e) => {
      const { layoutInWorker } = await import('../layout/runLayout.ts');
      const before = e.doc();
      let next: Topology;
      try {
        next = await withTask(e, i18next.t('layout.working', { count: before.nodes.length }), (signal, onProgress) => layoutInWorker(before, { all: true, signal, onProgress }));
      } catch (error) {
        // Cancelled: the design stays as it was.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        e.session.getState().notify('error', i18next.t('import.layoutFailed', { reason: error instanceof Error ? error.message : String(error) }));
        return;
      }
      // The user may have edited while the layout ran: then the layout is stale, drop it.
      if (e.doc() === before) e.commit(next);
      setTimeout(() => fitDesign(e), 60);
    },
  });
}
