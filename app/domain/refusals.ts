// Why an edit is refused: REFUSAL_MESSAGES writes each reason once, in English; an EditRefusal carries only
// its message id and params (rendered by app/i18n/render.ts).
import type { Message, MessageParam, MessageTemplates } from './diagnostic.ts';

/** The reasons trunkEnds/newTrunk, deleteElements and the routing commands (routing/edit.ts) give, in English. */
export const REFUSAL_MESSAGES = {
  'trunk.missingEnd': 'A trunk joins two elements that exist in the design.',
  'trunk.itself': 'A trunk joins a mediation endpoint to a peer, not {{node}} to itself.',
  'trunk.noCollocatedMediation':
    '{{node}} has no collocated Mediation Server: a Front End pool needs collocated Mediation first (turn it on in the inspector), or use a Mediation pool.',
  'trunk.director': '{{node}} carries no trunks: a Director is not a mediation endpoint.',
  'trunk.bothPeers': '{{a}} and {{b}} are both peers: a trunk joins a peer to a Mediation pool or a Front End pool with collocated Mediation.',
  'trunk.bothMediationEndpoints': '{{a}} and {{b}} are both mediation endpoints: a trunk joins one of them to a PSTN gateway, IP-PBX or SBC.',
  'delete.centralWithBranch': 'Branch site "{{branch}}" belongs to central site "{{central}}": delete or move the branch first.',
  'delete.rootTrunk': 'Trunk "{{trunk}}" is the root trunk of {{peer}}, which has other trunks: make another of its trunks root first.',
  'usage.inUse': 'PSTN usage "{{usage}}" is still in use, by {{owners}}: take it out of every voice route, voice policy and trunk configuration first.',
  'usage.nameTaken': 'There is a PSTN usage "{{usage}}" already (usage names compare without regard to case).',
  'routing.deleteGlobal': '{{object, capitalize}} is Lync\'s global one, which always exists: it cannot be deleted.',
  'routing.noFreeScope': 'Every site and every trunk has a trunk configuration already: a new one would never apply.',
} as const satisfies MessageTemplates;

export type RefusalId = keyof typeof REFUSAL_MESSAGES;

type Placeholders<T> = T extends `${string}{{${infer Name}}}${infer Rest}` ? (Name extends `${infer Bare},${string}` ? Bare : Name) | Placeholders<Rest> : never;

/** A refused edit: why, as a message of REFUSAL_MESSAGES. */
export interface EditRefusal extends Message {
  ok: false;
}

/** A refusal whose params are exactly the ones its English template uses. */
export function refusal<I extends RefusalId>(messageId: I, params: Record<Placeholders<(typeof REFUSAL_MESSAGES)[I]>, MessageParam>): EditRefusal {
  return { ok: false, messageId, params };
}
