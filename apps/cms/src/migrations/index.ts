import * as migration_20261125_093854_initial from './20261125_093854_initial';

export const migrations = [
  {
    up: migration_20261125_093854_initial.up,
    down: migration_20261125_093854_initial.down,
    name: '20261125_093854_initial'
  },
];
