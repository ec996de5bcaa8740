// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Topology } from '../../domain/model.ts';
import { templateById } from '../../domain/templates.ts';
import { initI18n } from '../../i18n/index.ts';
import { createDocumentStore } from '../../store/documentStore.ts';
import { createSessionStore } from '../../store/sessionStore.ts';
import { EditorContext, createEditor, type Editor } from '../editor.ts';
import { currentHighlight } from './highlight.ts';
import { highlightOf } from './highlightOutcome.ts';
import { RoutingTests } from './RoutingTests.tsx';
import { TestNumber } from './TestNumber.tsx';

beforeAll(() => {
  initI18n('en');
  // jsdom lays nothing out, and has no scrollIntoView.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

const twoSites = (): Topology => templateById('two-site-routing')!.build();

function setup(doc: Topology = twoSites()): Editor {
  const editor = createEditor(createDocumentStore(doc), createSessionStore());
  render(
    <EditorContext.Provider value={editor}>
      <TestNumber />
      <RoutingTests />
    </EditorContext.Provider>,
  );
  return editor;
}

const region = () => within(screen.getByRole('region', { name: 'Test a number' }));
const tests = () => within(screen.getByRole('region', { name: 'Routing tests' }));
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

describe('highlightOf', () => {
  it('lights the first route\'s trunk, peer and endpoint as first, later routes\' as failover', () => {
    const { elements, outcome } = highlightOf(twoSites(), { number: '0100', dialPlanId: 'dp-redmond', voicePolicyId: 'vp-redmond' });
    expect(outcome.firstRoute?.id).toBe('r-rdm-local');
    expect(Object.fromEntries(elements)).toEqual({ t1: 'first', gw1: 'first', fe1: 'first', redmond: 'first', t2: 'failover', gw2: 'failover', fe2: 'failover', newyork: 'failover' });
  });

  it('is computed once per document and test, and is nothing for no test or a number no one can dial', () => {
    const doc = twoSites();
    const test = { number: '12125550100', dialPlanId: 'dp-redmond', voicePolicyId: 'vp-redmond' };
    const first = currentHighlight(doc, test);
    expect(first?.elements.get('t2')).toBe('first');
    expect(currentHighlight(doc, test)).toBe(first);
    expect(currentHighlight({ ...doc }, test)).not.toBe(first);
    expect(currentHighlight(doc, null)).toBeNull();
    expect(currentHighlight(doc, { ...test, number: '0100 x' })).toBeNull();
  });
});

describe('TestNumber', () => {
  it('routes the number as it is typed, into the session for the canvas; Esc ends it', () => {
    const editor = setup();
    expect(region().getByRole<HTMLSelectElement>('combobox', { name: 'Dial plan' }).value).toBe('dp-global');
    expect(region().getByRole<HTMLSelectElement>('combobox', { name: 'Voice policy' }).value).toBe('vp-global');
    fireEvent.change(region().getByRole('combobox', { name: 'Dial plan' }), { target: { value: 'dp-redmond' } });
    fireEvent.change(region().getByRole('combobox', { name: 'Voice policy' }), { target: { value: 'vp-redmond' } });
    const field = region().getByRole('textbox', { name: 'Number' });
    type(field, '0100');
    expect(editor.session.getState().numberTest).toEqual({ number: '0100', dialPlanId: 'dp-redmond', voicePolicyId: 'vp-redmond' });
    const status = region().getByRole('status');
    expect(status.textContent).toContain('Normalization: rule "4 digit" gives +14255550100');
    expect(status.textContent).toContain('First usage: Redmond Local; first route: Redmond local (r-rdm-local).');
    expect(status.textContent).toContain('Trunk gw01-redmond-5067, peer Redmond gateway');
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(editor.session.getState().numberTest).toBeNull();
    expect((field as HTMLInputElement).value).toBe('');
  });

  it('Save as test adds one test, one undo step, that passes', () => {
    const editor = setup();
    type(region().getByRole('textbox', { name: 'Number' }), '14255550123');
    fireEvent.click(region().getByRole('button', { name: 'Save as test' }));
    expect(editor.doc().routingTests.map((t) => t.name)).toEqual(['Redmond extension', 'Redmond to New York', 'Redmond long distance', '14255550123']);
    expect(editor.doc().routingTests[3]!.expect).toEqual({ translation: '+14255550123', usage: 'Redmond Long Distance', routeId: 'r-rdm-ld' });
    const saved = tests().getByText('14255550123').closest('li')!;
    expect(saved.getAttribute('data-status')).toBe('pass');
    act(() => editor.documents.getState().undo());
    expect(editor.doc().routingTests).toHaveLength(3);
  });
});

describe('RoutingTests', () => {
  it('shows pass and fail, reruns on a change, and opens a focused test with expected beside actual', () => {
    const editor = setup();
    expect(tests().getAllByRole('listitem').map((li) => li.getAttribute('data-status'))).toEqual(['pass', 'pass', 'pass']);
    // The Redmond local route goes: the extension now leaves by long distance.
    act(() => editor.commit({ ...editor.doc(), voiceRoutes: editor.doc().voiceRoutes.filter((r) => r.id !== 'r-rdm-local') }));
    expect(tests().getAllByRole('listitem').map((li) => li.getAttribute('data-status'))).toEqual(['fail', 'pass', 'pass']);
    act(() => editor.session.getState().focusRouting('routingTests', 'rt1'));
    const item = tests().getAllByRole('listitem')[0]!;
    const button = within(item).getByRole('button', { name: 'Redmond extension' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(button);
    const row = within(item).getByRole('row', { name: /First route/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['r-rdm-local', 'Long distance via Redmond (r-rdm-ld)']);
    expect(row.getAttribute('data-differs')).toBe('true');
    act(() => editor.documents.getState().undo());
    expect(item.getAttribute('data-status')).toBe('pass');
  });

  it('deletes a test', () => {
    const editor = setup();
    fireEvent.click(tests().getByRole('button', { name: 'Delete routing test Redmond to New York' }));
    expect(editor.doc().routingTests.map((t) => t.id)).toEqual(['rt1', 'rt3']);
  });
});
