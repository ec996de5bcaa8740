// What is wrong with a raised message, measured against its English declaration: the id must be declared,
// the params must be exactly the template's placeholders, and each term (and list item) likewise. Tests only.
import type { Message, MessageParam, MessageTemplate, MessageTemplates } from '../diagnostic.ts';
import { TERMS } from '../terms.ts';

/** The params a template uses: its placeholders (without formats), and `count` for plural forms. */
export function templateParams(template: MessageTemplate): string[] {
  const texts = typeof template === 'string' ? [template] : [template.one, template.other];
  const names = new Set<string>(typeof template === 'string' ? [] : ['count']);
  for (const text of texts) for (const match of text.matchAll(/\{\{\s*([^},\s]+)\s*(?:,[^}]*)?\}\}/g)) names.add(match[1]!);
  return [...names].sort();
}

function paramDefects(value: MessageParam, at: string): string[] {
  if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) return [`${at} is ${String(value)}`];
  if (typeof value !== 'object') return [];
  if ('list' in value) return value.list.flatMap((item, i) => paramDefects(item, `${at}[${i}]`));
  return messageDefects(TERMS, { messageId: value.term, params: value.params ?? {} }, `${at} (term)`);
}

/** Every way `message` departs from `templates`; empty when it is well formed. */
export function messageDefects(templates: MessageTemplates, message: Message, at = message.messageId): string[] {
  const template = templates[message.messageId];
  if (template === undefined) return [`${at}: undeclared id ${message.messageId}`];
  const declared = templateParams(template);
  const names = Object.keys(message.params).sort();
  const defects = names.join() === declared.join() ? [] : [`${at}: params [${names}], the template uses [${declared}]`];
  for (const [name, value] of Object.entries(message.params)) defects.push(...paramDefects(value, `${at}.${name}`));
  return defects;
}
