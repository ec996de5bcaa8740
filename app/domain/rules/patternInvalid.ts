import { defineRule, reportEach } from '../diagnostic.ts';
import { compilePattern } from '../routing/pattern.ts';
import { patternFaultTerm, patternSites } from './routingTerms.ts';

export const patternInvalid = defineRule({
  id: 'PATTERN_INVALID',
  severity: 'error',
  source: 'PS New-CsVoiceRoute, New-CsVoiceNormalizationRule: the pattern "must be a valid regular expression"',
  description: 'Number patterns and translation patterns are valid .NET regular expressions.',
  messages: {
    default: 'The pattern {{pattern}} of {{where}} is not a valid regular expression: {{reason}}. Lync refuses it; correct the pattern.',
  },
  check({ doc }) {
    return reportEach(patternSites(doc), (site) => {
      const verdict = compilePattern(site.pattern);
      if (verdict.kind !== 'invalid') return null;
      return { messageId: 'default', params: { pattern: site.pattern, where: site.where, reason: patternFaultTerm(verdict.fault) }, targets: [site.ownerId] };
    });
  },
});
