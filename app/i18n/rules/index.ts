// Every translated rule message, merged per language into the catalogue's `rules` section.
import { mediaCapacityMessages } from './mediaCapacity.ts';
import { namesSitesPoolsMessages } from './namesSitesPools.ts';
import { trunkTlsIpPeerMessages } from './trunkTlsIpPeer.ts';
import { trunksMessages } from './trunks.ts';
import type { RuleMessages, RuleTranslations } from './types.ts';

const ALL: readonly RuleTranslations[] = [...namesSitesPoolsMessages, trunkTlsIpPeerMessages, ...trunksMessages, ...mediaCapacityMessages];

export function ruleMessages(language: keyof RuleTranslations): RuleMessages {
  const merged: RuleMessages = {};
  for (const part of ALL) Object.assign(merged, part[language]);
  return merged;
}
