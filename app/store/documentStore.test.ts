import { describe, expect, it } from 'vitest';
import { renameDocument } from '../domain/edit.ts';
import { validDoc } from '../domain/testing/build.ts';
import { validate } from '../domain/rules/index.ts';
import type { Diagnostic } from '../domain/diagnostic.ts';
import { createDocumentStore, diagnosticsOf, seedDiagnostics, setValidator, validatorGeneration } from './documentStore.ts';
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

  it('keeps what a check made ahead found, unless another validator came in meanwhile', () => {
    const found: Diagnostic[] = [];
    const seeded = validDoc();
    seedDiagnostics(seeded, found, validatorGeneration());
    expect(diagnosticsOf(seeded)).toBe(found);
    const late = validDoc();
    const before = validatorGeneration();
    setValidator(validate);
    seedDiagnostics(late, found, before);
    expect(diagnosticsOf(late)).not.toBe(found);
    expect(diagnosticsOf(late)).toEqual(validate(late));
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
