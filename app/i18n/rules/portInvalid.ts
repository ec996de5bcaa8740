import type { RuleTranslations } from './types.ts';

// {{node}} is a Mediation pool or a Front End pool with collocated Mediation. {{ranges}} lists the
// faulty listening ranges in no language's words: "TLS 0–5067, TCP 5070–5068".
const es = 'Use puertos de 1 a 65535, con cada intervalo de menor a mayor.';
const pt = 'Use portas de 1 a 65535, com cada intervalo do menor para o maior.';
const zh = '请使用 1 到 65535 之间的端口，并且每个范围都要从小到大。';
const fr = 'Utilisez des ports de 1 à 65535, chaque plage allant du plus petit au plus grand.';
const it = 'Usa porte da 1 a 65535, con ogni intervallo dal valore più basso al più alto.';

export const portInvalidMessages: RuleTranslations = {
  es: {
    PORT_INVALID: {
      ranges: `El {{node}} tiene puertos no válidos: {{ranges}}. ${es}`,
      serverPort: `El {{node}} tiene puertos no válidos: el puerto del servidor SIP {{port}} está fuera de 1–65535. ${es}`,
      rangesAndServerPort: `El {{node}} tiene puertos no válidos: {{ranges}}, y el puerto del servidor SIP {{port}} está fuera de 1–65535. ${es}`,
      trunkMediationPort: `El tronco "{{trunk}}" tiene puertos no válidos: el puerto de mediación {{port}} está fuera de 1–65535. ${es}`,
      trunkPeerPort: `El tronco "{{trunk}}" tiene puertos no válidos: el puerto del par {{port}} está fuera de 1–65535. ${es}`,
      trunkPorts: `El tronco "{{trunk}}" tiene puertos no válidos: el puerto de mediación {{mediationPort}} y el puerto del par {{peerPort}} están fuera de 1–65535. ${es}`,
    },
  },
  pt: {
    PORT_INVALID: {
      ranges: `O {{node}} tem portas inválidas: {{ranges}}. ${pt}`,
      serverPort: `O {{node}} tem portas inválidas: a porta do servidor SIP {{port}} está fora de 1–65535. ${pt}`,
      rangesAndServerPort: `O {{node}} tem portas inválidas: {{ranges}}, e a porta do servidor SIP {{port}} está fora de 1–65535. ${pt}`,
      trunkMediationPort: `O tronco "{{trunk}}" tem portas inválidas: a porta de Mediação {{port}} está fora de 1–65535. ${pt}`,
      trunkPeerPort: `O tronco "{{trunk}}" tem portas inválidas: a porta do par {{port}} está fora de 1–65535. ${pt}`,
      trunkPorts: `O tronco "{{trunk}}" tem portas inválidas: a porta de Mediação {{mediationPort}} e a porta do par {{peerPort}} estão fora de 1–65535. ${pt}`,
    },
  },
  zh: {
    PORT_INVALID: {
      ranges: `{{node}} 的端口无效：{{ranges}}。${zh}`,
      serverPort: `{{node}} 的端口无效：SIP 服务器端口 {{port}} 不在 1–65535 之内。${zh}`,
      rangesAndServerPort: `{{node}} 的端口无效：{{ranges}}，并且 SIP 服务器端口 {{port}} 不在 1–65535 之内。${zh}`,
      trunkMediationPort: `中继“{{trunk}}”的端口无效：中介服务器端口 {{port}} 不在 1–65535 之内。${zh}`,
      trunkPeerPort: `中继“{{trunk}}”的端口无效：对等方端口 {{port}} 不在 1–65535 之内。${zh}`,
      trunkPorts: `中继“{{trunk}}”的端口无效：中介服务器端口 {{mediationPort}} 和对等方端口 {{peerPort}} 不在 1–65535 之内。${zh}`,
    },
  },
  fr: {
    PORT_INVALID: {
      ranges: `Le {{node}} a des ports non valides\u00a0: {{ranges}}. ${fr}`,
      serverPort: `Le {{node}} a des ports non valides\u00a0: le port du serveur SIP {{port}} est hors de 1–65535. ${fr}`,
      rangesAndServerPort: `Le {{node}} a des ports non valides\u00a0: {{ranges}}, et le port du serveur SIP {{port}} est hors de 1–65535. ${fr}`,
      trunkMediationPort: `La jonction «\u00a0{{trunk}}\u00a0» a des ports non valides\u00a0: le port de médiation {{port}} est hors de 1–65535. ${fr}`,
      trunkPeerPort: `La jonction «\u00a0{{trunk}}\u00a0» a des ports non valides\u00a0: le port de l’homologue {{port}} est hors de 1–65535. ${fr}`,
      trunkPorts: `La jonction «\u00a0{{trunk}}\u00a0» a des ports non valides\u00a0: le port de médiation {{mediationPort}} et le port de l’homologue {{peerPort}} sont hors de 1–65535. ${fr}`,
    },
  },
  it: {
    PORT_INVALID: {
      ranges: `Il {{node}} ha porte non valide: {{ranges}}. ${it}`,
      serverPort: `Il {{node}} ha porte non valide: la porta del server SIP {{port}} è fuori da 1–65535. ${it}`,
      rangesAndServerPort: `Il {{node}} ha porte non valide: {{ranges}}, e la porta del server SIP {{port}} è fuori da 1–65535. ${it}`,
      trunkMediationPort: `Il trunk "{{trunk}}" ha porte non valide: la porta Mediation {{port}} è fuori da 1–65535. ${it}`,
      trunkPeerPort: `Il trunk "{{trunk}}" ha porte non valide: la porta del peer {{port}} è fuori da 1–65535. ${it}`,
      trunkPorts: `Il trunk "{{trunk}}" ha porte non valide: la porta Mediation {{mediationPort}} e la porta del peer {{peerPort}} sono fuori da 1–65535. ${it}`,
    },
  },
};
