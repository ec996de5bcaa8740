// Rules of rules.md's sections "Names and addresses", "Sites" and "Pools".
import type { Rule } from '../diagnostic.ts';

export const namesAndSitesRules: readonly Rule[] = [];
