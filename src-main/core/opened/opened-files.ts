import fs from 'node:fs';
import path from 'node:path';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { OpenedFile } from '../../../src-shared/api/app';

/** The largest bundle the import accepts (src-shared/api/sync.ts takes 70 MB of base64). */
export const MAX_OPENED_BYTES = Math.floor((70 * 1024 * 1024 * 3) / 4);

/**
 * A `.kiemtra` bundle the user opened from the system (double-click, "Open with", a second
 * start of the app), waiting for the import screen to pick it up. Only the desktop shell puts a
 * path here, from the operating system; the page can only take what is waiting, never name a
 * file. The latest file wins: it is what the user asked for last.
 */
export class OpenedFiles {
  private waiting: string | null = null;

  put(file: string): void {
    this.waiting = path.resolve(file);
  }

  get pending(): string | null {
    return this.waiting;
  }

  /** The waiting file's name and bytes (then nothing waits), or null. Refuses what the import could not take. */
  take(): OpenedFile | null {
    const file = this.waiting;
    if (file === null) return null;
    this.waiting = null;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      throw new KiemTraError('BAD_FILE', `Không đọc được tệp "${path.basename(file)}" (tệp đã bị xoá hoặc di chuyển?).`, `Cannot read the file "${path.basename(file)}" (deleted or moved?).`, {
        context: { file: path.basename(file) },
      });
    }
    if (!stat.isFile()) throw new KiemTraError('BAD_FILE', `"${path.basename(file)}" không phải là tệp.`, `"${path.basename(file)}" is not a file.`, { context: { file: path.basename(file) } });
    if (stat.size > MAX_OPENED_BYTES) {
      const mb = Math.round(stat.size / (1024 * 1024));
      throw new KiemTraError('BAD_FILE', `Tệp "${path.basename(file)}" quá lớn (${mb} MB) để là gói đồng bộ.`, `The file "${path.basename(file)}" is too large (${mb} MB) to be a sync bundle.`, {
        context: { file: path.basename(file), bytes: stat.size },
      });
    }
    return { fileName: path.basename(file).slice(0, 200), dataBase64: fs.readFileSync(file).toString('base64') };
  }
}
