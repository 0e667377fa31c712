import { KiemTraError } from '../../../src-shared/api/errors';
import type { CoreContext } from '../context';
import type { DeviceSigner } from '../identity/keys';

/** What sync needs besides the context: province names for the search text of facilities. */
export type SyncEnv = CoreContext & { resources: { dir: string; provinceName(code: string): string } };

/** Progress of a long job: a phase and how far it is. */
export interface Progress {
  phase: 'read' | 'verify' | 'write' | 'apply' | 'judge';
  done: number;
  total: number;
}

export interface JobControl {
  onProgress?(p: Progress): void;
  /** Checked between steps: when it returns true the job stops and nothing is written. */
  cancelled?(): boolean;
}

export function cancelledError(): KiemTraError {
  return new KiemTraError('CONFLICT', 'Đã hủy: không có gì được ghi.', 'Cancelled: nothing was written.', { context: { cancelled: 1 } });
}

export function requireIdentity(env: SyncEnv): DeviceSigner {
  if (env.identity) return env.identity;
  if (env.identityProblem) throw env.identityProblem;
  throw new KiemTraError(
    'CONFLICT',
    'Máy này chưa có khóa ký của thiết bị (hồ sơ cán bộ chưa được lập), nên chưa xuất được gói dữ liệu có chữ ký. Hãy lập hồ sơ cán bộ trước.',
    'This computer has no device signing key yet (the inspector profile is not set up), so it cannot export a signed bundle. Set up the inspector profile first.',
    { context: { device: env.deviceId } },
  );
}
