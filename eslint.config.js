// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const layer = (name) => [`**/${name}/**`, `../${name}/*`, `../../${name}/*`, `../../../${name}/*`];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The engine is pure: no I/O, no platform, no sibling layer. It must run unchanged in Node and the browser.
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto'],
              message: 'The engine does no I/O.',
            },
            {
              group: [
                'pg',
                '@electric-sql/*',
                'hono',
                'hono/*',
                '@hono/*',
                'react',
                'react-dom',
                'react-dom/*',
              ],
              message: 'The engine is platform-free.',
            },
            {
              group: [
                ...layer('case'),
                ...layer('storage'),
                ...layer('server'),
                ...layer('cli'),
                ...layer('web'),
                ...layer('i18n'),
                ...layer('common'),
              ],
              message: 'The engine imports no other layer.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The engine does no I/O.' },
        { name: 'localStorage', message: 'The engine does no I/O.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded generator.' },
        { object: 'Date', property: 'now', message: 'Pass the time in.' },
      ],
    },
  },
  // The case layer is pure too (schemas, migrations, default case), so the browser can share it.
  {
    files: ['src/case/**/*.ts', 'src/i18n/**/*.ts', 'src/common/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'pg', '@electric-sql/*', 'hono', '@hono/*', 'react'],
              message: 'This layer is shared with the browser.',
            },
            {
              group: [...layer('storage'), ...layer('server'), ...layer('cli'), ...layer('web')],
              message: 'Imports point inwards only.',
            },
          ],
        },
      ],
    },
  },
  // Storage, server and documents never reach into the CLI or the web app.
  {
    files: ['src/storage/**/*.ts', 'src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...layer('cli'), ...layer('web')], message: 'Imports point inwards only.' }] },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...layer('server'), ...layer('cli'), ...layer('web')],
              message: 'Storage is below the server.',
            },
          ],
        },
      ],
    },
  },
  // Documents (DOCX, PDF) are written from the case alone: never from storage, the server, the CLI or the web app.
  {
    files: ['src/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...layer('storage'), ...layer('server'), ...layer('cli'), ...layer('web')],
              message: 'Documents are written from the case alone.',
            },
          ],
        },
      ],
    },
  },
  // The web app talks to the server over HTTP only; it may share types, never code, with storage and server.
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...layer('storage'), ...layer('server'), ...layer('cli')],
              allowTypeImports: true,
              message: 'The web app uses the API.',
            },
            { group: ['node:*', 'pg', '@electric-sql/*'], message: 'The web app runs in the browser.' },
          ],
        },
      ],
    },
  },
);
