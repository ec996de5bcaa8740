// The share-link codec: a topology in a URL fragment. See shareLink.ts.
export { LINK_VERSION, MAX_LINK_CHARS, decodeShareLink, encodeShareLink, naiveLinkLength, readShareLink } from './shareLink.ts';
export type { LinkReading, LinkVersion } from './shareLink.ts';
export type { TopologyV2, TrunkV2 } from './sections/v2types.ts';
