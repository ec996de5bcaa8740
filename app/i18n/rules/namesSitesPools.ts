// Translations of the rule messages of one group of rules; each rule's in its own module beside this one.
import type { RuleTranslations } from './types.ts';

export const namesSitesPoolsMessages: readonly RuleTranslations[] = [];
