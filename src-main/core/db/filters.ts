/** Building blocks of server-side list filters: each adds a condition and its bound value. */

/** Adds a filter condition (one `?`) with its value, unless the filter was not given. */
export function filter(where: string[], params: (string | number)[], condition: string, value: string | number | null | undefined): void {
  if (value === undefined || value === null || value === '') return;
  where.push(condition);
  params.push(value);
}

/** Adds `column >= from` / `column <= to` for an inclusive date range. */
export function dateRange(where: string[], params: (string | number)[], column: string, from?: string, to?: string): void {
  if (from) {
    where.push(`${column} >= ?`);
    params.push(from);
  }
  if (to) {
    where.push(`${column} <= ?`);
    params.push(to);
  }
}
