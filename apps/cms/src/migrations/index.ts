import * as migration_20261125_103136_initial from './20261125_103136_initial';
import * as migration_20261130_082546_published_rows from './20261130_082546_published_rows';

export const migrations = [
  {
    up: migration_20261125_103136_initial.up,
    down: migration_20261125_103136_initial.down,
    name: '20261125_103136_initial',
  },
  {
    up: migration_20261130_082546_published_rows.up,
    down: migration_20261130_082546_published_rows.down,
    name: '20261130_082546_published_rows'
  },
];
