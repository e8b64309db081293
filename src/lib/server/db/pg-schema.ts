/**
 * The PostgreSQL schema, derived from the SQLite one (schema.ts), so the two cannot drift: same
 * tables, columns, keys, indexes and checks, each column in the PostgreSQL type that holds
 * exactly what SQLite holds. Values keep one representation on both databases (times are
 * milliseconds in a bigint, flags 0/1 in a smallint, JSON as text), so a row copies over
 * unchanged and one query reads the same on either. drizzle-kit generates drizzle/pg/ from this
 * file (npm run db:generate:pg).
 */
import { getTableColumns, is, SQL, Column, sql, type AnyColumn } from 'drizzle-orm';
import {
	bigint,
	check,
	doublePrecision,
	foreignKey,
	index,
	pgTable,
	primaryKey,
	smallint,
	text,
	uniqueIndex,
	type PgColumnBuilderBase,
	type PgTable
} from 'drizzle-orm/pg-core';
import {
	getTableConfig,
	SQLiteSyncDialect,
	SQLiteTable,
	type SQLiteColumn
} from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from './schema';

/** SQLite's column types, and the PostgreSQL type each becomes. */
const TYPES: Record<string, (name: string) => PgColumnBuilderBase> = {
	SQLiteInteger: (name) => bigint(name, { mode: 'number' }),
	SQLiteBoolean: (name) => smallint(name),
	SQLiteReal: (name) => doublePrecision(name),
	SQLiteText: (name) => text(name),
	SQLiteTextJson: (name) => text(name)
};

/** SQL defaults written for SQLite, and the same value on PostgreSQL. */
const DEFAULTS: Record<string, SQL> = {
	// Now, in milliseconds since 1970 (clock_timestamp: the moment of the insert, as SQLite's).
	"(unixepoch('subsec') * 1000)": sql`(floor(extract(epoch from clock_timestamp()) * 1000))::bigint`
};

const sqliteDialect = new SQLiteSyncDialect();

/** SQLite's tables, by their SQL name, with the JS name they are exported under. */
const sources = Object.entries(sqliteSchema)
	.filter(([, value]) => is(value, SQLiteTable))
	.map(([key, value]) => {
		const table = value as SQLiteTable;
		return { key, table, config: getTableConfig(table) };
	});

/** The PostgreSQL tables, by SQL name; filled below, read lazily by foreign keys and checks. */
const byName = new Map<string, PgTable>();

/** The PostgreSQL column that stands for a SQLite one. */
function pgColumn(column: SQLiteColumn | AnyColumn): AnyColumn {
	const tableName = getTableConfig(column.table as SQLiteTable).name;
	const table = byName.get(tableName);
	if (!table) throw new Error(`pg-schema: no table ${tableName}`);
	const found = Object.values(getTableColumns(table)).find((c) => c.name === column.name);
	if (!found) throw new Error(`pg-schema: no column ${tableName}.${column.name}`);
	return found as AnyColumn;
}

/** The same SQL with each SQLite column replaced by its PostgreSQL twin. */
function remap(value: SQL): SQL {
	return new SQL(
		value.queryChunks.map((chunk) =>
			is(chunk, Column) ? pgColumn(chunk) : is(chunk, SQL) ? remap(chunk) : chunk
		)
	);
}

function columnBuilder(column: SQLiteColumn): PgColumnBuilderBase {
	const type = TYPES[column.columnType];
	if (!type)
		throw new Error(
			`pg-schema: ${column.name} is a ${column.columnType}, which has no PostgreSQL type here yet`
		);
	// The builders' chainable methods differ in their generic types only.
	let b = type(column.name) as ReturnType<typeof bigint<string, 'number'>>;
	const autoIncrement = (column as { autoIncrement?: boolean }).autoIncrement === true;
	if (column.primary) b = b.primaryKey() as typeof b;
	if (autoIncrement) b = b.generatedByDefaultAsIdentity() as unknown as typeof b;
	if (column.notNull && !column.primary) b = b.notNull() as typeof b;
	if (column.isUnique) b = b.unique(column.uniqueName) as typeof b;
	if (column.hasDefault && column.default !== undefined) {
		if (is(column.default, SQL)) {
			const source = sqliteDialect.sqlToQuery(column.default).sql;
			const twin = DEFAULTS[source];
			if (!twin)
				throw new Error(
					`pg-schema: the default ${source} of ${column.name} has no PostgreSQL form`
				);
			b = b.default(twin as never) as typeof b;
		} else {
			b = b.default(column.mapToDriverValue(column.default) as never) as typeof b;
		}
	}
	return b;
}

for (const { config } of sources) {
	const columns: Record<string, PgColumnBuilderBase> = {};
	for (const column of config.columns) columns[column.name] = columnBuilder(column);
	// Keys, indexes and checks name the table's own columns as drizzle hands them to this
	// callback (keyed here by SQL name); foreign keys name the other table's columns.
	const table = pgTable(config.name, columns, (t) => {
		const own = (c: SQLiteColumn | AnyColumn) => (t as Record<string, AnyColumn>)[c.name];
		return [
			...config.primaryKeys.map((pk) =>
				primaryKey({
					name: pk.getName(),
					columns: pk.columns.map(own) as never
				})
			),
			...config.indexes.map((ix) => {
				const { name, columns: on, unique } = ix.config;
				const cols = on.map((c) => (is(c, SQL) ? remap(c) : own(c as SQLiteColumn)));
				return (unique ? uniqueIndex(name) : index(name)).on(...(cols as [never]));
			}),
			...config.foreignKeys.map((fk) => {
				const ref = fk.reference();
				let b = foreignKey({
					name: fk.getName(),
					columns: ref.columns.map(own) as never,
					foreignColumns: ref.foreignColumns.map((c) => pgColumn(c)) as never
				});
				if (fk.onDelete) b = b.onDelete(fk.onDelete);
				if (fk.onUpdate) b = b.onUpdate(fk.onUpdate);
				return b;
			}),
			...config.checks.map((c) => check(c.name, remap(c.value)))
		];
	});
	byName.set(config.name, table);
}

/** The PostgreSQL tables, under the same JS names as in schema.ts. */
export const pgTables: Record<string, PgTable> = Object.fromEntries(
	sources.map(({ key, config }) => [key, byName.get(config.name)!])
);

/** SQLite's table and its PostgreSQL twin, with the SQL name, in schema.ts's order. */
export const tablePairs = sources.map(({ key, table, config }) => ({
	key,
	name: config.name,
	sqlite: table,
	pg: byName.get(config.name)!
}));
