// @vitest-environment jsdom
import { trunkIdentity } from '../../domain/routing/identity.ts';
import { effectiveTrunkConfiguration } from '../../domain/routing/scopes.ts';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import fixture from '../../domain/fixtures/v1-all-fields.json';
import type { MediationPool, Topology } from '../../domain/model.ts';
import { parseTopology } from '../../domain/parse.ts';
import { initI18n } from '../../i18n/index.ts';
import { createDocumentStore } from '../../store/documentStore.ts';
import { createSessionStore } from '../../store/sessionStore.ts';
import { EditorContext, createEditor, type Editor } from '../editor.ts';
import { Inspector } from './Inspector.tsx';

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

function load(): Topology {
  const result = parseTopology(fixture);
  if (!result.ok) throw new Error('fixture does not parse');
  return result.doc;
}

function setup(selection: string[] = []): Editor {
  const editor = createEditor(createDocumentStore(load()), createSessionStore());
  editor.session.getState().select(selection);
  render(
    <EditorContext.Provider value={editor}>
      <Inspector />
    </EditorContext.Provider>,
  );
  return editor;
}

const inspector = () => within(screen.getByRole('complementary', { name: 'Inspector' }));
const med = (editor: Editor) => editor.doc().nodes.find((n) => n.id === 'med1') as MediationPool;
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

describe('Inspector', () => {
  it('shows the design and its settings with nothing selected', () => {
    const editor = setup();
    expect((inspector().getByLabelText('Name') as HTMLInputElement).value).toBe('Frozen format 1 fixture: every key');
    expect(inspector().getByText('2 sites, 7 nodes, 3 trunks')).toBeTruthy();
    fireEvent.change(inspector().getByLabelText('Media bypass'), { target: { value: 'alwaysBypass' } });
    expect(editor.doc().settings.mediaBypass).toBe('alwaysBypass');
    fireEvent.click(inspector().getByLabelText('Call admission control'));
    expect(editor.doc().settings.callAdmissionControl).toBe(false);
  });

  it('summarises several selected elements', () => {
    setup(['fe1', 'gw1']);
    expect(inspector().getByText('2 elements selected.')).toBeTruthy();
  });

  it('shows an invalid port inline and never commits it', () => {
    const editor = setup(['med1']);
    const from = inspector().getByLabelText('TLS listening ports from') as HTMLInputElement;
    const before = editor.doc();
    type(from, 'abc');
    expect(editor.doc()).toBe(before);
    expect(from.value).toBe('abc');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(from.getAttribute('aria-describedby')!);
    expect(error?.textContent).toBe('Enter a port from 1 to 65535.');
    type(from, '70000');
    expect(editor.doc()).toBe(before);
    fireEvent.blur(from);
    expect(from.value).toBe('5067');
    expect(from.getAttribute('aria-invalid')).toBe('false');
  });

  it('commits valid typing as one undo step, and the draft follows undo', () => {
    const editor = setup(['med1']);
    const sip = inspector().getByLabelText('SIP server port (toward the Front End)') as HTMLInputElement;
    const steps = editor.documents.getState().history.past.length;
    type(sip, '5');
    type(sip, '50');
    type(sip, '507');
    type(sip, '5071');
    expect(med(editor).mediation.sipServerPort).toBe(5071);
    expect(editor.documents.getState().history.past.length).toBe(steps + 1);
    type(sip, '5071x');
    expect(med(editor).mediation.sipServerPort).toBe(5071);
    act(() => editor.documents.getState().undo());
    expect(med(editor).mediation.sipServerPort).toBe(5070);
    expect(sip.value).toBe('5070');
    expect(sip.getAttribute('aria-invalid')).toBe('false');
  });

  it('refuses an empty required name and an empty server list', () => {
    const editor = setup(['med1']);
    const servers = inspector().getByLabelText('Servers (one FQDN a line)') as HTMLTextAreaElement;
    type(servers, ' \n');
    expect(servers.getAttribute('aria-invalid')).toBe('true');
    expect(med(editor).servers).toEqual(['med01.contoso.com', 'med02.contoso.com']);
    type(servers, 'med01.contoso.com\n');
    expect(med(editor).servers).toEqual(['med01.contoso.com']);
    expect(servers.value).toBe('med01.contoso.com\n');
    const fqdn = inspector().getByLabelText('Pool FQDN') as HTMLInputElement;
    type(fqdn, '');
    expect(fqdn.getAttribute('aria-invalid')).toBe('true');
    expect(med(editor).fqdn).toBe('med.contoso.com');
  });

  it('edits the label and removes it when empty', () => {
    const editor = setup(['fe1']);
    const label = inspector().getByLabelText('Label') as HTMLInputElement;
    expect(label.value).toBe('Pool 1');
    type(label, '');
    expect('label' in editor.doc().nodes[0]!).toBe(false);
  });

  it('turns collocated Mediation and TCP on and off', () => {
    const editor = setup(['fe1']);
    fireEvent.click(inspector().getByLabelText('TCP enabled'));
    expect(inspector().getByLabelText('TCP listening ports from')).toBeTruthy();
    fireEvent.click(inspector().getByLabelText('Collocated Mediation Server'));
    expect(editor.doc().nodes[0]).toMatchObject({ mediation: null });
    expect(inspector().queryByLabelText('TLS listening ports from')).toBeNull();
    fireEvent.click(inspector().getByLabelText('Collocated Mediation Server'));
    expect(editor.doc().nodes[0]).toMatchObject({ mediation: { tlsPortRange: [5067, 5067], tcpPortRange: null, sipServerPort: 5070 } });
  });

  it('lists Directors as next hops, and the rules explain the choice', () => {
    const editor = setup(['med1']);
    const nextHop = inspector().getByLabelText('Next hop') as HTMLSelectElement;
    expect([...nextHop.options].map((o) => o.textContent)).toEqual(['(not chosen)', 'Pool 1 (pool01.contoso.com)', 'se01.contoso.com', 'dir.contoso.com (Director)']);
    fireEvent.change(nextHop, { target: { value: 'dir1' } });
    expect(med(editor).nextHopId).toBe('dir1');
    const problems = within(inspector().getByRole('region', { name: 'Problems here' }));
    expect(problems.getByText(/Director/)).toBeTruthy();
    fireEvent.change(nextHop, { target: { value: '' } });
    expect(med(editor).nextHopId).toBeNull();
  });

  it('edits a trunk: peak calls, flags, root', () => {
    const editor = setup(['t2']);
    const peak = inspector().getByLabelText('Peak concurrent calls') as HTMLInputElement;
    type(peak, '-4');
    expect(peak.getAttribute('aria-invalid')).toBe('true');
    type(peak, '40');
    expect(editor.doc().trunks[1]!.peakCalls).toBe(40);
    type(peak, '');
    expect('peakCalls' in editor.doc().trunks[1]!).toBe(false);
    fireEvent.click(inspector().getByLabelText('Media bypass'));
    expect(effectiveTrunkConfiguration(editor.doc(), editor.doc().trunks[1]!.id)?.mediaBypass).toBe(true);
    expect(inspector().getByText('This is the root trunk of its peer.')).toBeTruthy();
    fireEvent.change(inspector().getByLabelText('Transport'), { target: { value: 'TLS' } });
    expect(editor.doc().trunks[1]!.transport).toBe('TLS');
  });

  it('makes a trunk root', () => {
    const editor = createEditor(createDocumentStore(load()), createSessionStore());
    const doc = editor.doc();
    editor.documents.getState().reset({ ...doc, trunks: [...doc.trunks, { ...doc.trunks[0]!, id: 't9', name: 'gw01-5068', peerPort: 5068, root: false }] });
    editor.session.getState().select(['t9']);
    render(
      <EditorContext.Provider value={editor}>
        <Inspector />
      </EditorContext.Provider>,
    );
    fireEvent.click(inspector().getByRole('button', { name: 'Make root trunk' }));
    expect(editor.doc().trunks.filter((t) => t.root && t.peerId === 'gw1').map((t) => t.id)).toEqual(['t9']);
    expect(inspector().getByText('This is the root trunk of its peer.')).toBeTruthy();
  });

  it('switches a site to branch only when another central site exists', () => {
    const editor = setup(['hq']);
    const kind = inspector().getByLabelText('Kind') as HTMLSelectElement;
    expect((kind.options[1] as HTMLOptionElement).disabled).toBe(true);
    expect(inspector().getByText(/add another central site first/)).toBeTruthy();
    act(() => editor.session.getState().select(['paris']));
    fireEvent.change(inspector().getByLabelText('Kind'), { target: { value: 'central' } });
    expect(editor.doc().sites[1]).toEqual({ id: 'paris', name: 'Paris', kind: 'central' });
    fireEvent.change(inspector().getByLabelText('Kind'), { target: { value: 'branch' } });
    expect(editor.doc().sites[1]).toEqual({ id: 'paris', name: 'Paris', kind: 'branch', centralSiteId: 'hq' });
  });

  it('selects a trunk end from the trunk form', () => {
    const editor = setup(['t1']);
    fireEvent.click(inspector().getByRole('button', { name: /gw01\.contoso\.com/ }));
    expect([...editor.session.getState().selection]).toEqual(['gw1']);
    expect(inspector().getByLabelText('FQDN or IP address')).toBeTruthy();
  });

  it("says which trunk configuration applies and why, how many trunks share it, and gives a trunk its own or back", () => {
    // t2 (to pbx1 in Paris) has its own configuration after migration; t3 uses the global one, t1 its own.
    const editor = setup(['t2']);
    const note = () => inspector().getByTestId('configuration-applies').textContent;
    // A root trunk is named by its peer's address, as Topology Builder names it.
    expect(note()).toBe(`Configuration in use: ${trunkIdentity(editor.doc(), editor.doc().trunks[1]!)} — this trunk's own.`);
    fireEvent.click(inspector().getByRole('button', { name: 'Use the site/global configuration' }));
    expect(editor.doc().trunkConfigurations.map((c) => c.id)).toEqual(['tc-global', 'tc-t1']);
    expect(note()).toBe("Configuration in use: Global — neither the trunk nor its peer's site has one.");
    expect(inspector().getByText('Changing a setting here changes the 2 trunks that share this configuration.')).toBeTruthy();
    // A setting edited here changes the configuration that applies, whichever it is.
    fireEvent.click(inspector().getByLabelText('Forward call history'));
    expect(effectiveTrunkConfiguration(editor.doc(), 't3')).toMatchObject({ id: 'tc-global', forwardCallHistory: true });
    fireEvent.click(inspector().getByRole('button', { name: 'Give this trunk its own configuration' }));
    expect(effectiveTrunkConfiguration(editor.doc(), 't2')).toMatchObject({ id: 'tc-t2', scope: { kind: 'trunk', trunkId: 't2' }, forwardCallHistory: true });
    // A root trunk is named by its peer's address, as Topology Builder names it.
    expect(note()).toBe(`Configuration in use: ${trunkIdentity(editor.doc(), editor.doc().trunks[1]!)} — this trunk's own.`);
  });
});
