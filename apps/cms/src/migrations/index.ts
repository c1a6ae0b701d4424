import * as migration_20261125_092746_initial from './20261125_092746_initial';

export const migrations = [
  {
    up: migration_20261125_092746_initial.up,
    down: migration_20261125_092746_initial.down,
    name: '20261125_092746_initial'
  },
];
