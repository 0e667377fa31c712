import { performance } from 'node:perf_hooks';
import type { FacilityFields } from '../src-shared/schemas/facility';
import type { DoseRecordFields } from '../src-shared/schemas/register/dose-records';
import { XRAY_UNIT_TYPES, type XrayUnitFields } from '../src-shared/schemas/register/xray-units';
import type { WorkerFields } from '../src-shared/schemas/register/workers';
import type { HandlerEnv } from '../src-main/core/api/types';
import { insertRecord } from '../src-main/core/db/records';
import { doseRecordSpec } from '../src-main/core/records/dose-records';
import { facilitySpec } from '../src-main/core/records/facilities';
import { workerSpec } from '../src-main/core/records/workers';
import { xrayUnitSpec } from '../src-main/core/records/xray-units';

export interface GenerateOptions {
  facilities: number;
  unitsPerFacility?: number;
  workersPerFacility?: number;
  /** Quarterly dose readings per worker, counted back from `lastYear` Q4. */
  quartersPerWorker?: number;
  lastYear?: number;
}

export interface GenerateResult {
  facilities: number;
  xrayUnits: number;
  workers: number;
  doseRecords: number;
  ms: number;
}

const COMMUNES = ['Phường Tô Hiệu', 'Phường Chiềng An', 'Phường Mộc Châu', 'Xã Mai Sơn', 'Xã Thuận Châu', 'Xã Sông Mã', 'Xã Phù Yên', 'Xã Bắc Yên'];
const FAMILY = ['Lò', 'Cầm', 'Quàng', 'Hà', 'Tòng', 'Lường', 'Nguyễn', 'Đinh', 'Bạc', 'Vì'];
const GIVEN = ['Văn Thắng', 'Thị Mai', 'Văn Hùng', 'Thị Lan', 'Văn Điện', 'Thị Ánh', 'Văn Sơn', 'Thị Hoa'];
const MAKERS: [string, string][] = [['Siemens', 'Multix'], ['Shimadzu', 'RADspeed'], ['GE', 'Optima'], ['Philips', 'DigitalDiagnost'], ['DRGEM', 'GXR-40'], ['Planmeca', 'ProX']];

/** Serial of the n-th generated X-ray unit (0-based): "SN-000042". Tests search for these. */
export const generatedSerial = (n: number) => `SN-${String(n).padStart(6, '0')}`;

/**
 * Fills a file with a synthetic register for scale tests and benchmarks. Every row goes through
 * db/records.ts (the path the API takes, minus zod and the per-record checks), so rows, change
 * log, audit log and search documents are exactly what real use produces; all in one
 * transaction so it takes seconds, not minutes. Values are deterministic from the indices.
 */
export function generateRegister(env: HandlerEnv, options: GenerateOptions): GenerateResult {
  const { facilities, unitsPerFacility = 0, workersPerFacility = 0, quartersPerWorker = 0, lastYear = 2025 } = options;
  const facSpec = facilitySpec(env.resources.provinceName);
  const ctx: HandlerEnv = env;
  const t0 = performance.now();
  let units = 0;
  let workers = 0;
  let doses = 0;
  ctx.db.transaction(() => {
    for (let f = 0; f < facilities; f++) {
      const fields: FacilityFields = {
        name: `${f % 5 === 0 ? 'Bệnh viện Đa khoa' : 'Phòng khám'} số ${f + 1}`,
        kind: f % 5 === 0 ? 'hospital' : 'clinic',
        ownership: f % 3 === 0 ? 'public' : 'private',
        beds: f % 5 === 0 ? 100 + (f % 7) * 50 : null,
        provinceCode: 'son-la',
        commune: COMMUNES[f % COMMUNES.length]!,
        street: null,
        legacyDistrict: null,
        contactName: null,
        contactPhone: null,
        operatingSince: null,
        notes: null,
      };
      const facilityId = insertRecord(ctx, facSpec, fields);
      for (let u = 0; u < unitsPerFacility; u++) {
        const [manufacturer, model] = MAKERS[units % MAKERS.length]!;
        const unit: XrayUnitFields = {
          facilityId,
          type: XRAY_UNIT_TYPES[units % XRAY_UNIT_TYPES.length]!,
          manufacturer,
          model,
          serial: generatedSerial(units),
          tubeSerial: null,
          maxKv: 70 + (units % 9) * 10,
          maxMa: 100 + (units % 5) * 100,
          room: `Phòng ${(u % 4) + 1}`,
          installedOn: `${2010 + (units % 15)}-0${(units % 9) + 1}-15`,
          status: units % 17 === 0 ? 'stored' : 'in_use',
          lastQcOn: `${2021 + (units % 5)}-${String((units % 12) + 1).padStart(2, '0')}-01`,
          qcCertificateNo: null,
          notes: null,
        };
        insertRecord(ctx, xrayUnitSpec, unit);
        units++;
      }
      for (let w = 0; w < workersPerFacility; w++) {
        const worker: WorkerFields = {
          facilityId,
          name: `${FAMILY[workers % FAMILY.length]} ${GIVEN[(workers >> 3) % GIVEN.length]} ${workers}`,
          role: w === 0 ? 'physicist' : 'radiographer',
          jobTitle: null,
          isRso: w === 0,
          rsoDecisionNo: null,
          rsoDecisionOn: null,
          rsoCertificateNo: null,
          trainingOn: null,
          lastRefresherOn: null,
          lastHealthCheckOn: `${2023 + (workers % 3)}-06-01`,
          dosimeterId: `TLD-${String(workers).padStart(6, '0')}`,
          interventional: workers % 25 === 0,
          notes: null,
        };
        const workerId = insertRecord(ctx, workerSpec, worker);
        workers++;
        for (let q = 0; q < quartersPerWorker; q++) {
          const dose: DoseRecordFields = {
            facilityId,
            workerId,
            year: lastYear - Math.floor(q / 4),
            quarter: 4 - (q % 4),
            hp10: ((workers + q) % 10) / 20,
            hp007: ((workers + q) % 10) / 16,
            lens: null,
            hw: null,
            hn: null,
            readOn: null,
            notes: null,
          };
          insertRecord(ctx, doseRecordSpec, dose);
          doses++;
        }
      }
    }
  })();
  return { facilities, xrayUnits: units, workers, doseRecords: doses, ms: performance.now() - t0 };
}
