// ESLint flat config: TypeScript checks and eslint-plugin-regexp's recommended
// set over the engine and the rules. `npm run lint` runs it in CI.
// Errors are what can hurt users: super-linear backtracking (a frozen tab on
// hostile input), misleading classes, code evaluated from strings. The
// plugin's stylistic advice (simplify a class, drop a redundant alternative)
// is reported as warnings.
import tseslint from 'typescript-eslint'
import regexp from 'eslint-plugin-regexp'

const SAFETY = new Set([
  'regexp/no-super-linear-backtracking',
  'regexp/no-super-linear-move',
  'regexp/no-misleading-capturing-group',
  'regexp/no-misleading-unicode-character',
  'regexp/no-invalid-regexp',
  'regexp/no-control-character',
])

const regexpAdvice = Object.fromEntries(
  Object.keys(regexp.configs['flat/recommended'].rules)
    .filter((rule) => !SAFETY.has(rule))
    .map((rule) => [rule, 'warn']),
)

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'scratch/**'] },
  {
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    extends: [tseslint.configs.recommended, regexp.configs['flat/recommended']],
    rules: {
      ...regexpAdvice,
      // Backtracking is a hard error here, not a style hint ("potential" counts).
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
      'regexp/no-misleading-capturing-group': 'error',
      'no-misleading-character-class': 'error',
      // A core that runs untrusted text through regexes must not hide code in strings.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'prefer-regex-literals': 'warn',
    },
  },
)
