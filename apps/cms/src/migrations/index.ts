// Replaced by `pnpm --filter @stadtmacher/cms migrate:create` once the schema has a migration.
export const migrations = []
