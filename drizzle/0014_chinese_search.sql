-- Search over lessons written in Chinese (their translations). Chinese has no spaces, so the
-- word tokenizer of lesson_search sees a whole clause as one word: this table indexes every
-- three characters instead (FTS5's trigram tokenizer), and queries of one or two characters,
-- which a trigram index cannot answer, fall back to LIKE on the same (small) table. A cache,
-- rebuilt from the content index at every start, like lesson_search.
CREATE VIRTUAL TABLE `lesson_search_cjk` USING fts5(
	`lesson_id` UNINDEXED,
	`locale` UNINDEXED,
	`title`,
	`summary`,
	`body`,
	tokenize = 'trigram'
);
