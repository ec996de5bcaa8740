// Refused edits are announced in the user's language, with nodes worded as a kind and a name.
import { afterAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/index.ts';
import { deleteElements } from '../domain/edit.ts';
import { newTrunk } from '../domain/newTrunk.ts';
import { doc, frontEnd, peer, trunk } from '../domain/testing/build.ts';
import { refusalText } from './diagnosticText.ts';

const bothPeers = newTrunk(doc({ nodes: [peer(), peer({ id: 'gw2', address: 'gw02.contoso.com', kind: 'sbc' })] }), 'gw1', 'gw2');
const rootTrunk = deleteElements(
  doc({ nodes: [frontEnd(), peer()], trunks: [trunk(), trunk({ id: 't2', name: 'gw01-5068', peerPort: 5068, root: false })] }),
  new Set(['t1']),
);

describe('refusalText', () => {
  afterAll(() => initI18n('en'));

  it('says why in English', async () => {
    await initI18n('en');
    if (bothPeers.ok) throw new Error('joined');
    expect(refusalText(bothPeers)).toBe(
      'gateway gw01.contoso.com and SBC gw02.contoso.com are both peers: a trunk joins a peer to a Mediation pool or a Front End pool with collocated Mediation.',
    );
  });

  it('translates with the nodes in the language', async () => {
    await initI18n('es');
    if (bothPeers.ok || rootTrunk.ok) throw new Error('not refused');
    expect(refusalText(bothPeers)).toBe(
      'Ambos elementos son pares (puerta de enlace gw01.contoso.com y SBC gw02.contoso.com): un tronco une un par con un grupo de servidores de mediación o con un grupo de servidores front-end con mediación colocada.',
    );
    await initI18n('fr');
    expect(refusalText(rootTrunk)).toContain('son homologue (passerelle gw01.contoso.com)');
  });
});
