CREATE TABLE `xapi_forwarding` (
	`id` integer PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT false NOT NULL,
	`endpoint` text NOT NULL,
	`username` text NOT NULL,
	`password` text NOT NULL,
	`verbs` text,
	`paused_reason` text,
	`paused_at` integer,
	`failures` integer DEFAULT 0 NOT NULL,
	`retry_at` integer,
	`last_error` text,
	`last_error_at` integer,
	`last_sent_at` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `xapi_outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`statement_id` text NOT NULL,
	`kind` text DEFAULT 'statement' NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`body` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "xapi_outbox_status_check" CHECK("xapi_outbox"."status" in ('queued', 'sent', 'parked')),
	CONSTRAINT "xapi_outbox_kind_check" CHECK("xapi_outbox"."kind" in ('statement', 'void'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `xapi_outbox_id_unique` ON `xapi_outbox` (`id`);--> statement-breakpoint
CREATE INDEX `xapi_outbox_status_idx` ON `xapi_outbox` (`status`,`seq`);--> statement-breakpoint
CREATE INDEX `xapi_outbox_statement_idx` ON `xapi_outbox` (`statement_id`);