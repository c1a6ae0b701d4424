// Shared ESLint flat config: every workspace extends it so the rules are the same everywhere.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export const ignores = ['**/node_modules/**', '**/dist/**', '**/.next/**', '**/.nuxt/**', '**/.output/**', '**/coverage/**']

/** The house rules, exported on their own for a config that layers a framework's preset over this one (the site's Nuxt). */
export const rules = {
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
  '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
  'no-console': ['warn', { allow: ['warn', 'error', 'info'] }],
}

export default tseslint.config(
  { ignores },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules,
  },
)
