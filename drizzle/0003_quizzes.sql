CREATE TABLE `competency_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`competency` text NOT NULL,
	`kind` text NOT NULL,
	`score` real NOT NULL,
	`statement_id` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `competency_evidence_user_idx` ON `competency_evidence` (`user_id`,`competency`,`at`);--> statement-breakpoint
CREATE TABLE `quiz_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`quiz_id` text NOT NULL,
	`quiz_version` text NOT NULL,
	`seed` text NOT NULL,
	`question_ids` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`answers` text,
	`score` real,
	`passed` integer,
	`flagged` text,
	`created_at` integer NOT NULL,
	`submitted_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quiz_attempts_user_quiz_idx` ON `quiz_attempts` (`user_id`,`quiz_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `progress` ADD `best_score` real;--> statement-breakpoint
ALTER TABLE `progress` ADD `attempts` integer DEFAULT 0 NOT NULL;