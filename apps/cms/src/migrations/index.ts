import * as migration_20261125_093303_initial from './20261125_093303_initial';

export const migrations = [
  {
    up: migration_20261125_093303_initial.up,
    down: migration_20261125_093303_initial.down,
    name: '20261125_093303_initial'
  },
];
