import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`partnerships_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partnerships_links_order_idx\` ON \`partnerships_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_links_parent_id_idx\` ON \`partnerships_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_links_locale_idx\` ON \`partnerships_links\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`partnerships_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partnerships_previous_slugs_order_idx\` ON \`partnerships_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_previous_slugs_parent_id_idx\` ON \`partnerships_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_previous_slugs_locale_idx\` ON \`partnerships_previous_slugs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_previous_slugs_slug_idx\` ON \`partnerships_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`partnerships\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`german_city_id\` text(36),
  	\`chinese_city_id\` text(36),
  	\`since\` numeric,
  	\`kind\` text,
  	\`source\` text,
  	\`locale_edits\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`german_city_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`chinese_city_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`partnerships_german_city_idx\` ON \`partnerships\` (\`german_city_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_chinese_city_idx\` ON \`partnerships\` (\`chinese_city_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_since_idx\` ON \`partnerships\` (\`since\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_kind_idx\` ON \`partnerships\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_updated_at_idx\` ON \`partnerships\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_created_at_idx\` ON \`partnerships\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partnerships_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`slug\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partnerships_slug_idx\` ON \`partnerships_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`partnerships__status_idx\` ON \`partnerships_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`partnerships_locales_locale_parent_id_unique\` ON \`partnerships_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_locales_parent_idx\` ON \`partnerships_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partnerships_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partnerships_rels_order_idx\` ON \`partnerships_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_rels_parent_idx\` ON \`partnerships_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_rels_path_idx\` ON \`partnerships_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_rels_topics_id_idx\` ON \`partnerships_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_partnerships_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partnerships_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_links_order_idx\` ON \`_partnerships_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_links_parent_id_idx\` ON \`_partnerships_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_links_locale_idx\` ON \`_partnerships_v_version_links\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_partnerships_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partnerships_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_previous_slugs_order_idx\` ON \`_partnerships_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_previous_slugs_parent_id_idx\` ON \`_partnerships_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_previous_slugs_locale_idx\` ON \`_partnerships_v_version_previous_slugs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_previous_slugs_slug_idx\` ON \`_partnerships_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_partnerships_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_german_city_id\` text(36),
  	\`version_chinese_city_id\` text(36),
  	\`version_since\` numeric,
  	\`version_kind\` text,
  	\`version_source\` text,
  	\`version_locale_edits\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_german_city_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_chinese_city_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_partnerships_v_parent_idx\` ON \`_partnerships_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_version_german_city_idx\` ON \`_partnerships_v\` (\`version_german_city_id\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_version_chinese_city_idx\` ON \`_partnerships_v\` (\`version_chinese_city_id\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_version_since_idx\` ON \`_partnerships_v\` (\`version_since\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_version_kind_idx\` ON \`_partnerships_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_version_updated_at_idx\` ON \`_partnerships_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_version_created_at_idx\` ON \`_partnerships_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_created_at_idx\` ON \`_partnerships_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_updated_at_idx\` ON \`_partnerships_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_snapshot_idx\` ON \`_partnerships_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_published_locale_idx\` ON \`_partnerships_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_latest_idx\` ON \`_partnerships_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_partnerships_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_slug\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partnerships_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_version_slug_idx\` ON \`_partnerships_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_version_version__status_idx\` ON \`_partnerships_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_partnerships_v_locales_locale_parent_id_unique\` ON \`_partnerships_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_locales_parent_idx\` ON \`_partnerships_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_partnerships_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_partnerships_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partnerships_v_rels_order_idx\` ON \`_partnerships_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_rels_parent_idx\` ON \`_partnerships_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_rels_path_idx\` ON \`_partnerships_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_rels_topics_id_idx\` ON \`_partnerships_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`cities\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`country\` text NOT NULL,
  	\`coordinates_latitude\` numeric NOT NULL,
  	\`coordinates_longitude\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`cities_country_idx\` ON \`cities\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`cities_updated_at_idx\` ON \`cities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cities_created_at_idx\` ON \`cities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`cities_locales\` (
  	\`name\` text NOT NULL,
  	\`region\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cities_slug_idx\` ON \`cities_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`cities_locales_locale_parent_id_unique\` ON \`cities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cities_locales_parent_idx\` ON \`cities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`terrain_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`terrain\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`terrain_previous_slugs_order_idx\` ON \`terrain_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`terrain_previous_slugs_parent_id_idx\` ON \`terrain_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`terrain_previous_slugs_locale_idx\` ON \`terrain_previous_slugs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`terrain_previous_slugs_slug_idx\` ON \`terrain_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`terrain\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`hero_id\` text(36),
  	\`date\` text,
  	\`locale_edits\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`hero_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`terrain_kind_idx\` ON \`terrain\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`terrain_hero_idx\` ON \`terrain\` (\`hero_id\`);`)
  await db.run(sql`CREATE INDEX \`terrain_date_idx\` ON \`terrain\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`terrain_updated_at_idx\` ON \`terrain\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`terrain_created_at_idx\` ON \`terrain\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`terrain_locales\` (
  	\`title\` text,
  	\`teaser\` text,
  	\`body\` text,
  	\`period\` text,
  	\`slug\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`terrain\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`terrain_slug_idx\` ON \`terrain_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`terrain__status_idx\` ON \`terrain_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`terrain_locales_locale_parent_id_unique\` ON \`terrain_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`terrain_locales_parent_idx\` ON \`terrain_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`terrain_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`partnerships_id\` text(36),
  	\`cities_id\` text(36),
  	\`authors_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`terrain\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partnerships_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cities_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`terrain_rels_order_idx\` ON \`terrain_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`terrain_rels_parent_idx\` ON \`terrain_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`terrain_rels_path_idx\` ON \`terrain_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`terrain_rels_partnerships_id_idx\` ON \`terrain_rels\` (\`partnerships_id\`);`)
  await db.run(sql`CREATE INDEX \`terrain_rels_cities_id_idx\` ON \`terrain_rels\` (\`cities_id\`);`)
  await db.run(sql`CREATE INDEX \`terrain_rels_authors_id_idx\` ON \`terrain_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`terrain_rels_topics_id_idx\` ON \`terrain_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_terrain_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_terrain_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_previous_slugs_order_idx\` ON \`_terrain_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_previous_slugs_parent_id_idx\` ON \`_terrain_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_previous_slugs_locale_idx\` ON \`_terrain_v_version_previous_slugs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_previous_slugs_slug_idx\` ON \`_terrain_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_terrain_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_kind\` text,
  	\`version_hero_id\` text(36),
  	\`version_date\` text,
  	\`version_locale_edits\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`terrain\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_terrain_v_parent_idx\` ON \`_terrain_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_version_kind_idx\` ON \`_terrain_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_version_hero_idx\` ON \`_terrain_v\` (\`version_hero_id\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_version_date_idx\` ON \`_terrain_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_version_updated_at_idx\` ON \`_terrain_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_version_created_at_idx\` ON \`_terrain_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_created_at_idx\` ON \`_terrain_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_updated_at_idx\` ON \`_terrain_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_snapshot_idx\` ON \`_terrain_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_published_locale_idx\` ON \`_terrain_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_latest_idx\` ON \`_terrain_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_terrain_v_locales\` (
  	\`version_title\` text,
  	\`version_teaser\` text,
  	\`version_body\` text,
  	\`version_period\` text,
  	\`version_slug\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_terrain_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_version_slug_idx\` ON \`_terrain_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_version_version__status_idx\` ON \`_terrain_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_terrain_v_locales_locale_parent_id_unique\` ON \`_terrain_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_locales_parent_idx\` ON \`_terrain_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_terrain_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`partnerships_id\` text(36),
  	\`cities_id\` text(36),
  	\`authors_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_terrain_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partnerships_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cities_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_terrain_v_rels_order_idx\` ON \`_terrain_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_rels_parent_idx\` ON \`_terrain_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_rels_path_idx\` ON \`_terrain_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_rels_partnerships_id_idx\` ON \`_terrain_v_rels\` (\`partnerships_id\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_rels_cities_id_idx\` ON \`_terrain_v_rels\` (\`cities_id\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_rels_authors_id_idx\` ON \`_terrain_v_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`_terrain_v_rels_topics_id_idx\` ON \`_terrain_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`authors_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`authors_previous_slugs_order_idx\` ON \`authors_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`authors_previous_slugs_parent_id_idx\` ON \`authors_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_previous_slugs_locale_idx\` ON \`authors_previous_slugs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`authors_previous_slugs_slug_idx\` ON \`authors_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`authors\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`portrait_id\` text(36),
  	\`slug\` text,
  	\`locale_edits\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`authors_portrait_idx\` ON \`authors\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_slug_idx\` ON \`authors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`authors_updated_at_idx\` ON \`authors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authors_created_at_idx\` ON \`authors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`authors_locales\` (
  	\`role\` text,
  	\`biography\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`authors__status_idx\` ON \`authors_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`authors_locales_locale_parent_id_unique\` ON \`authors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_locales_parent_idx\` ON \`authors_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_authors_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_authors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_authors_v_version_previous_slugs_order_idx\` ON \`_authors_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_previous_slugs_parent_id_idx\` ON \`_authors_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_previous_slugs_locale_idx\` ON \`_authors_v_version_previous_slugs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_previous_slugs_slug_idx\` ON \`_authors_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_authors_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_portrait_id\` text(36),
  	\`version_slug\` text,
  	\`version_locale_edits\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_authors_v_parent_idx\` ON \`_authors_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_portrait_idx\` ON \`_authors_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_slug_idx\` ON \`_authors_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_updated_at_idx\` ON \`_authors_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_created_at_idx\` ON \`_authors_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_created_at_idx\` ON \`_authors_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_updated_at_idx\` ON \`_authors_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_snapshot_idx\` ON \`_authors_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_published_locale_idx\` ON \`_authors_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_latest_idx\` ON \`_authors_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_authors_v_locales\` (
  	\`version_role\` text,
  	\`version_biography\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_authors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version__status_idx\` ON \`_authors_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_authors_v_locales_locale_parent_id_unique\` ON \`_authors_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_locales_parent_idx\` ON \`_authors_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_slug_idx\` ON \`topics_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`partners_allowed_origins\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`origin\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_allowed_origins_order_idx\` ON \`partners_allowed_origins\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partners_allowed_origins_parent_id_idx\` ON \`partners_allowed_origins\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`contact\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_index\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`snippet\` text,
  	\`words\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_index_type_idx\` ON \`search_index\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`search_index_doc_id_idx\` ON \`search_index\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_locale_idx\` ON \`search_index\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`search_index_updated_at_idx\` ON \`search_index\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_created_at_idx\` ON \`search_index\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`partnerships_id\` text(36),
  	\`cities_id\` text(36),
  	\`terrain_id\` text(36),
  	\`authors_id\` text(36),
  	\`topics_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`partners_id\` text(36),
  	\`search_index_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partnerships_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cities_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`terrain_id\`) REFERENCES \`terrain\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_index_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partnerships_id_idx\` ON \`payload_locked_documents_rels\` (\`partnerships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cities_id_idx\` ON \`payload_locked_documents_rels\` (\`cities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_terrain_id_idx\` ON \`payload_locked_documents_rels\` (\`terrain_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`partners_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_partners_id_idx\` ON \`payload_preferences_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`partnerships_links\`;`)
  await db.run(sql`DROP TABLE \`partnerships_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`partnerships\`;`)
  await db.run(sql`DROP TABLE \`partnerships_locales\`;`)
  await db.run(sql`DROP TABLE \`partnerships_rels\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v_rels\`;`)
  await db.run(sql`DROP TABLE \`cities\`;`)
  await db.run(sql`DROP TABLE \`cities_locales\`;`)
  await db.run(sql`DROP TABLE \`terrain_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`terrain\`;`)
  await db.run(sql`DROP TABLE \`terrain_locales\`;`)
  await db.run(sql`DROP TABLE \`terrain_rels\`;`)
  await db.run(sql`DROP TABLE \`_terrain_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_terrain_v\`;`)
  await db.run(sql`DROP TABLE \`_terrain_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_terrain_v_rels\`;`)
  await db.run(sql`DROP TABLE \`authors_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`authors\`;`)
  await db.run(sql`DROP TABLE \`authors_locales\`;`)
  await db.run(sql`DROP TABLE \`_authors_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_authors_v\`;`)
  await db.run(sql`DROP TABLE \`_authors_v_locales\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`partners_allowed_origins\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`search_index\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
