import type { RuleTranslations } from './types.ts';

// The quoted choice is the inspector's own label for SRTP "Not supported" in each catalogue (inspector.srtpNotSupported).
export const srtpRequiredOnTcpMessages: RuleTranslations = {
  es: {
    SRTP_REQUIRED_ON_TCP: {
      default: 'El tronco "{{trunk}}" exige SRTP sobre TCP, donde el producto lo trata como no compatible: use TLS o establezca SRTP en "No compatible".',
    },
  },
  pt: {
    SRTP_REQUIRED_ON_TCP: {
      default: 'O tronco "{{trunk}}" exige SRTP sobre TCP, onde o produto o trata como sem suporte: use TLS ou defina o SRTP como "Sem suporte".',
    },
  },
  zh: {
    SRTP_REQUIRED_ON_TCP: {
      default: '中继“{{trunk}}”要求通过 TCP 使用 SRTP，而产品在 TCP 上将其视为不支持：请使用 TLS，或将 SRTP 设置为“不支持”。',
    },
  },
  fr: {
    SRTP_REQUIRED_ON_TCP: {
      default:
        'La jonction «\u00a0{{trunk}}\u00a0» exige SRTP sur TCP, où le produit le traite comme non pris en charge\u00a0: utilisez TLS, ou réglez SRTP sur «\u00a0Non pris en charge\u00a0».',
    },
  },
  it: {
    SRTP_REQUIRED_ON_TCP: {
      default: 'Il trunk "{{trunk}}" richiede SRTP su TCP, dove il prodotto lo considera non supportato: usa TLS o imposta SRTP su "Non supportato".',
    },
  },
};
