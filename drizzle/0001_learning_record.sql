CREATE TABLE `progress` (
	`user_id` integer NOT NULL,
	`object_type` text NOT NULL,
	`object_id` text NOT NULL,
	`status` text NOT NULL,
	`started_at` integer NOT NULL,
	`last_opened_at` integer,
	`completed_at` integer,
	PRIMARY KEY(`user_id`, `object_type`, `object_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `self_checks` (
	`user_id` integer NOT NULL,
	`lesson_id` text NOT NULL,
	`check_id` text NOT NULL,
	`answer` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `lesson_id`, `check_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` integer NOT NULL,
	`verb` text NOT NULL,
	`object_type` text NOT NULL,
	`object_id` text NOT NULL,
	`result` text,
	`score_scaled` real,
	`success` integer,
	`completion` integer,
	`duration_ms` integer,
	`registration` text,
	`context` text,
	`content_version` text,
	`timestamp` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statements_actor_time_idx` ON `statements` (`actor_id`,`timestamp`);--> statement-breakpoint
CREATE INDEX `statements_object_idx` ON `statements` (`object_type`,`object_id`);