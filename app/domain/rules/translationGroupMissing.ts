import { defineRule, reportEach } from '../diagnostic.ts';
import { compilePattern, highestGroupNamed } from '../routing/pattern.ts';
import { patternSites } from './routingTerms.ts';

export const translationGroupMissing = defineRule({
  id: 'TRANSLATION_GROUP_MISSING',
  severity: 'error',
  source: '.NET substitution: $n names the nth group of the pattern',
  description: 'A translation names only groups its pattern has.',
  messages: {
    default: {
      one: 'The translation {{translation}} of {{where}} uses ${{group}}, but its pattern {{pattern}} has {{count}} group. Add the group to the pattern, or correct the translation.',
      other: 'The translation {{translation}} of {{where}} uses ${{group}}, but its pattern {{pattern}} has {{count}} groups. Add the group to the pattern, or correct the translation.',
    },
  },
  check({ doc }) {
    return reportEach(patternSites(doc), (site) => {
      if (site.translation === undefined) return null;
      const verdict = compilePattern(site.pattern);
      // Only a pattern read to its end has a group count to trust (rules-2.md: not for an invalid one).
      if (verdict.kind !== 'ok' && verdict.kind !== 'pending') return null;
      const groups = verdict.kind === 'ok' ? verdict.pattern.groups : verdict.groups;
      const group = highestGroupNamed(site.translation);
      if (group <= groups) return null;
      return {
        messageId: 'default',
        params: { translation: site.translation, where: site.where, group, pattern: site.pattern, count: groups },
        targets: [site.ownerId],
      };
    });
  },
});
