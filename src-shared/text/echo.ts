/** Most characters of a caller's input an error message may repeat (the rest is cut with "…"). */
export const MAX_ECHO = 60;

/**
 * A caller's value as an error message may show it: strings and numbers cut to MAX_ECHO
 * characters, anything else by its kind. Never calls the value's own toString (an input like
 * {"toString":1} must give a field error, not a crash).
 */
export function echo(value: unknown, max = MAX_ECHO): string {
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return echo(String(value), max);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return '[…]';
  return typeof value === 'object' ? '{…}' : typeof value;
}
