// Rules of rules.md's sections "Trunks", "Media" and "Capacity".
import type { Rule } from '../diagnostic.ts';
import { trunkTlsIpPeer } from './trunkTlsIpPeer.ts';

export const trunkMediaCapacityRules: readonly Rule[] = [trunkTlsIpPeer];
