-- Full-text search over lessons. Rebuilt from the content index at every start (content lives
-- in files, so this table is a cache, never a source of truth). Porter stemming so "complaints"
-- finds "complaint"; unicode61 strips diacritics.
CREATE VIRTUAL TABLE `lesson_search` USING fts5(
	`lesson_id` UNINDEXED,
	`title`,
	`summary`,
	`body`,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- The learning record is append-only: history is corrected by new statements, never by edits.
CREATE TRIGGER `statements_no_update` BEFORE UPDATE ON `statements`
BEGIN
	SELECT RAISE(ABORT, 'statements are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `statements_no_delete` BEFORE DELETE ON `statements`
BEGIN
	SELECT RAISE(ABORT, 'statements are append-only');
END;
