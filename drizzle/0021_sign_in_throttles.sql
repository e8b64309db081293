CREATE TABLE `sign_in_throttles` (
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`tokens` real DEFAULT 0 NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`at` integer NOT NULL,
	`until` integer DEFAULT 0 NOT NULL,
	`expires_at` integer NOT NULL,
	PRIMARY KEY(`scope`, `key`)
);
--> statement-breakpoint
CREATE INDEX `sign_in_throttles_expiry_idx` ON `sign_in_throttles` (`expires_at`);