/**
 * Canonical JSON (the form that signed snapshots, bundle manifests and hashes are computed over):
 * - object keys sorted by UTF-16 code unit order (JavaScript's default sort), at every depth;
 * - every string (keys too) in Unicode NFC;
 * - no whitespace; numbers as JSON.stringify writes them; only finite numbers;
 * - `undefined` members of objects are left out; `undefined`, functions, symbols, bigints,
 *   NaN and ±Infinity anywhere else are refused (a signed record never holds a value JSON loses).
 * Two programs that follow these rules produce the same bytes for the same data.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(v: unknown, where: string): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError(`canonicalJson: ${where} is ${v}, which JSON cannot hold`);
      return JSON.stringify(v);
    case 'string':
      return JSON.stringify(v.normalize('NFC'));
    case 'object': {
      if (Array.isArray(v)) return `[${v.map((x, i) => write(x, `${where}[${i}]`)).join(',')}]`;
      if (v instanceof Date) return JSON.stringify(v.toISOString());
      const entries = Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => [k.normalize('NFC'), x] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (let i = 1; i < entries.length; i++) {
        if (entries[i]![0] === entries[i - 1]![0]) throw new TypeError(`canonicalJson: ${where} has two keys "${entries[i]![0]}" after NFC`);
      }
      return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${write(x, `${where}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: ${where} is a ${typeof v}, which JSON cannot hold`);
  }
}
