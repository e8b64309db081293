-- PostgreSQL's forms of the triggers in SQLite's migrations 0002 and 0011.
-- The learning record is append-only: history is corrected by new statements, never by edits.
CREATE FUNCTION "statements_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'statements are append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "statements_no_update" BEFORE UPDATE ON "statements"
	FOR EACH ROW EXECUTE FUNCTION "statements_append_only"();
--> statement-breakpoint
CREATE TRIGGER "statements_no_delete" BEFORE DELETE ON "statements"
	FOR EACH ROW EXECUTE FUNCTION "statements_append_only"();
--> statement-breakpoint
CREATE TRIGGER "statements_no_truncate" BEFORE TRUNCATE ON "statements"
	FOR EACH STATEMENT EXECUTE FUNCTION "statements_append_only"();
--> statement-breakpoint
-- Competency tallies, kept as SQLite keeps them; 7776000000.0 is the half-life, 90 days in
-- milliseconds (HALF_LIFE_DAYS in src/lib/server/growth/competency.ts). A new piece of evidence
-- is added to its row, rebased to the newer of the two times.
CREATE FUNCTION "competency_tallies_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "competency_tallies" AS t ("user_id", "private", "competency", "kind", "n", "t0", "w", "ws")
	VALUES (NEW."user_id", NEW."private", NEW."competency", NEW."kind", 1, NEW."at", 1.0, NEW."score")
	ON CONFLICT ("user_id", "private", "competency", "kind") DO UPDATE SET
		"n" = t."n" + 1,
		"w" = t."w" * power(2, (t."t0" - greatest(t."t0", excluded."t0")) / 7776000000.0::float8)
			+ power(2, (excluded."t0" - greatest(t."t0", excluded."t0")) / 7776000000.0::float8),
		"ws" = t."ws" * power(2, (t."t0" - greatest(t."t0", excluded."t0")) / 7776000000.0::float8)
			+ excluded."ws" * power(2, (excluded."t0" - greatest(t."t0", excluded."t0")) / 7776000000.0::float8),
		"t0" = greatest(t."t0", excluded."t0");
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "competency_tallies_insert" AFTER INSERT ON "competency_evidence"
	FOR EACH ROW EXECUTE FUNCTION "competency_tallies_add"();
--> statement-breakpoint
-- A changed piece (shared or unshared, scored again) or a deleted one: its rows are summed again
-- from the evidence, exactly.
CREATE FUNCTION "competency_tallies_recount"(u bigint, p smallint, c text, k text) RETURNS void
LANGUAGE sql AS $$
	DELETE FROM "competency_tallies"
	WHERE "user_id" = u AND "private" = p AND "competency" = c AND "kind" = k;
	INSERT INTO "competency_tallies" ("user_id", "private", "competency", "kind", "n", "t0", "w", "ws")
	SELECT e."user_id", e."private", e."competency", e."kind", count(*), m."t0",
		sum(power(2, (e."at" - m."t0") / 7776000000.0::float8)),
		sum(power(2, (e."at" - m."t0") / 7776000000.0::float8) * e."score")
	FROM "competency_evidence" e
	JOIN (
		SELECT max("at") AS "t0" FROM "competency_evidence"
		WHERE "user_id" = u AND "private" = p AND "competency" = c AND "kind" = k
	) m ON m."t0" IS NOT NULL
	WHERE e."user_id" = u AND e."private" = p AND e."competency" = c AND e."kind" = k
	GROUP BY e."user_id", e."private", e."competency", e."kind", m."t0";
$$;
--> statement-breakpoint
CREATE FUNCTION "competency_tallies_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM "competency_tallies_recount"(OLD."user_id", OLD."private", OLD."competency", OLD."kind");
	IF TG_OP = 'UPDATE' THEN
		PERFORM "competency_tallies_recount"(NEW."user_id", NEW."private", NEW."competency", NEW."kind");
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "competency_tallies_update"
	AFTER UPDATE OF "user_id", "private", "competency", "kind", "score", "at" ON "competency_evidence"
	FOR EACH ROW EXECUTE FUNCTION "competency_tallies_changed"();
--> statement-breakpoint
CREATE TRIGGER "competency_tallies_delete" AFTER DELETE ON "competency_evidence"
	FOR EACH ROW EXECUTE FUNCTION "competency_tallies_changed"();
