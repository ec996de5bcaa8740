// The `terms` catalogue in English: words and phrases that messages put inside their sentences (nodes,
// faults, found values), each declared beside the code that uses it and gathered here.
import type { MessageTemplates } from './diagnostic.ts';
import { NODE_TERMS } from './describe.ts';
import { PROBLEM_TERMS } from './problems.ts';
import { OVERLAP_TERMS } from './rules/mediationPortOverlap.ts';
import { HOST_NAME_TERMS, PORT_TERMS } from './rules/naming.ts';
import { PORT_FAULT_TERMS } from './rules/portInvalid.ts';
import { ROUTING_TERMS } from './rules/routingTerms.ts';

export const TERMS: MessageTemplates = {
  // The locale whose way of joining a list ("a, b and c") the language follows: British English, no comma before "and".
  'list.locale': 'en-GB',
  ...NODE_TERMS,
  ...HOST_NAME_TERMS,
  ...PORT_TERMS,
  ...PORT_FAULT_TERMS,
  ...OVERLAP_TERMS,
  ...PROBLEM_TERMS,
  ...ROUTING_TERMS,
};
