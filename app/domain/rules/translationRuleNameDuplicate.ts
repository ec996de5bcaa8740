import { defineRule, type RuleReport } from '../diagnostic.ts';
import { dialPlanRef, trunkConfigurationRef } from './routingTerms.ts';

function repeatedNames(rules: readonly { name: string }[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const rule of rules) {
    const key = rule.name.toLowerCase();
    if (seen.has(key)) repeated.push(rule.name);
    else seen.add(key);
  }
  return repeated;
}

export const translationRuleNameDuplicate = defineRule({
  id: 'TRANSLATION_RULE_NAME_DUPLICATE',
  severity: 'error',
  source: 'PS New-CsVoiceNormalizationRule, New-CsOutboundTranslationRule: a rule\'s identity is its scope and name',
  description: 'The rules of one dial plan, or of one trunk configuration, have distinct names.',
  messages: {
    dialPlan: '{{owner, capitalize}} has two normalization rules named "{{name}}": Lync knows a rule by its scope and name. Rename one.',
    trunkConfiguration: '{{owner, capitalize}} has two outbound translation rules named "{{name}}": Lync knows a rule by its scope and name. Rename one.',
  },
  check({ doc }) {
    const reports: RuleReport<'dialPlan' | 'trunkConfiguration'>[] = [];
    for (const plan of doc.dialPlans) {
      for (const name of repeatedNames(plan.normalizationRules)) reports.push({ messageId: 'dialPlan', params: { owner: dialPlanRef(doc, plan), name }, targets: [plan.id] });
    }
    for (const configuration of doc.trunkConfigurations) {
      for (const name of repeatedNames(configuration.outboundTranslationRules)) {
        reports.push({ messageId: 'trunkConfiguration', params: { owner: trunkConfigurationRef(doc, configuration), name }, targets: [configuration.id] });
      }
    }
    return reports;
  },
});
