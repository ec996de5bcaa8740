// The lint guard that keeps app/domain pure (eslint.config.js), run through ESLint's API on small
// in-memory files at several depths: it must catch the UI, the store and the catalogues however far up.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of the two rules that guard the domain, for one line of source in a file at `path`. */
async function guarded(line: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const used = x;\n`, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const DEPTHS = ['app/domain/example.ts', 'app/domain/rules/example.ts', 'app/domain/link/deep/example.test.ts'];

const BANNED = [
  "import { x } from '../ui/editor.ts';",
  "import { x } from '../../ui/canvas/Canvas.tsx';",
  "import { x } from '../../../ui';",
  "import { x } from '../i18n/en.ts';",
  "import { x } from '../../i18n';",
  "import { x } from '../../store/x';",
  "import { x } from './../store/documentStore.ts';",
  "import { x } from '../../../app/ui/actions.ts';",
  "export { x } from '../../ui/editor.ts';",
  "export * from '../i18n/index.ts';",
  "const x = await import('../../ui/editor.ts');",
  "const x = await import('../i18n/en.ts');",
  "import { x } from 'react';",
  "import { x } from 'react-dom/client';",
  "import { x } from '@xyflow/react';",
  "import { x } from 'zustand/vanilla';",
  "import x from 'i18next';",
  "import { x } from 'react-i18next';",
  "const x = await import('react');",
];

const ALLOWED = [
  "import { x } from './model.ts';",
  "import { x } from '../model.ts';",
  "import { x } from '../../domain/diagnostic.ts';",
  "import { x } from '../rules/index.ts';",
  "import { x } from './uid.ts';",
  "import { x } from '../storeless/x.ts';",
  "import { x } from 'zod';",
  "const x = await import('./link/layout.ts');",
];

describe('the purity guard of app/domain', () => {
  // The first lint loads the configuration and its plugins: seconds on a busy machine.
  beforeAll(() => eslint.lintText('', { filePath: DEPTHS[0] }), 60_000);

  it.each(DEPTHS.flatMap((path) => BANNED.map((line) => [path, line] as const)))('%s: refuses %s', async (path, line) => {
    const messages = await guarded(line, path);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/app\/domain/);
  });

  it.each(DEPTHS.flatMap((path) => ALLOWED.map((line) => [path, line] as const)))('%s: allows %s', async (path, line) => {
    expect(await guarded(line, path)).toEqual([]);
  });

  it('does not apply outside app/domain', async () => {
    expect(await guarded("import { x } from '../store/documentStore.ts';", 'app/ui/example.ts')).toEqual([]);
  });
});
