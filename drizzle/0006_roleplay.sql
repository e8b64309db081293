CREATE TABLE `observed_practice` (
	`id` text PRIMARY KEY NOT NULL,
	`scenario_id` text NOT NULL,
	`scenario_version` text NOT NULL,
	`agent_id` integer NOT NULL,
	`observer_id` integer,
	`ratings` text NOT NULL,
	`ending` text,
	`comment` text DEFAULT '' NOT NULL,
	`score` real NOT NULL,
	`passed` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`observer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `observed_practice_agent_idx` ON `observed_practice` (`agent_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `roleplay_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` text NOT NULL,
	`line` integer NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `roleplay_runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `roleplay_comments_run_idx` ON `roleplay_comments` (`run_id`,`line`);--> statement-breakpoint
CREATE TABLE `roleplay_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`scenario_id` text NOT NULL,
	`scenario_version` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`step` integer DEFAULT 0 NOT NULL,
	`ink_state` text NOT NULL,
	`transcript` text NOT NULL,
	`decisions` text NOT NULL,
	`variables` text NOT NULL,
	`ending` text,
	`score` real,
	`passed` integer,
	`result` text,
	`shared_at` integer,
	`started_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `roleplay_runs_user_idx` ON `roleplay_runs` (`user_id`,`scenario_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `roleplay_runs_shared_idx` ON `roleplay_runs` (`shared_at`);