import * as migration_20261125_103136_initial from './20261125_103136_initial';

export const migrations = [
  {
    up: migration_20261125_103136_initial.up,
    down: migration_20261125_103136_initial.down,
    name: '20261125_103136_initial'
  },
];
