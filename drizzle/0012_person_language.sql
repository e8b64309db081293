-- The interface language a person chose (null: their browser's, then English) and their time
-- zone (null: the organisation's). The old locale column only ever held its default, 'en', so
-- nobody loses a choice. ADD and DROP COLUMN: the users table is not rebuilt.
ALTER TABLE `users` ADD `language` text;--> statement-breakpoint
ALTER TABLE `users` ADD `time_zone` text;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `locale`;
