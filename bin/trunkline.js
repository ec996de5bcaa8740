#!/usr/bin/env node
// `npx trunkline validate FILE`: runs the compiled CLI in dist-cli/, building it first when it is
// missing (a fresh clone where `npm ci` did not run prepare) or older than one of its sources.
// CommonJS (bin/package.json says so): node's ES module loader would add to every start. The bundle (also
// CommonJS) and re2js are compiled with V8's code cache, kept in dist-cli/cache/ after the first run: node
// then skips most of compiling them, the larger part of the command's start.
'use strict';
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join, sep } = require('node:path');
const { Script } = require('node:vm');

const root = dirname(__dirname) + sep;
const built = join(root, 'dist-cli', 'trunkline.cjs');
const cacheDir = join(root, 'dist-cli', 'cache');

/** What the last build read, and where re2js is (scripts/build-cli.mjs). */
let builtFrom = { inputs: [], re2js: undefined };

function stale() {
  try {
    const time = statSync(built).mtimeMs;
    builtFrom = JSON.parse(readFileSync(join(root, 'dist-cli', 'inputs.json'), 'utf8'));
    // Joined by hand: path.join, a hundred times over, costs more than the hundred stats.
    return builtFrom.inputs.some((path) => statSync(root + path).mtimeMs > time);
  } catch {
    return true;
  }
}

/** Code caches to write at exit: made after the run, they hold the functions it compiled, not only the top level. */
const toWrite = [];
const loaded = new Map();

/**
 * Runs a CommonJS file as node would, compiled with its code cache when there is one. V8 checks a cache
 * against the source's length only, so the cache's name holds the file's size and time as well.
 */
function runCached(file, name) {
  const { size, mtimeMs } = statSync(file);
  const cacheFile = join(cacheDir, `${name}-${size}-${Math.round(mtimeMs)}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: this run makes one.
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) toWrite.push([script, cacheFile]);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requireFrom(file), module, file, dirname(file));
  return module.exports;
}

/** The bundle's `require`: re2js through the code cache, node's own modules as usual. */
function requireFrom(file) {
  const nodeRequire = createRequire(file);
  return (id) => {
    if (id !== 're2js') return nodeRequire(id);
    if (!loaded.has(id)) loaded.set(id, runCached(re2jsFile() ?? nodeRequire.resolve(id), id));
    return loaded.get(id);
  };
}

/** re2js's file as the build found it, while it is there. */
function re2jsFile() {
  const file = builtFrom.re2js && root + builtFrom.re2js;
  try {
    return file && statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

process.once('exit', () => {
  for (const [script, cacheFile] of toWrite) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Written aside, then renamed: two commands started at once never read half a cache.
      const partial = `${cacheFile}.${process.pid}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
    } catch {
      // A read-only install runs without a cache.
    }
  }
});

if (stale()) {
  import('../scripts/build-cli.mjs')
    .then(({ buildCli }) => buildCli())
    .then(() => {
      builtFrom = JSON.parse(readFileSync(join(root, 'dist-cli', 'inputs.json'), 'utf8'));
      runCached(built, 'trunkline');
    });
} else runCached(built, 'trunkline');
