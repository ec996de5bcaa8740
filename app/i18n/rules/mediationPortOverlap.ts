import type { RuleTranslations } from './types.ts';

// {{node}} is a Mediation pool or a Front End pool with collocated Mediation. {{tls}}, {{tcp}} and
// {{range}} are port ranges in no language's words ("5067" or "5067–5068"); {{listener}} is TLS or TCP.
const es = 'Asigne puertos distintos a TLS, a TCP y al puerto del servidor SIP.';
const pt = 'Atribua portas separadas a TLS, a TCP e à porta do servidor SIP.';
const zh = '请为 TLS、TCP 和 SIP 服务器端口分配不同的端口。';
const fr = 'Attribuez des ports distincts à TLS, à TCP et au port du serveur SIP.';
const it = 'Assegna porte separate a TLS, a TCP e alla porta del server SIP.';

export const mediationPortOverlapMessages: RuleTranslations = {
  es: {
    MEDIATION_PORT_OVERLAP: {
      ranges: `El {{node}} usa un puerto dos veces: el intervalo TLS ({{tls}}) y el intervalo TCP ({{tcp}}) comparten el puerto {{shared}}. ${es}`,
      serverPort: `El {{node}} usa un puerto dos veces: el puerto del servidor SIP {{serverPort}} está en el intervalo {{listener}} ({{range}}). ${es}`,
      rangesAndServerPort: `El {{node}} usa un puerto dos veces: el intervalo TLS ({{tls}}) y el intervalo TCP ({{tcp}}) comparten el puerto {{shared}}, y el puerto del servidor SIP {{serverPort}} está en el intervalo {{listener}}. ${es}`,
      bothRangesAndServerPort: `El {{node}} usa un puerto dos veces: el intervalo TLS ({{tls}}) y el intervalo TCP ({{tcp}}) comparten el puerto {{shared}}, y el puerto del servidor SIP {{serverPort}} está en ambos intervalos. ${es}`,
    },
  },
  pt: {
    MEDIATION_PORT_OVERLAP: {
      ranges: `O {{node}} usa uma porta duas vezes: o intervalo TLS ({{tls}}) e o intervalo TCP ({{tcp}}) compartilham a porta {{shared}}. ${pt}`,
      serverPort: `O {{node}} usa uma porta duas vezes: a porta do servidor SIP {{serverPort}} está no intervalo {{listener}} ({{range}}). ${pt}`,
      rangesAndServerPort: `O {{node}} usa uma porta duas vezes: o intervalo TLS ({{tls}}) e o intervalo TCP ({{tcp}}) compartilham a porta {{shared}}, e a porta do servidor SIP {{serverPort}} está no intervalo {{listener}}. ${pt}`,
      bothRangesAndServerPort: `O {{node}} usa uma porta duas vezes: o intervalo TLS ({{tls}}) e o intervalo TCP ({{tcp}}) compartilham a porta {{shared}}, e a porta do servidor SIP {{serverPort}} está nos dois intervalos. ${pt}`,
    },
  },
  zh: {
    MEDIATION_PORT_OVERLAP: {
      ranges: `{{node}} 重复使用了一个端口：TLS 范围（{{tls}}）和 TCP 范围（{{tcp}}）共用端口 {{shared}}。${zh}`,
      serverPort: `{{node}} 重复使用了一个端口：SIP 服务器端口 {{serverPort}} 位于 {{listener}} 范围（{{range}}）内。${zh}`,
      rangesAndServerPort: `{{node}} 重复使用了一个端口：TLS 范围（{{tls}}）和 TCP 范围（{{tcp}}）共用端口 {{shared}}，并且 SIP 服务器端口 {{serverPort}} 位于 {{listener}} 范围内。${zh}`,
      bothRangesAndServerPort: `{{node}} 重复使用了一个端口：TLS 范围（{{tls}}）和 TCP 范围（{{tcp}}）共用端口 {{shared}}，并且 SIP 服务器端口 {{serverPort}} 同时位于这两个范围内。${zh}`,
    },
  },
  fr: {
    MEDIATION_PORT_OVERLAP: {
      ranges: `Le {{node}} utilise un port deux fois\u00a0: la plage TLS ({{tls}}) et la plage TCP ({{tcp}}) partagent le port {{shared}}. ${fr}`,
      serverPort: `Le {{node}} utilise un port deux fois\u00a0: le port du serveur SIP {{serverPort}} se trouve dans la plage {{listener}} ({{range}}). ${fr}`,
      rangesAndServerPort: `Le {{node}} utilise un port deux fois\u00a0: la plage TLS ({{tls}}) et la plage TCP ({{tcp}}) partagent le port {{shared}}, et le port du serveur SIP {{serverPort}} se trouve dans la plage {{listener}}. ${fr}`,
      bothRangesAndServerPort: `Le {{node}} utilise un port deux fois\u00a0: la plage TLS ({{tls}}) et la plage TCP ({{tcp}}) partagent le port {{shared}}, et le port du serveur SIP {{serverPort}} se trouve dans les deux plages. ${fr}`,
    },
  },
  it: {
    MEDIATION_PORT_OVERLAP: {
      ranges: `Il {{node}} usa una porta due volte: l’intervallo TLS ({{tls}}) e l’intervallo TCP ({{tcp}}) condividono la porta {{shared}}. ${it}`,
      serverPort: `Il {{node}} usa una porta due volte: la porta del server SIP {{serverPort}} è nell’intervallo {{listener}} ({{range}}). ${it}`,
      rangesAndServerPort: `Il {{node}} usa una porta due volte: l’intervallo TLS ({{tls}}) e l’intervallo TCP ({{tcp}}) condividono la porta {{shared}}, e la porta del server SIP {{serverPort}} è nell’intervallo {{listener}}. ${it}`,
      bothRangesAndServerPort: `Il {{node}} usa una porta due volte: l’intervallo TLS ({{tls}}) e l’intervallo TCP ({{tcp}}) condividono la porta {{shared}}, e la porta del server SIP {{serverPort}} è in entrambi gli intervalli. ${it}`,
    },
  },
};
