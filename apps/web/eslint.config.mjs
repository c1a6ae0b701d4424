import preset, { rules } from '@stadtmacher/config/eslint'
import withNuxt from './.nuxt/eslint.config.mjs'

// The shared preset first and Nuxt's configs over it: Nuxt's Vue parser has to be the last to claim the
// .vue files (the preset's TypeScript parser cannot read templates). The house rules come last again, so
// they read the same here as in every other package.
export default withNuxt({
  rules: {
    ...rules,
    'vue/multi-word-component-names': 'off',
  },
}).prepend(...preset)
