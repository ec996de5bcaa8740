import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const TEXT_ONLY = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Labels must stay text.' },
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Labels must stay text.' },
];

// What app/domain must not import. The relative pattern finds a ui, store or i18n folder at any depth
// (app/domain/rules/x.ts importing ../../ui/… too). \x2F is "/", which esquery's regex cannot hold.
const DOMAIN_PACKAGES = ['react', 'react-dom', '@xyflow', 'zustand', 'i18next', 'react-i18next'];
const DOMAIN_RELATIVE = '^\\.\\.?\\x2F(?:.*\\x2F)?(?:ui|store|i18n)(?:\\x2F|$)';
const DOMAIN_MESSAGE = 'app/domain is pure TypeScript: no React, React Flow, zustand or i18next, and no import of the UI, the store or the catalogues.';

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // bin/ is CommonJS (bin/package.json): node's ES module loader would add to every start of the command.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...TEXT_ONLY],
    },
  },
  {
    // The domain core is shared by the CLI and the browser: it must not reach for React, the DOM, the
    // store or the message catalogues, statically or with import().
    files: ['app/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: DOMAIN_PACKAGES.flatMap((p) => [p, `${p}/*`]), message: DOMAIN_MESSAGE },
            { regex: DOMAIN_RELATIVE, message: DOMAIN_MESSAGE },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...TEXT_ONLY,
        { selector: `ImportExpression[source.value=/${DOMAIN_RELATIVE}/]`, message: DOMAIN_MESSAGE },
        { selector: `ImportExpression[source.value=/^(?:${DOMAIN_PACKAGES.join('|')})(?:\\x2F|$)/]`, message: DOMAIN_MESSAGE },
      ],
    },
  },
);
