CREATE TABLE `competency_tallies` (
	`user_id` integer NOT NULL,
	`private` integer NOT NULL,
	`competency` text NOT NULL,
	`kind` text NOT NULL,
	`n` integer NOT NULL,
	`t0` integer NOT NULL,
	`w` real NOT NULL,
	`ws` real NOT NULL,
	PRIMARY KEY(`user_id`, `private`, `competency`, `kind`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `competency_evidence_statement_idx` ON `competency_evidence` (`statement_id`);
--> statement-breakpoint
-- Kept by the triggers below; 7776000000.0 is the half-life, 90 days in milliseconds
-- (HALF_LIFE_DAYS in src/lib/server/growth/competency.ts; a test holds the two together).
-- A new piece of evidence is added to its row, rebased to the newer of the two times.
CREATE TRIGGER `competency_tallies_insert` AFTER INSERT ON `competency_evidence`
BEGIN
	INSERT INTO `competency_tallies` (`user_id`, `private`, `competency`, `kind`, `n`, `t0`, `w`, `ws`)
	VALUES (new.`user_id`, new.`private`, new.`competency`, new.`kind`, 1, new.`at`, 1.0, new.`score`)
	ON CONFLICT (`user_id`, `private`, `competency`, `kind`) DO UPDATE SET
		`n` = `n` + 1,
		`w` = `w` * pow(2, (`t0` - max(`t0`, excluded.`t0`)) / 7776000000.0)
			+ pow(2, (excluded.`t0` - max(`t0`, excluded.`t0`)) / 7776000000.0),
		`ws` = `ws` * pow(2, (`t0` - max(`t0`, excluded.`t0`)) / 7776000000.0)
			+ excluded.`ws` * pow(2, (excluded.`t0` - max(`t0`, excluded.`t0`)) / 7776000000.0),
		`t0` = max(`t0`, excluded.`t0`);
END;
--> statement-breakpoint
-- A changed piece (shared or unshared, scored again) or a deleted one: its rows are summed again
-- from the evidence, exactly (the covering index competency_evidence_levels_idx serves it).
CREATE TRIGGER `competency_tallies_update` AFTER UPDATE OF `user_id`, `private`, `competency`, `kind`, `score`, `at` ON `competency_evidence`
BEGIN
	DELETE FROM `competency_tallies`
	WHERE (`user_id` = old.`user_id` AND `private` = old.`private` AND `competency` = old.`competency` AND `kind` = old.`kind`)
		OR (`user_id` = new.`user_id` AND `private` = new.`private` AND `competency` = new.`competency` AND `kind` = new.`kind`);
	INSERT INTO `competency_tallies` (`user_id`, `private`, `competency`, `kind`, `n`, `t0`, `w`, `ws`)
	SELECT e.`user_id`, e.`private`, e.`competency`, e.`kind`, count(*), m.`t0`,
		sum(pow(2, (e.`at` - m.`t0`) / 7776000000.0)),
		sum(pow(2, (e.`at` - m.`t0`) / 7776000000.0) * e.`score`)
	FROM `competency_evidence` e
	JOIN (
		SELECT `user_id`, `private`, `competency`, `kind`, max(`at`) AS `t0` FROM `competency_evidence`
		WHERE (`user_id` = old.`user_id` AND `private` = old.`private` AND `competency` = old.`competency` AND `kind` = old.`kind`)
			OR (`user_id` = new.`user_id` AND `private` = new.`private` AND `competency` = new.`competency` AND `kind` = new.`kind`)
		GROUP BY `user_id`, `private`, `competency`, `kind`
	) m ON e.`user_id` = m.`user_id` AND e.`private` = m.`private` AND e.`competency` = m.`competency` AND e.`kind` = m.`kind`
	GROUP BY e.`user_id`, e.`private`, e.`competency`, e.`kind`;
END;
--> statement-breakpoint
CREATE TRIGGER `competency_tallies_delete` AFTER DELETE ON `competency_evidence`
BEGIN
	DELETE FROM `competency_tallies`
	WHERE `user_id` = old.`user_id` AND `private` = old.`private` AND `competency` = old.`competency` AND `kind` = old.`kind`;
	INSERT INTO `competency_tallies` (`user_id`, `private`, `competency`, `kind`, `n`, `t0`, `w`, `ws`)
	SELECT e.`user_id`, e.`private`, e.`competency`, e.`kind`, count(*), m.`t0`,
		sum(pow(2, (e.`at` - m.`t0`) / 7776000000.0)),
		sum(pow(2, (e.`at` - m.`t0`) / 7776000000.0) * e.`score`)
	FROM `competency_evidence` e
	JOIN (
		SELECT `user_id`, `private`, `competency`, `kind`, max(`at`) AS `t0` FROM `competency_evidence`
		WHERE `user_id` = old.`user_id` AND `private` = old.`private` AND `competency` = old.`competency` AND `kind` = old.`kind`
		GROUP BY `user_id`, `private`, `competency`, `kind`
	) m ON e.`user_id` = m.`user_id` AND e.`private` = m.`private` AND e.`competency` = m.`competency` AND e.`kind` = m.`kind`
	GROUP BY e.`user_id`, e.`private`, e.`competency`, e.`kind`;
END;
--> statement-breakpoint
-- The evidence recorded before this migration.
INSERT INTO `competency_tallies` (`user_id`, `private`, `competency`, `kind`, `n`, `t0`, `w`, `ws`)
SELECT e.`user_id`, e.`private`, e.`competency`, e.`kind`, count(*), m.`t0`,
	sum(pow(2, (e.`at` - m.`t0`) / 7776000000.0)),
	sum(pow(2, (e.`at` - m.`t0`) / 7776000000.0) * e.`score`)
FROM `competency_evidence` e
JOIN (
	SELECT `user_id`, `private`, `competency`, `kind`, max(`at`) AS `t0` FROM `competency_evidence`
	GROUP BY `user_id`, `private`, `competency`, `kind`
) m ON e.`user_id` = m.`user_id` AND e.`private` = m.`private` AND e.`competency` = m.`competency` AND e.`kind` = m.`kind`
GROUP BY e.`user_id`, e.`private`, e.`competency`, e.`kind`;
