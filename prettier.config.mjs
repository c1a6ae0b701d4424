// Prettier keeps the style the code already has: no semicolons, single quotes, trailing commas wherever a
// literal, a call or a parameter list spans lines, and long lines. 200 columns is the width at which a
// format run rewrites the fewest files (measured against 160, 180 and 220): most modules keep a call, a
// type or a Vue element on one line.
/** @type {import('prettier').Config} */
export default {
  printWidth: 200,
  semi: false,
  singleQuote: true,
  trailingComma: 'all',
  overrides: [
    // YAML (compose, workspace) quotes its strings with double quotes, as Docker's and pnpm's docs do.
    { files: ['*.yml', '*.yaml'], options: { singleQuote: false } },
  ],
}
