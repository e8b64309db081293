CREATE TABLE `case_reactions` (
	`case_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`reaction` text NOT NULL,
	PRIMARY KEY(`case_id`, `user_id`, `reaction`),
	FOREIGN KEY (`case_id`) REFERENCES `learning_cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `kudos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`from_user_id` integer NOT NULL,
	`to_user_id` integer,
	`message` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `kudos_team_idx` ON `kudos` (`team_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `kudos_to_idx` ON `kudos` (`to_user_id`);--> statement-breakpoint
CREATE TABLE `learning_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`author_id` integer,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`competencies` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `learning_cases_team_idx` ON `learning_cases` (`team_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `pulse_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` integer NOT NULL,
	`week` text NOT NULL,
	`mood` integer NOT NULL,
	`comment` text,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	CHECK (`mood` BETWEEN 1 AND 5)
) WITHOUT ROWID; -- no rowid: insertion order must not be recoverable (hand edit, see schema.ts)
--> statement-breakpoint
CREATE TABLE `pulse_submissions` (
	`week` text NOT NULL,
	`team_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`week`, `team_id`, `user_id`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID; -- stored in key order (week, team, person), not in the order people answered
--> statement-breakpoint
CREATE TABLE `suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`status` text DEFAULT 'received' NOT NULL,
	`reply` text,
	`replied_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`replied_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `suggestions_team_idx` ON `suggestions` (`team_id`,`created_at`);