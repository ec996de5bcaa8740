import type { RuleTranslations } from './types.ts';

// {{peer}} and {{endpoint}} read as a kind noun without article and a name, so they sit in parentheses.
export const sbcCollocatedMediationMessages: RuleTranslations = {
  es: { SBC_COLLOCATED_MEDIATION: { default: 'El tronco "{{trunk}}" hacia su par ({{peer}}) parte del servidor de mediación colocado ({{endpoint}}): para el enlace troncal SIP se recomienda encarecidamente un grupo de servidores de mediación independiente.' } },
  pt: { SBC_COLLOCATED_MEDIATION: { default: 'O tronco "{{trunk}}" para o seu par ({{peer}}) parte do Servidor de Mediação colocado ({{endpoint}}): para o entroncamento SIP, é altamente recomendável um pool de Servidores de Mediação autônomo.' } },
  zh: { SBC_COLLOCATED_MEDIATION: { default: '通往对等方（{{peer}}）的中继“{{trunk}}”来自并置的中介服务器（{{endpoint}}）：强烈建议为 SIP 中继使用独立的中介服务器池。' } },
  fr: { SBC_COLLOCATED_MEDIATION: { default: 'La jonction «\u00a0{{trunk}}\u00a0» vers son homologue ({{peer}}) part du serveur de médiation colocalisé ({{endpoint}})\u00a0: un pool de serveurs de médiation autonome est fortement recommandé pour les jonctions SIP.' } },
  it: { SBC_COLLOCATED_MEDIATION: { default: 'Il trunk "{{trunk}}" verso il suo peer ({{peer}}) parte dal Mediation Server collocato ({{endpoint}}): per il trunking SIP si consiglia vivamente un pool Mediation Server autonomo.' } },
};
