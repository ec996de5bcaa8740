// Translations of rule messages: rules.<RULE_ID>.<message id> → a template with the rule's params.
// English needs none: the rules write their English messages themselves.
export type RuleMessages = Record<string, Record<string, string>>;
export type RuleTranslations = Record<'es' | 'pt' | 'zh' | 'fr' | 'it', RuleMessages>;
