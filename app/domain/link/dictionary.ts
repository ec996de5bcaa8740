// The preset deflate dictionary of link version 1: text that a topology is likely to hold, so that
// even the first occurrence in a link is a back-reference. Generic words only (product terms, the
// app's own default names, common DNS suffixes), no customer or sample-company names.
// FROZEN: every version-1 link ever shared was compressed against exactly these bytes. A change
// needs a new link version (and a decoder that keeps this one for old links).
import { encodeWtf8 } from './bytes.ts';

const WORDS = [
  // Templates of the app's default names: every run of digits is stored as "0" (see text.ts).
  'Central site 0', 'Branch site 0', 'central0', 'branch0', 'dir0', 'sbc0', 'pbx0', 'gw0', 'med0', 'fe0', 't0',
  'pool0', 'fe0-0', 'dir0-0', 'med0-0',
  // Words of labels and site names.
  'Headquarters', 'Data centre', 'Data center', 'Datacenter', 'Central', 'Branch office', 'Branch', 'Site', 'Office',
  'Director', 'ITSP SBC', 'SIP trunk', 'Trunk', 'IP-PBX', 'PBX', 'PSTN gateway', 'Gateway', 'Mediation pool',
  'Mediation', 'Front End pool', 'Front End', 'Standard Edition', 'Enterprise', 'Lync', 'Skype', 'voice', 'DC0',
  // Host-name parts and DNS suffixes.
  'lync', 'sip', 'edge', 'pool', 'fe', 'med', 'gw', 'pbx', 'sbc', 'dir', 'itsp', 'carrier', 'provider', 'trunk',
  'corp.', 'internal', 'local', '.co.uk', '.org', 'example.org', 'example.net', 'example.com', '.net', '.com',
];

export const DICTIONARY: Uint8Array = encodeWtf8(WORDS.join(' '));

// Link version 2's dictionary: version 1's words, then the words of voice routing (usage, route,
// policy and rule names people give, pieces of number patterns and translations in the form texts
// store them, every run of digits as "0"). FROZEN as well, from the first version-2 link shared.
const ROUTING_WORDS = [
  'Keep All', 'Local', 'LongDistance', 'Long Distance', 'International', 'Internal', 'Emergency', 'Premium', 'Mobile',
  'Toll Free', 'Service', 'Operator', 'Extension', 'digit', 'Global', 'Sales', 'Route', 'Policy', 'Dial plan',
  'local', 'long distance', 'national', 'international', 'emergency', 'mobile', 'toll free', 'freephone', 'premium',
  'geographic', 'failover', 'Failover', 'extension', 'Strip plus', ' via ', ' to ', ' from ', 'E.0',
  'tc-global', 'vp-global', 'dp-global', 'tc-', 'vp-', 'dp-',
  '^(\\d{0})$', '^\\+0\\d{0}$', '^\\+(\\d*)$', '^\\+(0\\d{0})$', '^(\\d{0})', '^0(\\d{0})$', '^\\+0', '\\d+', '\\d*$', '\\d{0}$',
  '+0$0', '+$0', '$0',
];

export const DICTIONARY_V2: Uint8Array = encodeWtf8([...WORDS, ...ROUTING_WORDS].join(' '));
