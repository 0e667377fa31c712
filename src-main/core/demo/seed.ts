import type { DemoResult } from '../../../src-shared/api/demo';
import type { HandlerEnv } from '../api/types';
import { seedDemoInspections } from './seed-inspections';
import { seedDemoRegister } from './seed-register';

export type { DemoResult };

/**
 * "Dữ liệu mẫu": the sample register and inspections in every state, in one transaction.
 * Refused (nothing written) unless the file is empty, so demo rows never mix with real ones.
 */
export function seedDemo(env: HandlerEnv, today = env.now().toISOString().slice(0, 10)): DemoResult {
  return env.db.transaction(() => {
    const register = seedDemoRegister(env, { today });
    const inspections = seedDemoInspections(env, today);
    const { ids: _ids, ...counts } = register;
    return { ...counts, inspections: inspections.created };
  })();
}
