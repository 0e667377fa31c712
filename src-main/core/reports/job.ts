import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { KiemTraError } from '../../../src-shared/api/errors';

/** Progress of a long export: rows written of about how many, and the subject being written. */
export interface Progress {
  done: number;
  total: number;
  step: string;
}

/** What a long job is given: where to say how far it is, and how to learn that the user stopped it. */
export interface JobControl {
  onProgress?(p: Progress): void;
  /** Checked between rows: true stops the job, and nothing is left behind. */
  cancelled?(): boolean;
}

export function cancelledError(): KiemTraError {
  return new KiemTraError('CANCELLED', 'Đã dừng xuất báo cáo; không có tệp nào được ghi.', 'The export was stopped; no file was written.');
}

export function checkCancel(job: JobControl | undefined): void {
  if (job?.cancelled?.()) throw cancelledError();
}

/**
 * Writes a file the all-or-nothing way: into a temporary file beside the target, then renamed
 * over it, so a crash or a cancel never leaves half a report where the user looks for it.
 */
export async function writeAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  if (!fs.existsSync(dir)) {
    throw new KiemTraError('BAD_FILE', `Thư mục ${dir.slice(0, 200)} không tồn tại`, `The folder ${dir.slice(0, 200)} does not exist`, { context: { path: dir.slice(0, 200) } });
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    await write(tmp);
    const fd = fs.openSync(tmp, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
