#!/bin/sh
# Writes a SQLite migration for the current schema: `pnpm --filter @stadtmacher/cms migrate:create <name>`.
# The generated file imports its argument types as values, which esbuild-based tools (vitest, tsx)
# reject; they are rewritten as type imports.
set -e
cd "$(dirname "$0")/.."
STADTMACHER_SEED=off STADTMACHER_DB_PUSH=off DATABASE_URI="file:$(mktemp -d)/migrate.db" payload migrate:create "$@"
sed -i 's/^import { MigrateUpArgs, MigrateDownArgs, sql }/import { type MigrateUpArgs, type MigrateDownArgs, sql }/' src/migrations/*.ts
