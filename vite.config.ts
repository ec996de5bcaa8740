import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin, Rollup } from 'vite';

// Only the app's own scripts may run, and the app talks to no other origin. The policy goes into the
// built page only: the dev server injects an inline script for hot reload.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'trunkline-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/** The goal for the JavaScript a first visit downloads before the designer can start (issue 7). */
const FIRST_DOWNLOAD_BUDGET_KB = 200;

/**
 * Prints what a first visit downloads: the page's entry chunk and every chunk it imports statically,
 * gzipped (what a server sends); chunks loaded on demand (layout, image export, languages) are not part of it.
 */
function firstDownload(): Plugin {
  return {
    name: 'trunkline-first-download',
    apply: 'build',
    writeBundle(_options, bundle) {
      const chunks = new Map<string, Rollup.OutputChunk>();
      const visit = (fileName: string) => {
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk' || chunks.has(fileName)) return;
        chunks.set(fileName, chunk);
        chunk.imports.forEach(visit);
      };
      for (const [fileName, output] of Object.entries(bundle)) if (output.type === 'chunk' && output.isEntry) visit(fileName);
      let raw = 0;
      let gzipped = 0;
      for (const chunk of chunks.values()) {
        raw += Buffer.byteLength(chunk.code);
        gzipped += gzipSync(chunk.code).length;
        if (process.env.FIRST_DOWNLOAD_DETAIL) {
          console.log(`${chunk.fileName}: ${(gzipSync(chunk.code).length / 1000).toFixed(1)} kB gz`);
          const mods = Object.entries(chunk.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
          for (const [id, m] of mods.slice(0, 12)) console.log(`    ${m.renderedLength}  ${id.replace(process.cwd(), '')}`);
        }
      }
      const kb = (bytes: number) => (bytes / 1000).toFixed(1);
      const verdict = gzipped <= FIRST_DOWNLOAD_BUDGET_KB * 1000 ? 'within' : 'OVER';
      // Printed, not logged through Vite, so that it shows with --logLevel warn too.
      console.log(
        `\nFirst download: ${kb(gzipped)} kB of JavaScript gzipped (${kb(raw)} kB, ${chunks.size} file${chunks.size === 1 ? '' : 's'}); ${verdict} the budget of ${FIRST_DOWNLOAD_BUDGET_KB} kB.`,
      );
    },
  };
}

/** The page's entry module, as the bundler names it. */
const ENTRY = fileURLToPath(new URL('app/main.tsx', import.meta.url));

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}
const firstDownloadModules = new WeakMap<ModuleGraph, Set<string>>();

/**
 * Every module the entry imports statically goes into one chunk, `designer`, beside the entry's own. Left to
 * itself the bundler splits off each module that an on-demand chunk shares with the entry: 22 files, 14 of
 * them under 2.5 kB, which a browser fetches six at a time over HTTP/1.1, so that a first visit waited for
 * four rounds of requests before it could run anything. The modules are the same (and 6 kB less gzipped).
 */
function firstDownloadChunk(moduleId: string, graph: ModuleGraph): string | null {
  let modules = firstDownloadModules.get(graph);
  if (!modules) {
    const reached = new Set<string>();
    const pending = [ENTRY];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (reached.has(id)) continue;
      reached.add(id);
      pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    modules = reached;
    firstDownloadModules.set(graph, modules);
  }
  // The entry itself stays in the page's own chunk: it awaits the parser, and a parser chunk importing from a
  // chunk still awaiting it would never start.
  return moduleId !== ENTRY && modules.has(moduleId) ? 'designer' : null;
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), firstDownload()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 2000, rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstDownloadChunk, debugName: 'first download' }] } } } },
  // Module workers: the layout worker loads ELK on demand, which needs code splitting.
  worker: { format: 'es' },
  test: {
    include: ['app/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['app/testSetup.ts'],
    // The property tests run thousands of cases; on a loaded two-core machine 5 s is too tight a cut.
    // Speed is measured by `npm run bench`, not by these timeouts.
    testTimeout: 30_000,
  },
});
