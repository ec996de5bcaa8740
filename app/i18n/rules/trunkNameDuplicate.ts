import type { RuleTranslations } from './types.ts';

export const trunkNameDuplicateMessages: RuleTranslations = {
  es: { TRUNK_NAME_DUPLICATE: { default: 'El tronco "{{trunk}}" tiene el mismo nombre que el tronco "{{other}}": asigne a cada tronco un nombre único.' } },
  pt: { TRUNK_NAME_DUPLICATE: { default: 'O tronco "{{trunk}}" tem o mesmo nome que o tronco "{{other}}": dê a cada tronco um nome exclusivo.' } },
  zh: { TRUNK_NAME_DUPLICATE: { default: '中继“{{trunk}}”与中继“{{other}}”同名：请为每个中继指定唯一的名称。' } },
  fr: { TRUNK_NAME_DUPLICATE: { default: 'La jonction «\u00a0{{trunk}}\u00a0» porte le même nom que la jonction «\u00a0{{other}}\u00a0»\u00a0: donnez à chaque jonction un nom unique.' } },
  it: { TRUNK_NAME_DUPLICATE: { default: 'Il trunk "{{trunk}}" ha lo stesso nome del trunk "{{other}}": assegna a ogni trunk un nome univoco.' } },
};
