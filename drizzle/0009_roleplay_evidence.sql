CREATE TABLE `reply_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` text NOT NULL,
	`step` integer NOT NULL,
	`scenario_id` text NOT NULL,
	`free_step` text NOT NULL,
	`status` text NOT NULL,
	`contest_reason` text,
	`contested_at` integer,
	`score_before` real NOT NULL,
	`score_after` real,
	`reviewer_id` integer,
	`review_reason` text,
	`reviewed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `roleplay_runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reply_reviews_run_step_idx` ON `reply_reviews` (`run_id`,`step`);--> statement-breakpoint
CREATE INDEX `reply_reviews_scenario_idx` ON `reply_reviews` (`scenario_id`,`free_step`);--> statement-breakpoint
ALTER TABLE `competency_evidence` ADD `run_id` text;--> statement-breakpoint
ALTER TABLE `competency_evidence` ADD `private` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `competency_evidence_run_idx` ON `competency_evidence` (`run_id`);--> statement-breakpoint
ALTER TABLE `roleplay_runs` ADD `seed` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `roleplay_runs` SET `seed` = lower(hex(randomblob(16))) WHERE `seed` = '';--> statement-breakpoint
UPDATE `competency_evidence` SET `run_id` = (SELECT `registration` FROM `statements` WHERE `statements`.`id` = `competency_evidence`.`statement_id`) WHERE `kind` = 'roleplay';--> statement-breakpoint
UPDATE `competency_evidence` SET `private` = 1 WHERE `kind` = 'roleplay' AND `run_id` IN (SELECT `id` FROM `roleplay_runs` WHERE `shared_at` IS NULL);
