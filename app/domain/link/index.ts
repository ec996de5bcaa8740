// The share-link codec: a topology in a URL fragment. See shareLink.ts.
export { LINK_VERSION, MAX_LINK_CHARS, decodeShareLink, encodeShareLink, naiveLinkLength } from './shareLink.ts';
