import { defineRule, type RuleReport } from '../diagnostic.ts';
import { scopeIdentity } from '../routing/identity.ts';
import type { Scope } from '../routing/types.ts';

/** Two scopes are the same when kind and reference agree; tag names compare case-insensitively. */
export function scopeKey(scope: Scope): string {
  switch (scope.kind) {
    case 'global':
      return 'global';
    case 'site':
      return `site:${scope.siteId}`;
    case 'trunk':
      return `trunk:${scope.trunkId}`;
    case 'pool':
      return `pool:${scope.poolId}`;
    case 'tag':
      return `tag:${scope.name.toLowerCase()}`;
  }
}

type Id = 'trunkConfiguration' | 'voicePolicy' | 'dialPlan';

export const scopeDuplicate = defineRule({
  id: 'SCOPE_DUPLICATE',
  severity: 'error',
  source: 'PS New-CsTrunkConfiguration, New-CsVoicePolicy, New-CsDialPlan: "an object with that Identity already exists"',
  description: 'Each scope holds at most one trunk configuration, one voice policy and one dial plan.',
  messages: {
    trunkConfiguration: 'Two trunk configurations have the scope {{scope}} ({{id}} and {{first}}): Lync holds one per scope. Delete one, or give it another scope.',
    voicePolicy: 'Two voice policies have the scope {{scope}} ({{id}} and {{first}}): Lync holds one per scope. Delete one, or give it another scope.',
    dialPlan: 'Two dial plans have the scope {{scope}} ({{id}} and {{first}}): Lync holds one per scope. Delete one, or give it another scope.',
  },
  check({ doc }) {
    const reports: RuleReport<Id>[] = [];
    const collections: [Id, readonly { id: string; scope: Scope }[]][] = [
      ['trunkConfiguration', doc.trunkConfigurations],
      ['voicePolicy', doc.voicePolicies],
      ['dialPlan', doc.dialPlans],
    ];
    for (const [messageId, items] of collections) {
      const first = new Map<string, string>();
      for (const item of items) {
        const key = scopeKey(item.scope);
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, item.id);
        else reports.push({ messageId, params: { scope: scopeIdentity(doc, item.scope), id: item.id, first: earlier }, targets: [item.id, earlier] });
      }
    }
    return reports;
  },
});
