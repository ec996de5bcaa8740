// `npm run handoff -- FILE --script OUT.ps1 --build-sheet OUT.html --report OUT.html [--force]`: the
// hand-off to Lync (app/handoff/files.ts), apart from process I/O so that it can be tested.
import { countDiagnostics, validate } from '../domain/rules/index.ts';
import { englishTranslator } from '../i18n/english.ts';
import { errorLines, handoffFile, type HandoffKind } from '../handoff/files.ts';
import { drawDesign } from '../picture/svg.ts';
import type { CliIo } from './main.ts';
import { printable } from './terminal.ts';
import { readDesign } from './validator.ts';

export const HANDOFF_USAGE =
  'usage: npm run handoff -- FILE [--script OUT.ps1] [--build-sheet OUT.html] [--report OUT.html] [--force] [--generated-at ISO-TIME]   (at least one output; FILE "-" reads standard input, OUT "-" writes standard output)';

const OUTPUT_FLAGS: Record<string, HandoffKind> = { '--script': 'script', '--build-sheet': 'buildSheet', '--report': 'report' };

export interface HandoffArgs {
  file: string;
  outputs: [HandoffKind, string][];
  force: boolean;
  generatedAt?: string;
}

/** An ISO 8601 UTC time as Date#toISOString writes it (the files' headers carry it as given). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

export function parseHandoffArgs(argv: readonly string[]): HandoffArgs | string {
  const files: string[] = [];
  const outputs: [HandoffKind, string][] = [];
  let force = false;
  let generatedAt: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') force = true;
    else if (arg in OUTPUT_FLAGS || arg === '--generated-at') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--generated-at') {
        if (!ISO_TIME.test(value)) return '--generated-at: give a UTC time such as 2026-12-01T12:00:00Z';
        generatedAt = value;
      } else outputs.push([OUTPUT_FLAGS[arg]!, value]);
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return 'name one design file ("-" reads standard input)';
  if (outputs.length === 0) return 'name at least one output: --script, --build-sheet or --report';
  if (outputs.filter(([, path]) => path === '-').length > 1) return 'only one output can go to standard output';
  return { file: files[0]!, outputs, force, ...(generatedAt !== undefined ? { generatedAt } : {}) };
}

/** Returns the exit status: 0 written, 1 refused for the design's errors (without --force), 2 unreadable or bad arguments. */
export function runHandoffCommand(argv: readonly string[], io: CliIo): number {
  const args = parseHandoffArgs(argv);
  if (typeof args === 'string') {
    io.err(`trunkline handoff: ${printable(args)}`);
    io.err(HANDOFF_USAGE);
    return 2;
  }
  // One line for an unreadable design: its first problem, and how many more the validator lists.
  const problems: string[] = [];
  const doc = readDesign(args.file, { ...io, err: (line) => void problems.push(line) });
  if (doc === null) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: npm run validate -- ${printable(args.file)} lists them)` : '';
    io.err(`trunkline handoff: the design cannot be read: ${problems[0] ?? '$: unreadable'}${more}`);
    return 2;
  }
  const t = englishTranslator();
  const diagnostics = validate(doc);
  const { errors } = countDiagnostics(diagnostics);
  if (errors > 0 && !args.force) {
    io.err(`trunkline handoff: refused: the design has ${errors} error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} or export with --force (the script's header then lists ${errors === 1 ? 'it' : 'them'}):`);
    for (const line of errorLines(diagnostics, t)) io.err(`  ${printable(line)}`);
    return 1;
  }
  const generatedAt = args.generatedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const [kind, path] of args.outputs) {
    const text = handoffFile(kind, { doc, diagnostics, generatedAt, t, draw: drawDesign });
    try {
      if (path === '-') io.writeOut(text);
      else io.writeFile(path, text);
    } catch (error) {
      io.err(`trunkline handoff: cannot write ${printable(path)} (${(error as { code?: string }).code ?? String(error)})`);
      return 2;
    }
  }
  if (errors > 0) io.err(`note: exported with --force: the design has ${errors} error${errors === 1 ? '' : 's'}`);
  return 0;
}
