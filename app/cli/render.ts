// npm run render -- FILE -o OUT.svg [--theme light|dark]: the design as the picture Export SVG makes,
// with the design embedded. Reads and parses the file as the validator does (FILE "-" is standard input).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseTopologyText } from '../domain/parse.ts';
import { formatProblem } from './validator.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { svgPicture } from '../io/exportImage.ts';
import { THEMES } from '../picture/theme.ts';

export const RENDER_USAGE = 'usage: npm run render -- FILE -o OUT.svg [--theme light|dark]   (FILE "-" reads standard input; OUT "-" writes standard output)';

export interface RenderIo {
  readFile(path: string): string;
  readStdin(): string;
  writeFile(path: string, text: string): void;
  out(text: string): void;
  err(line: string): void;
}

export function parseRenderArgs(argv: readonly string[]): { file: string; out: string; theme: keyof typeof THEMES } | null {
  let file: string | null = null;
  let out: string | null = null;
  let theme: keyof typeof THEMES = 'light';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-o' || a === '--out') out = argv[++i] ?? null;
    else if (a === '--theme') {
      const value = argv[++i];
      if (value !== 'light' && value !== 'dark') return null;
      theme = value;
    } else if (file === null && (a === '-' || !a.startsWith('-'))) file = a;
    else return null;
  }
  if (file === null || out === null || (out !== '-' && !out.toLowerCase().endsWith('.svg'))) return null;
  return { file, out, theme };
}

/** Runs the renderer; returns the exit status (0 drawn, 2 unreadable, refused or bad arguments). */
export function runRender(argv: readonly string[], io: RenderIo): number {
  const args = parseRenderArgs(argv);
  if (!args) {
    io.err(RENDER_USAGE);
    return 2;
  }
  let text: string;
  try {
    text = args.file === '-' ? io.readStdin() : io.readFile(args.file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    io.err(`$: cannot read ${args.file === '-' ? 'standard input' : args.file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
    return 2;
  }
  const parsed = parseTopologyText(text);
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.err(formatProblem(problem));
    return 2;
  }
  const svg = svgPicture(parsed.doc, serializeTopology(parsed.doc), { theme: THEMES[args.theme] });
  try {
    if (args.out === '-') io.out(svg);
    else io.writeFile(args.out, svg);
  } catch (error) {
    io.err(`cannot write ${args.out} (${(error as { code?: string }).code ?? String(error)})`);
    return 2;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runRender(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    readStdin: () => readFileSync(0, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text),
    out: (text) => process.stdout.write(text),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
