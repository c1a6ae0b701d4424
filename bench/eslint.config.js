import preset, { ignores } from '@stadtmacher/config/eslint'

export default [...preset, { ignores: [...ignores, '.cache/**', 'results/**'] }]
