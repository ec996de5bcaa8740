import { defineRule } from '../diagnostic.ts';
import { usageKey } from '../routing/scopes.ts';

export const usageDuplicate = defineRule({
  id: 'USAGE_DUPLICATE',
  severity: 'error',
  source: 'PS Set-CsPstnUsage: the usage list holds distinct names',
  description: 'The list of PSTN usages names each usage once (compared case-insensitively).',
  messages: { default: 'The PSTN usage "{{usage}}" is in the list of PSTN usages twice: Lync keeps each usage once. Remove one.' },
  check({ doc }) {
    const seen = new Set<string>();
    const reports = [];
    for (const usage of doc.pstnUsages) {
      const key = usageKey(usage);
      if (seen.has(key)) reports.push({ messageId: 'default' as const, params: { usage }, targets: [] });
      else seen.add(key);
    }
    return reports;
  },
});
