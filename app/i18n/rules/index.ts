// Every translated rule message, merged per language into the catalogue's `rules` section.
import type { RuleMessages, RuleTranslations } from './types.ts';
import { trunkTlsIpPeerMessages } from './trunkTlsIpPeer.ts';

const ALL: readonly RuleTranslations[] = [trunkTlsIpPeerMessages];

export function ruleMessages(language: keyof RuleTranslations): RuleMessages {
  const merged: RuleMessages = {};
  for (const part of ALL) Object.assign(merged, part[language]);
  return merged;
}
