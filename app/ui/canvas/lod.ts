// Level of detail: what the canvas draws at a zoom, decided by how large its text would be on screen.
export type Detail = 'full' | 'block' | 'site';

/** Text smaller than this many screen pixels cannot be read: it is not drawn. */
export const READABLE_PX = 7;
/** The card's name, in canvas units: the largest text of a full card. */
export const CARD_TEXT = 13;
/** The one large label of a card drawn as a block. */
export const BLOCK_TEXT = 26;

/**
 * 'full' cards while their name is readable; 'block' (icon and one large label) while that label is;
 * further out 'site': each site one block with counts, its trunks to other sites bundled.
 */
export function detailAt(zoom: number): Detail {
  if (zoom * CARD_TEXT >= READABLE_PX) return 'full';
  if (zoom * BLOCK_TEXT >= READABLE_PX) return 'block';
  return 'site';
}

/** Text size, in canvas units, that reads as `px` screen pixels at this zoom: for the site map's labels. */
export function screenText(zoom: number, px = 9): number {
  return px / Math.max(zoom, 1e-3);
}
