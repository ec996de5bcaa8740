// The command-line validator's logic, apart from process I/O so that it can be tested.
import type { TFunction } from 'i18next';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Problem } from '../domain/problems.ts';
import type { Topology } from '../domain/model.ts';
import { parseTopologyText } from '../domain/parse.ts';
import { countDiagnostics, validate } from '../domain/rules/index.ts';
import { englishTranslator } from '../i18n/english.ts';
import { diagnosticText, problemText } from '../i18n/render.ts';
import { MAX_IMPORT_BYTES } from '../io/readImportFile.ts';
import { MAX_ECHO, cut, printable } from './terminal.ts';

let translator: TFunction | null = null;
/** i18next is set up on the first message: a design without problems never pays for it at start. */
const t = ((...args: Parameters<TFunction>) => (translator ??= englishTranslator())(...args)) as TFunction;

/** A problem as the validator prints it: its JSON path, then why. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problemText(problem, t)}`;
}

export const USAGE = 'usage: trunkline validate FILE [--json]   (or npm run validate -- FILE [--json]; FILE "-" reads standard input)';

/** The most a file may hold, in bytes: the same limit as the designer's Import, so both give one verdict. */
export const MAX_INPUT_BYTES = MAX_IMPORT_BYTES;

export interface ValidatorIo {
  /** The file's text; throws an error with code ETOOLARGE past MAX_INPUT_BYTES, having read at most one byte more. */
  readFile(path: string): string;
  readStdin(): string;
  out(line: string): void;
  err(line: string): void;
}

export const TOO_LARGE = 'ETOOLARGE';

export interface ValidatorArgs {
  file: string;
  json: boolean;
}

export function parseArgs(argv: readonly string[]): ValidatorArgs | null {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length !== 1 || (files[0]!.startsWith('-') && files[0] !== '-')) return null;
  return { file: files[0]!, json };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** A readable report: grouped by severity, then rule id, each message on its own line, and a summary. */
export function formatReport(source: string, doc: Topology, diagnostics: readonly Diagnostic[]): string[] {
  const lines = [`${source}: "${cut(doc.name, MAX_ECHO)}" (${plural(doc.sites.length, 'site')}, ${plural(doc.nodes.length, 'node')}, ${plural(doc.trunks.length, 'trunk')})`];
  for (const severity of ['error', 'warning'] as const) {
    const ofSeverity = diagnostics.filter((d) => d.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push('', `${severity === 'error' ? 'Errors' : 'Warnings'} (${ofSeverity.length})`);
    let rule = '';
    for (const d of ofSeverity) {
      if (d.rule !== rule) {
        rule = d.rule;
        lines.push(`  ${rule}`);
      }
      lines.push(`    ${diagnosticText(d, t)}`);
    }
  }
  lines.push('', diagnostics.length === 0 ? 'No problems found: 0 errors, 0 warnings.' : `Summary: ${formatSummary(diagnostics)}.`);
  return lines;
}

/** Runs the validator; returns the exit status (0 no error, 1 errors, 2 unreadable or refused). */
/**
 * Reads and parses the design a command names (FILE, or "-" for standard input); on failure, says why
 * on standard error, one line per problem, and returns null (the command then exits 2).
 */
export function readDesign(file: string, io: ValidatorIo): Topology | null {
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const what = file === '-' ? 'standard input' : printable(file);
    if (code === TOO_LARGE) io.err(`$: ${what} holds more than ${MAX_INPUT_BYTES / 1048576} MB; a topology may be ${MAX_INPUT_BYTES / 1048576} MB at most`);
    else io.err(`$: cannot read ${what}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
    return null;
  }
  const parsed = parseTopologyText(text);
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.err(printable(formatProblem(problem)));
    return null;
  }
  return parsed.doc;
}

export function runValidator(argv: readonly string[], io: ValidatorIo): number {
  const args = parseArgs(argv);
  if (!args) {
    io.err(USAGE);
    return 2;
  }
  const doc = readDesign(args.file, io);
  if (doc === null) return 2;
  const diagnostics = validate(doc);
  // format.md's four fields, the message in English.
  if (args.json) {
    const json = diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: diagnosticText(d, t), targets: d.targets }));
    io.out(JSON.stringify({ diagnostics: json }, null, 2));
  }
  // Names and addresses come from the file: escaped and cut before they reach a terminal.
  else for (const line of formatReport(args.file === '-' ? 'stdin' : args.file, doc, diagnostics)) io.out(printable(line));
  return countDiagnostics(diagnostics).errors > 0 ? 1 : 0;
}
