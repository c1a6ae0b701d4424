export { default } from '@stadtmacher/config/eslint'
