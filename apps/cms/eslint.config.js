import preset, { ignores } from '@stadtmacher/config/eslint'

export default [...preset, { ignores: [...ignores, 'src/app/(payload)/admin/importMap.js', 'src/migrations/**'] }]
