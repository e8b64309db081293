/** A moment as "YYYY-MM-DD HH:MM" in UTC, the way pages show when something happened. */
export const utcMinute = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** A moment's UTC date, "YYYY-MM-DD". */
export const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
