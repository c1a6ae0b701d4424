import * as migration_20261125_094638_initial from './20261125_094638_initial';

export const migrations = [
  {
    up: migration_20261125_094638_initial.up,
    down: migration_20261125_094638_initial.down,
    name: '20261125_094638_initial'
  },
];
