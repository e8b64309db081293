CREATE TABLE `badge_credentials` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`course` text NOT NULL,
	`list` integer NOT NULL,
	`status_index` integer NOT NULL,
	`kid` text NOT NULL,
	`jwt` text NOT NULL,
	`awarded_at` integer NOT NULL,
	`issued_at` integer NOT NULL,
	`revoked_at` integer,
	`revoked_by` integer,
	`revoke_reason` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`kid`) REFERENCES `badge_keys`(`kid`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `badge_credentials_person_course` ON `badge_credentials` (`user_id`,`course`);--> statement-breakpoint
CREATE UNIQUE INDEX `badge_credentials_status` ON `badge_credentials` (`list`,`status_index`);--> statement-breakpoint
CREATE INDEX `badge_credentials_issued_idx` ON `badge_credentials` (`issued_at`);--> statement-breakpoint
CREATE TABLE `badge_keys` (
	`kid` text PRIMARY KEY NOT NULL,
	`public_jwk` text NOT NULL,
	`private_pem` text NOT NULL,
	`created_at` integer NOT NULL,
	`retired_at` integer,
	`withdrawn_at` integer
);
