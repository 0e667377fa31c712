import { KiemTraError } from '../../../src-shared/api/errors';
import { openCore } from '../../core/core';
import type { DemoResult } from '../../core/demo/seed';

/** `kiemtra seed --demo`: the same sample the app's "Dữ liệu mẫu" button makes. */
export function runSeedDemo(dataDir: string | undefined, resourcesDir: string): { dataFile: string; result: DemoResult } {
  const core = openCore({ dataDir, resourcesDir, actor: 'kiemtra seed' });
  try {
    const r = core.call('demo.seed', {});
    if (!r.ok) throw new KiemTraError(r.error.code, r.error.vi, r.error.en, { context: r.error.context });
    return { dataFile: core.dataFile, result: r.value };
  } finally {
    core.close();
  }
}

export function formatSeed({ dataFile, result }: { dataFile: string; result: DemoResult }): string {
  return [
    `Đã tạo dữ liệu mẫu / demo data created in ${dataFile}:`,
    `  cơ sở / facilities: ${result.facilities}`,
    `  thiết bị X-quang / X-ray units: ${result.xrayUnits}`,
    `  nguồn kín / sealed sources: ${result.sealedSources}`,
    `  hệ thống xử lý nước thải / wastewater systems: ${result.wastewaterSystems}`,
    `  giấy phép / licences: ${result.licences}`,
    `  nhân viên bức xạ / workers: ${result.workers} (${result.doseRecords} kết quả liều / dose records)`,
    `  cuộc kiểm tra / inspections: ${result.inspections}`,
  ].join('\n');
}
