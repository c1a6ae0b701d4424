import * as migration_20261125_090944_initial from './20261125_090944_initial';

export const migrations = [
  {
    up: migration_20261125_090944_initial.up,
    down: migration_20261125_090944_initial.down,
    name: '20261125_090944_initial'
  },
];
