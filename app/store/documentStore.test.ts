import { describe, expect, it } from 'vitest';
import { renameDocument } from '../domain/edit.ts';
import { validDoc } from '../domain/testing/build.ts';
import { createDocumentStore, diagnosticsOf } from './documentStore.ts';
import { createSessionStore } from './sessionStore.ts';

describe('document store', () => {
  it('records commits, undoes and redoes them', () => {
    const store = createDocumentStore(validDoc());
    const first = store.getState().history.present;
    store.getState().commit(renameDocument(first, 'A'));
    store.getState().commit(renameDocument(store.getState().history.present, 'B'));
    store.getState().undo();
    expect(store.getState().history.present.name).toBe('A');
    store.getState().undo();
    expect(store.getState().history.present).toBe(first);
    store.getState().redo();
    expect(store.getState().history.present.name).toBe('A');
  });

  it('merges typing into one step, and replace() is always its own step', () => {
    const store = createDocumentStore(validDoc());
    for (const name of ['P', 'Pa', 'Par']) store.getState().commit(renameDocument(store.getState().history.present, name), 'name');
    store.getState().replace(renameDocument(store.getState().history.present, 'Imported'));
    store.getState().undo();
    expect(store.getState().history.present.name).toBe('Par');
    store.getState().undo();
    expect(store.getState().history.present.name).toBe('Test');
  });

  it('computes diagnostics once per document', () => {
    const doc = validDoc();
    expect(diagnosticsOf(doc)).toBe(diagnosticsOf(doc));
  });
});

describe('session store', () => {
  it('keeps selection apart from the document history', () => {
    const documents = createDocumentStore(validDoc());
    const session = createSessionStore();
    session.getState().select(['fe1']);
    expect(documents.getState().history.past).toHaveLength(0);
    const before = session.getState().selection;
    session.getState().select(['fe1']);
    expect(session.getState().selection).toBe(before);
  });

  it('adds and dismisses notices', () => {
    const session = createSessionStore();
    const id = session.getState().notify('error', 'Could not save');
    expect(session.getState().notices).toHaveLength(1);
    session.getState().dismiss(id);
    expect(session.getState().notices).toHaveLength(0);
  });
});
