// Voice routes (link version 2), column by column: flags (a bit for each value that is not the
// default), usages (indexes into the usage list), trunks (indexes into the trunks), priorities, ids,
// names, number patterns (the column every pattern of the link shares, so that a pattern repeated or
// differing only in its digits is cheap), alternate caller ids, descriptions.
import type { VoiceRoute } from '../../routing/types.ts';
import { USUAL_VOICE_ROUTE as USUAL } from '../frozen.ts';
import type { TextReader, TextWriter } from '../text.ts';
import { readIndexRef, writeIndexRef } from './refs.ts';
import type { RuleTexts } from './rules.ts';
import { type JsonObject, type LayoutInput, type LayoutOutput, readFlags } from './section.ts';
import type { UsageRefReader, UsageRefWriter } from './usages.ts';

const R_SUPPRESS_CALLER_ID = 1;
const R_ALTERNATE_CALLER_ID = 1 << 1;
const R_PRIORITY = 1 << 2;
const R_DESCRIPTION = 1 << 3;
const R_ALL = (1 << 4) - 1;

/** Approximate JSON characters of a route without its texts, and of a trunk reference besides its id. */
const ROUTE_COST = 150;
const REF_COST = 3;

export function writeVoiceRoutes(out: LayoutOutput, routes: readonly VoiceRoute[], trunkIndex: ReadonlyMap<string, number>, usages: UsageRefWriter, rules: RuleTexts<TextWriter>): void {
  const { w } = out;
  w.uint(routes.length);
  for (const route of routes) {
    w.uint(
      (route.suppressCallerId !== USUAL.suppressCallerId ? R_SUPPRESS_CALLER_ID : 0) |
        (route.alternateCallerId !== USUAL.alternateCallerId ? R_ALTERNATE_CALLER_ID : 0) |
        (route.priority !== USUAL.priority ? R_PRIORITY : 0) |
        (route.description !== USUAL.description ? R_DESCRIPTION : 0),
    );
  }
  for (const route of routes) usages.list(route.pstnUsages);
  for (const route of routes) {
    w.uint(route.trunkIds.length);
    for (const id of route.trunkIds) writeIndexRef(w, trunkIndex, id);
  }
  for (const route of routes) if (route.priority !== USUAL.priority) w.number(route.priority, USUAL.priority);
  const ids = out.texts();
  for (const route of routes) ids.write(route.id);
  const names = out.texts();
  for (const route of routes) names.write(route.name);
  for (const route of routes) rules.patterns.write(route.numberPattern);
  const callerIds = out.texts();
  for (const route of routes) if (route.alternateCallerId !== null) callerIds.write(route.alternateCallerId);
  const descriptions = out.texts();
  for (const route of routes) if (route.description !== USUAL.description) descriptions.write(route.description);
}

/** The routes, as JSON, and their ids for the routing tests that name them. */
export function readVoiceRoutes(input: LayoutInput, trunkIds: readonly string[], usages: UsageRefReader, rules: RuleTexts<TextReader>): { json: JsonObject[]; ids: string[] } {
  const { r } = input;
  const flags = readFlags(input, ROUTE_COST, R_ALL, 'voice route');
  const routes = flags.map(
    (f): JsonObject => ({
      id: '',
      name: '',
      numberPattern: '',
      pstnUsages: [],
      trunkIds: [],
      priority: USUAL.priority,
      suppressCallerId: (f & R_SUPPRESS_CALLER_ID) !== 0 ? !USUAL.suppressCallerId : USUAL.suppressCallerId,
      alternateCallerId: USUAL.alternateCallerId,
      description: USUAL.description,
    }),
  );
  for (const route of routes) route.pstnUsages = usages.list();
  for (const route of routes) {
    const n = input.count(REF_COST);
    const list: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = readIndexRef(input, trunkIds, 'trunk');
      input.budget.spend(id.length);
      list.push(id);
    }
    route.trunkIds = list;
  }
  routes.forEach((route, i) => {
    if ((flags[i]! & R_PRIORITY) !== 0) route.priority = r.number(USUAL.priority);
  });
  const ids = input.texts();
  for (const route of routes) route.id = ids.read();
  const names = input.texts();
  for (const route of routes) route.name = names.read();
  for (const route of routes) route.numberPattern = rules.patterns.read();
  const callerIds = input.texts();
  routes.forEach((route, i) => {
    if ((flags[i]! & R_ALTERNATE_CALLER_ID) !== 0) route.alternateCallerId = callerIds.read();
  });
  const descriptions = input.texts();
  routes.forEach((route, i) => {
    if ((flags[i]! & R_DESCRIPTION) !== 0) route.description = descriptions.read();
  });
  return { json: routes, ids: routes.map((route) => route.id as string) };
}
