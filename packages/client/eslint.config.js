import preset from '@stadtmacher/config/eslint'

export default preset
