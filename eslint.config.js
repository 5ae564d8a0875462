// ESLint flat config: TypeScript checks and eslint-plugin-regexp's recommended
// set (including no-super-linear-backtracking and no-super-linear-move) over
// the engine and the rules. `npm run lint` runs it in CI.
import tseslint from 'typescript-eslint'
import regexp from 'eslint-plugin-regexp'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'scratch/**'] },
  {
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    extends: [tseslint.configs.recommended, regexp.configs['flat/recommended']],
    rules: {
      // Backtracking is a hard error here, not a style hint.
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
      'regexp/no-misleading-capturing-group': 'error',
      // A core that runs untrusted text through regexes must not hide code in strings.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
)
