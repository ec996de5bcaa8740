// `npm run route -- FILE --number N [--dial-plan X] [--policy Y] [--json]` (../shared/spec/routing.md),
// apart from process I/O so that it can be tested. The outcome comes from the one simulator.
import { scopeIdentity } from '../domain/routing/identity.ts';
import type { RoutingDocument } from '../domain/routing/scopes.ts';
import { isDialable, routeNumber, type RoutingOutcome } from '../domain/routing/simulate.ts';
import type { DialPlan, VoicePolicy } from '../domain/routing/types.ts';
import { countDiagnostics, validate } from '../domain/rules/index.ts';
import { printable } from './terminal.ts';
import { type ValidatorIo, readDesign } from './validator.ts';

export const ROUTE_USAGE =
  'usage: npm run route -- FILE --number N [--dial-plan X] [--policy Y] [--json]   (X, Y: an id, or a scope such as Global, site:Redmond, tag:Sales, Registrar:pool.contoso.com)';

export interface RouteArgs {
  file: string;
  number: string;
  dialPlan?: string;
  policy?: string;
  json: boolean;
}

const VALUE_FLAGS = { '--number': 'number', '--dial-plan': 'dialPlan', '--policy': 'policy' } as const;

export function parseRouteArgs(argv: readonly string[]): RouteArgs | string {
  const values: Partial<Record<'number' | 'dialPlan' | 'policy', string>> = {};
  const files: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') {
      json = true;
    } else if (arg in VALUE_FLAGS) {
      const value = argv[i + 1];
      if (value === undefined) return `${arg} needs a value`;
      values[VALUE_FLAGS[arg as keyof typeof VALUE_FLAGS]] = value;
      i++;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return 'name one design file ("-" reads standard input)';
  if (values.number === undefined) return '--number is required';
  return { file: files[0]!, number: values.number, json, ...(values.dialPlan !== undefined ? { dialPlan: values.dialPlan } : {}), ...(values.policy !== undefined ? { policy: values.policy } : {}) };
}

/** Which collection holds an id, in the words of a message. */
function collectionOf(doc: RoutingDocument, id: string): string | null {
  const lists: [string, readonly { id: string }[]][] = [
    ['a site', doc.sites], ['a node', doc.nodes], ['a trunk', doc.trunks], ['a trunk configuration', doc.trunkConfigurations],
    ['a voice route', doc.voiceRoutes], ['a voice policy', doc.voicePolicies], ['a dial plan', doc.dialPlans], ['a routing test', doc.routingTests],
  ];
  for (const [name, list] of lists) if (list.some((item) => item.id === id)) return name;
  return null;
}

/**
 * A dial plan or voice policy named on the command line: by id, or by scope as Lync writes the
 * identity (compared case-insensitively, as Lync compares identities). A string saying why not, else.
 */
export function resolveScoped<T extends DialPlan | VoicePolicy>(doc: RoutingDocument, list: readonly T[], wanted: string, what: 'dial plan' | 'voice policy'): T | string {
  const byId = list.find((item) => item.id === wanted);
  if (byId) return byId;
  const byScope = list.find((item) => scopeIdentity(doc, item.scope).toLowerCase() === wanted.toLowerCase());
  if (byScope) return byScope;
  const other = collectionOf(doc, wanted);
  if (other) return `"${wanted}" is ${other}, not a ${what}`;
  return `no ${what} "${wanted}" (give its id, or its scope: ${list.map((item) => scopeIdentity(doc, item.scope)).join(', ') || 'none'})`;
}

/** The outcome as a few lines a person reads, with Trunkline's readings said where they apply. */
export function formatOutcome(doc: RoutingDocument, outcome: RoutingOutcome): string[] {
  const lines = [
    `Dialed ${outcome.dialedNumber}, dial plan ${outcome.dialPlan.scope} (${outcome.dialPlan.id}), voice policy ${outcome.voicePolicy.scope} (${outcome.voicePolicy.id})`,
  ];
  const unknown = outcome.unknown;
  const unknownLine = () =>
    unknown ? `Unknown: the ${unknown.step} step needs the pattern ${JSON.stringify(unknown.pattern)} of ${unknown.owner}, which Trunkline does not evaluate (PATTERN_UNSUPPORTED or PATTERN_INVALID).` : '';
  if (outcome.normalization === null) return [...lines, unknownLine()];
  const n = outcome.normalization;
  lines.push(
    n.rule === null
      ? `Normalization: no rule matches; the number stays ${n.number}`
      : `Normalization: rule "${n.rule}" gives ${n.number} (Trunkline's reading: the whole number is replaced by the translation)`,
  );
  if (unknown?.step === 'route') return [...lines, unknownLine()];
  if (outcome.firstRoute === null) {
    const modelled = doc.pstnUsages.length > 0 || doc.voiceRoutes.length > 0;
    lines.push(
      modelled
        ? `No route: no PSTN usage of voice policy ${outcome.voicePolicy.scope} has a voice route whose pattern matches ${n.number}; the call cannot reach the PSTN.`
        : 'No route: this design models no routing yet (no PSTN usage, no voice route); the call cannot reach the PSTN.',
    );
    return lines;
  }
  lines.push(`First usage: ${outcome.firstUsage}; first route: ${outcome.firstRoute.name} (${outcome.firstRoute.id})`);
  lines.push("Failover order (all routes of the first usage, then each later usage; equal priorities keep document order: Trunkline's reading):");
  outcome.order.forEach((entry, i) => {
    lines.push(`  ${i + 1}. ${entry.usage}: ${entry.route.name} (${entry.route.id})${entry.trunks.length > 1 ? " — its trunks share the load (Trunkline's reading)" : ''}`);
    if (entry.trunks.length === 0) lines.push('       no trunk');
    for (const t of entry.trunks) {
      const sent = t.sentNumber === null ? 'number sent unknown' : `sends ${t.sentNumber}${t.translationRule ? ` (rule "${t.translationRule}")` : ' (no outbound rule matches)'}`;
      lines.push(`       trunk ${t.name} (${t.id}): peer ${t.peerId}, mediation ${t.mediationId}, configuration ${t.configuration ?? 'none'}, ${sent}`);
    }
  });
  if (unknown) lines.push(unknownLine());
  return lines;
}

export interface RouteIo {
  out(line: string): void;
  err(line: string): void;
}

/** `trunkline route …`: reads the design as validate does, then routes the number. */
export function runRouteCommand(argv: readonly string[], io: ValidatorIo): number {
  const args = parseRouteArgs(argv);
  if (typeof args === 'string') {
    io.err(`route: ${args}`);
    io.err(ROUTE_USAGE);
    return 2;
  }
  const doc = readDesign(args.file, io);
  if (doc === null) return 2;
  const errors = countDiagnostics(validate(doc)).errors;
  // Names, numbers and patterns come from the file: escaped and cut before they reach a terminal.
  const safe: RouteIo = { out: (line) => io.out(args.json ? line : printable(line)), err: (line) => io.err(printable(line)) };
  return runRoute(doc, args, errors, safe);
}

/**
 * Routes a number through a parsed design; returns the exit status: 0 a route, 1 none (or a step
 * unknown), 2 when the number is not dialable or a flag names nothing.
 */
export function runRoute(doc: RoutingDocument, args: RouteArgs, errorCount: number, io: RouteIo): number {
  if (!isDialable(args.number)) {
    io.err(`--number: "${args.number}" is not a dialable number (1–64 of 0-9 + * # ; = a-z, as typed)`);
    return 2;
  }
  let dialPlanId: string | undefined;
  let voicePolicyId: string | undefined;
  if (args.dialPlan !== undefined) {
    const plan = resolveScoped(doc, doc.dialPlans, args.dialPlan, 'dial plan');
    if (typeof plan === 'string') {
      io.err(`--dial-plan: ${plan}`);
      return 2;
    }
    dialPlanId = plan.id;
  }
  if (args.policy !== undefined) {
    const policy = resolveScoped(doc, doc.voicePolicies, args.policy, 'voice policy');
    if (typeof policy === 'string') {
      io.err(`--policy: ${policy}`);
      return 2;
    }
    voicePolicyId = policy.id;
  }
  if (errorCount > 0) io.err(`note: the design has ${errorCount} rule error${errorCount === 1 ? '' : 's'} (npm run validate lists them); routed as it is`);
  const outcome = routeNumber(doc, {
    dialedNumber: args.number,
    ...(dialPlanId !== undefined ? { dialPlanId } : {}),
    ...(voicePolicyId !== undefined ? { voicePolicyId } : {}),
  });
  if (args.json) io.out(JSON.stringify(outcome, null, 2));
  else for (const line of formatOutcome(doc, outcome)) io.out(line);
  return outcome.firstRoute !== null && outcome.unknown === null ? 0 : 1;
}
