// Why an edit is refused. The domain writes the English sentence itself; the key lets the designer put it
// into the user's language (app/i18n/rules/refusals.ts, shown through refusalText in app/ui/diagnosticText.ts).
import type { MessageKey, MessageParam } from './diagnostic.ts';

/** The refusal message ids of trunkEnds/newTrunk and deleteElements, and the names of their params. */
export const REFUSAL_MESSAGES = {
  'trunk.missingEnd': [],
  'trunk.itself': ['node'],
  'trunk.noCollocatedMediation': ['node'],
  'trunk.director': ['node'],
  'trunk.bothPeers': ['a', 'b'],
  'trunk.bothMediationEndpoints': ['a', 'b'],
  'delete.centralWithBranch': ['branch', 'central'],
  'delete.rootTrunk': ['trunk', 'peer'],
} as const satisfies Record<string, readonly string[]>;

export type RefusalId = keyof typeof REFUSAL_MESSAGES;

/** A refused edit: the English reason, and its key for translation. */
export interface Refusal {
  ok: false;
  reason: string;
  key?: MessageKey;
}

/** A refusal whose params are exactly the ones REFUSAL_MESSAGES declares for its id. */
export function refusal<I extends RefusalId>(reason: string, id: I, params: Record<(typeof REFUSAL_MESSAGES)[I][number], MessageParam>): Refusal {
  return { ok: false, reason, key: { id, params } };
}
