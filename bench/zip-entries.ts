import fs from 'node:fs';
import { DEFAULT_LIMITS, readZipEntries } from '../src-main/core/sync/zip-read';

export function entriesOf(file: string): Promise<Map<string, Buffer>> {
  return readZipEntries(fs.readFileSync(file), file, DEFAULT_LIMITS);
}
