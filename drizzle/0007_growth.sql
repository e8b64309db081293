CREATE TABLE `dev_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`competency` text NOT NULL,
	`text` text NOT NULL,
	`target_date` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`agreed_by` integer,
	`agreed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agreed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `dev_goals_user_idx` ON `dev_goals` (`user_id`,`target_date`);--> statement-breakpoint
CREATE TABLE `dev_notes` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `goal_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `dev_goals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `goal_comments_goal_idx` ON `goal_comments` (`goal_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `self_assessments` (
	`user_id` integer NOT NULL,
	`competency` text NOT NULL,
	`level` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `competency`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "self_assessments_level" CHECK("self_assessments"."level" between 0 and 4)
);
