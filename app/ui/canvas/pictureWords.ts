// The words of an exported picture in the user's language, from the canvas's own catalogue entries.
import type { TFunction } from 'i18next';
import type { PictureWords } from '../../picture/svg.ts';

export function pictureWords(t: TFunction): PictureWords {
  return {
    kind: (kind) => t(`kinds.${kind}`),
    site: (kind, nodes) => `${t(`canvas.site.${kind}`)} · ${t('canvas.site.nodes', { count: nodes })}`,
    servers: (count) => t('canvas.node.servers', { count }),
    collocated: t('canvas.node.collocated'),
    noMediation: t('canvas.node.noMediation'),
    nextHop: (name) => t('canvas.node.nextHop', { name }),
    noNextHop: t('canvas.node.noNextHop'),
  };
}
