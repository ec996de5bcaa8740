#!/usr/bin/env node
// `npx trunkline validate FILE`: runs the compiled CLI in dist-cli/, building it first when it is
// missing (a fresh clone where `npm ci` did not run prepare) or older than one of its sources.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const built = new URL('dist-cli/trunkline.mjs', root);

function stale() {
  try {
    const time = statSync(built).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(new URL('dist-cli/inputs.json', root), 'utf8'));
    return inputs.some((path) => statSync(new URL(path, root)).mtimeMs > time);
  } catch {
    return true;
  }
}

if (stale()) {
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
await import(built.href);
