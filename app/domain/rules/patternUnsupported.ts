import { defineRule, reportEach } from '../diagnostic.ts';
import { compilePattern } from '../routing/pattern.ts';
import { patternFeatureTerm, patternSites } from './routingTerms.ts';

export const patternUnsupported = defineRule({
  id: 'PATTERN_UNSUPPORTED',
  severity: 'warning',
  source: 'Trunkline evaluates patterns with a linear-time engine (format-2.md, Patterns)',
  description: 'Patterns use only what a linear-time engine evaluates, so that Trunkline can test routing through them.',
  messages: {
    default: 'The pattern {{pattern}} of {{where}} uses {{feature}}: Lync accepts it, but Trunkline does not evaluate it, so a routing test through it is unknown.',
  },
  check({ doc }) {
    return reportEach(patternSites(doc), (site) => {
      const verdict = compilePattern(site.pattern);
      if (verdict.kind !== 'unsupported') return null;
      return { messageId: 'default', params: { pattern: site.pattern, where: site.where, feature: patternFeatureTerm(verdict.feature) }, targets: [site.ownerId] };
    });
  },
});
