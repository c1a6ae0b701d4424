import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`partnerships_locales_published_idx\` ON \`partnerships_locales\` (\`_locale\`,\`_status\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_locales_published_title_idx\` ON \`partnerships_locales\` (\`_locale\`,\`_status\`,\`title\`);`)
  await db.run(sql`CREATE INDEX \`terrain_locales_published_idx\` ON \`terrain_locales\` (\`_locale\`,\`_status\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`terrain_locales_published_title_idx\` ON \`terrain_locales\` (\`_locale\`,\`_status\`,\`title\`);`)
  await db.run(sql`CREATE INDEX \`authors_locales_published_idx\` ON \`authors_locales\` (\`_locale\`,\`_status\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`partnerships_locales_published_idx\`;`)
  await db.run(sql`DROP INDEX \`partnerships_locales_published_title_idx\`;`)
  await db.run(sql`DROP INDEX \`terrain_locales_published_idx\`;`)
  await db.run(sql`DROP INDEX \`terrain_locales_published_title_idx\`;`)
  await db.run(sql`DROP INDEX \`authors_locales_published_idx\`;`)
}
