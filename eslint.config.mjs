import nx from '@nx/eslint-plugin';

/**
 * Module boundaries are the architecture's guard rails:
 *  - an app (type:app) is never imported by anything;
 *  - a service's own code (scope:quote, scope:intake, ...) is visible only to that service;
 *  - shared libs (scope:shared) depend on shared libs only.
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/node_modules', '**/dist', '**/.infra', '**/.nx', 'tmp'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:quote', onlyDependOnLibsWithTags: ['scope:shared', 'scope:quote'] },
            { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:shared', 'scope:intake'] },
            { sourceTag: 'scope:grading', onlyDependOnLibsWithTags: ['scope:shared', 'scope:grading'] },
            { sourceTag: 'scope:payout', onlyDependOnLibsWithTags: ['scope:shared', 'scope:payout'] },
            { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'libs/testing/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
