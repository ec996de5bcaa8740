// Builds the `trunkline` command: app/cli/trunkline.ts and what it imports, bundled into one JavaScript
// file in dist-cli/ (ignored by git), so that the command starts without a TypeScript loader. CommonJS, not
// an ES module: bin/trunkline.js compiles it with V8's code cache (kept beside it), which node 20 offers
// for scripts only, and node's ES module loader costs time at each start.
// Run by `npm ci` (the prepare script) and by bin/trunkline.js when the build is missing or older than its sources.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * zod re-exports its messages in some forty languages; the CLI speaks English and the parser writes its
 * own messages, so only English is bundled: a third less code for node to compile at each start.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (args.importer.includes(`${'node_modules'}/zod/`) ? { path: 'zod-locales', namespace: 'english-only-zod' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'english-only-zod' }, () => ({ contents: "export { default as en } from 'zod/v4/locales/en.js';", resolveDir: root }));
  },
};

export async function buildCli() {
  mkdirSync(`${root}dist-cli`, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['app/cli/trunkline.ts'],
    outfile: 'dist-cli/trunkline.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    minify: true,
    plugins: [englishOnlyZod],
    // Required from node_modules the first time a pattern needs it (app/cli/trunkline.ts), not bundled.
    external: ['re2js'],
  });
  // The code cache of the previous build no longer fits (bin/trunkline.js makes a new one at the next run).
  rmSync(`${root}dist-cli/cache`, { recursive: true, force: true });
  rmSync(`${root}dist-cli/trunkline.mjs`, { force: true });
  // The sources it was built from (not node_modules: `npm ci` rebuilds after an install), for the staleness check.
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith('node_modules/') && !path.includes(':'));
  // And where re2js is, so that the command need not resolve it at each start.
  const re2js = relative(root, createRequire(`${root}dist-cli/`).resolve('re2js'));
  writeFileSync(`${root}dist-cli/inputs.json`, JSON.stringify({ inputs, re2js }));
  // bin/trunkline.js writes the code cache after its first run, with what that run compiled: so that the
  // cache holds what a command needs (reading, every rule, a pattern, messages), the first run is this one.
  spawnSync(process.execPath, [`${root}bin/trunkline.js`, 'validate', '-'], { input: WARM_UP_DESIGN, stdio: ['pipe', 'ignore', 'ignore'] });
}

/**
 * A design with problems to word (CENTRAL_SITE_NO_POOL, PEER_ROOT_TRUNK, route warnings) and a route pattern of its
 * own: the global dial plan's default pattern alone does not load re2js (routing/pattern.ts), and its cache is wanted too.
 */
const WARM_UP_DESIGN = JSON.stringify({
  format: 'trunkline.topology',
  schemaVersion: 2,
  name: 'Warm-up',
  sites: [{ id: 's', name: 'S', kind: 'central' }],
  nodes: [{ id: 'p', kind: 'pstnGateway', siteId: 's', address: 'gw.contoso.com' }],
  trunks: [],
  pstnUsages: ['Local'],
  voiceRoutes: [{ id: 'r', name: 'R', numberPattern: '^\\+1(\\d{10})$', pstnUsages: ['Local'], trunkIds: [] }],
});

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
