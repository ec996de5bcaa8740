// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeShareLink } from '../domain/link/shareLink.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { validDoc } from '../domain/testing/build.ts';
import type { Topology } from '../domain/model.ts';
import { initI18n } from '../i18n/index.ts';
import { createDocumentStore } from '../store/documentStore.ts';
import { listCopies } from '../store/recovery.ts';
import { createSessionStore } from '../store/sessionStore.ts';
import { MemoryStorage } from '../store/testing/memoryStorage.ts';
import { AUTOSAVE_KEY, startAutosave } from './autosave.ts';
import { createEditor } from './editor.ts';
import { keptDesigns, openShareLinkFromLocation } from './shareOpen.ts';

beforeAll(() => initI18n('en'));

const named = (name: string): Topology => ({ ...validDoc(), name, nodes: validDoc().nodes.map((n, i) => ({ ...n, position: { x: i * 300, y: 0 } })), sites: validDoc().sites.map((s) => ({ ...s, frame: { x: -40, y: -76, width: 600, height: 300 } })) });

async function openLink(editor: ReturnType<typeof createEditor>, storage: Storage, doc: Topology) {
  history.replaceState(null, '', `/#${encodeShareLink(doc)}`);
  await openShareLinkFromLocation(editor, storage, 'replace');
  // The autosave writes the opened design, as it does 300 ms later in the app.
  window.dispatchEvent(new Event('pagehide'));
}

describe('opening share links (issue 12)', () => {
  it('two links in a row keep the user\'s own design', async () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, serializeTopology(named('Mine')));
    const editor = createEditor(createDocumentStore(named('Mine')), createSessionStore());
    editor.autosave.current = startAutosave(editor, storage);
    await openLink(editor, storage, named('Link A'));
    await openLink(editor, storage, named('Link B'));
    expect(editor.doc().name).toBe('Link B');
    expect(keptDesigns(storage).map((k) => k.doc.name)).toEqual(['Link A', 'Mine']);
    expect(editor.session.getState().notices.at(-1)!.text).toContain('The design you had open is kept.');
    editor.autosave.current();
  });

  it('tells the truth when the design could not be kept, and does not save the link over it', async () => {
    const storage = new MemoryStorage();
    const mine = serializeTopology(named('Mine'));
    storage.setItem(AUTOSAVE_KEY, mine);
    const editor = createEditor(createDocumentStore(named('Mine')), createSessionStore());
    editor.autosave.current = startAutosave(editor, storage);
    storage.failing = true;
    history.replaceState(null, '', `/#${encodeShareLink(named('Link'))}`);
    await openShareLinkFromLocation(editor, storage, 'replace');
    storage.failing = false;
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(mine);
    expect(listCopies(storage)).toEqual([]);
    const notice = editor.session.getState().notices.at(-1)!;
    expect(notice.kind).toBe('error');
    expect(notice.text).toContain('could not be kept aside');
    expect(notice.actions.map((a) => a.label)).toEqual(['Back to my design', 'Save the shared design instead']);
    notice.actions[1]!.run();
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Link"');
    editor.autosave.current();
  });
});
