import dayjs from 'dayjs';
import type { ApiInput, ApiOutput, OperationName } from '../../../src-shared/api/contract';
import { KiemTraError } from '../../../src-shared/api/errors';
import { dispatch } from '../api/dispatch';
import type { DemoResult } from '../../../src-shared/api/demo';
import type { HandlerEnv } from '../api/types';

export interface DemoOptions {
  /** The day the sample is "as of" (yyyy-MM-dd); every date is fixed relative to it. */
  today?: string;
}

/** The register's share of the demo counts, and ids by a short key for the inspections demo and tests. */
export type DemoSummary = Omit<DemoResult, 'inspections'> & { ids: Record<string, string> };

const SEEDED_TABLES = ['facilities', 'xray_units', 'sealed_sources', 'wastewater_systems', 'licences', 'workers', 'dose_records'];

/**
 * A small, realistic Sơn La register for demonstrations and manual testing: five facilities,
 * X-ray units of several types (some past their QC interval), a Cs-137 check source, wastewater
 * systems (one with a K fixed by its permit), licences (one expiring within 90 days), workers with
 * an RSO and an interventional doctor, and five years of quarterly doses. Every record goes
 * through the API's own schemas, in one transaction. Addresses use post-2025 communes/wards with
 * the old district kept; names of people and clinics are invented.
 */
export function seedDemoRegister(env: HandlerEnv, options: DemoOptions = {}): DemoSummary {
  for (const table of SEEDED_TABLES) {
    const n = (env.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    if (n > 0) {
      throw new KiemTraError(
        'CONFLICT',
        `Không tạo dữ liệu mẫu: tệp dữ liệu đã có ${n} bản ghi trong bảng ${table}. Dữ liệu mẫu chỉ tạo trên tệp trống, để không lẫn với dữ liệu thật.`,
        `Demo data not created: the data file already holds ${n} row(s) in ${table}. Demo data goes only into an empty file, so it never mixes with real records.`,
        { context: { table, rows: n } },
      );
    }
  }
  const today = dayjs(options.today ?? env.now().toISOString().slice(0, 10));
  return env.db.transaction(() => seed(env, today))();
}

function call<N extends OperationName>(env: HandlerEnv, name: N, input: ApiInput<N>): ApiOutput<N> {
  const r = dispatch(env, name, input);
  if (!r.ok) {
    throw new KiemTraError(r.error.code, `Dữ liệu mẫu (${name}): ${r.error.vi}`, `Demo data (${name}): ${r.error.en}`, { issues: r.error.issues, context: r.error.context });
  }
  return r.value as ApiOutput<N>;
}

function seed(env: HandlerEnv, today: dayjs.Dayjs): DemoSummary {
  const day = (months: number, days = 0) => today.add(months, 'month').add(days, 'day').format('YYYY-MM-DD');
  const ids: Record<string, string> = {};
  const fac = (key: string, input: ApiInput<'facilities.create'>) => (ids[key] = call(env, 'facilities.create', input).id);

  fac('bvdkSonLa', {
    name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', ownership: 'public', beds: 800, provinceCode: 'son-la',
    commune: 'Phường Tô Hiệu', legacyDistrict: 'Thành phố Sơn La', street: 'Đường Tô Hiệu', contactName: 'Phòng Kế hoạch tổng hợp',
    operatingSince: '2000-01-01',
  });
  fac('bvdkMocChau', {
    name: 'Bệnh viện Đa khoa Mộc Châu', kind: 'hospital', ownership: 'public', beds: 250, provinceCode: 'son-la',
    commune: 'Phường Mộc Châu', legacyDistrict: 'Thị xã Mộc Châu', operatingSince: '2005-06-01',
  });
  fac('ttytMaiSon', {
    name: 'Trung tâm Y tế Mai Sơn', kind: 'health_center', ownership: 'public', beds: 60, provinceCode: 'son-la',
    commune: 'Xã Mai Sơn', legacyDistrict: 'Huyện Mai Sơn', operatingSince: '2012-03-01',
  });
  fac('nhaKhoaTamAn', {
    name: 'Phòng khám Nha khoa Tâm An', kind: 'dental', ownership: 'private', provinceCode: 'son-la',
    commune: 'Phường Chiềng An', legacyDistrict: 'Thành phố Sơn La', contactName: 'BS. Hoàng Minh Tâm', contactPhone: '0212 3 855 123',
  });
  fac('pkThuanChau', {
    name: 'Phòng khám Đa khoa Bình An Thuận Châu', kind: 'clinic', ownership: 'private', provinceCode: 'son-la',
    commune: 'Xã Thuận Châu', legacyDistrict: 'Huyện Thuận Châu',
  });

  // QC intervals (DOMAIN.md §4): 12 months for CT and fluoroscopy/C-arm, 24 for the rest.
  const unit = (key: string, input: ApiInput<'xrayUnits.create'>) => (ids[key] = call(env, 'xrayUnits.create', input).id);
  unit('ctSonLa', { facilityId: ids.bvdkSonLa!, type: 'ct', manufacturer: 'Siemens', model: 'Somatom go.Up', serial: 'SN-SL-CT-0001', tubeSerial: 'TB-77812', maxKv: 130, maxMa: 345, room: 'Phòng CT, khoa Chẩn đoán hình ảnh', installedOn: day(-62), lastQcOn: day(-14), qcCertificateNo: 'KĐ-CT-0113' }); // overdue
  unit('generalSonLa', { facilityId: ids.bvdkSonLa!, type: 'general', manufacturer: 'Shimadzu', model: 'RADspeed Pro', serial: 'SN-SL-XQ-0002', maxKv: '150', maxMa: '630', room: 'Phòng X-quang số 1', installedOn: day(-98), lastQcOn: day(-8), qcCertificateNo: 'KĐ-XQ-0457' });
  unit('cArmSonLa', { facilityId: ids.bvdkSonLa!, type: 'c_arm', manufacturer: 'Ziehm', model: 'Vision RFD', serial: 'SN-SL-CA-0003', maxKv: 120, maxMa: '24', room: 'Phòng mổ số 3', installedOn: day(-40), lastQcOn: day(-10), qcCertificateNo: 'KĐ-CA-0212' });
  unit('mammoSonLa', { facilityId: ids.bvdkSonLa!, type: 'mammography', manufacturer: 'Fujifilm', model: 'Amulet Innovality', serial: 'SN-SL-MG-0004', maxKv: 39, maxMa: 200, room: 'Phòng chụp vú', installedOn: day(-30), lastQcOn: day(-20), qcCertificateNo: 'KĐ-MG-0031' });
  unit('mobileSonLa', { facilityId: ids.bvdkSonLa!, type: 'mobile', manufacturer: 'GE', model: 'AMX Navigate', serial: 'SN-SL-DD-0005', maxKv: 125, room: 'Khoa Hồi sức tích cực', installedOn: day(-54), lastQcOn: day(-16), status: 'in_use' });
  unit('generalMocChau', { facilityId: ids.bvdkMocChau!, type: 'general', manufacturer: 'Toshiba', model: 'KXO-50G', serial: 'SN-MC-XQ-0011', maxKv: 150, maxMa: 500, room: 'Phòng X-quang', installedOn: day(-150), lastQcOn: day(-26), qcCertificateNo: 'KĐ-XQ-0198' }); // overdue
  unit('ctMocChau', { facilityId: ids.bvdkMocChau!, type: 'ct', manufacturer: 'GE', model: 'Revolution ACT', serial: 'SN-MC-CT-0012', maxKv: 130, maxMa: 250, room: 'Phòng CT', installedOn: day(-30), lastQcOn: day(-6), qcCertificateNo: 'KĐ-CT-0140' });
  unit('fluoroMocChau', { facilityId: ids.bvdkMocChau!, type: 'fluoroscopy', manufacturer: 'Shimadzu', model: 'Flexavision', serial: 'SN-MC-TS-0013', maxKv: 125, room: 'Phòng X-quang tăng sáng', installedOn: day(-120), lastQcOn: day(-37), status: 'stored' });
  unit('generalMaiSon', { facilityId: ids.ttytMaiSon!, type: 'general', manufacturer: 'DRGEM', model: 'GXR-40', serial: 'SN-MS-XQ-0021', maxKv: 150, maxMa: 500, room: 'Phòng X-quang', installedOn: day(-70), lastQcOn: day(-13), qcCertificateNo: 'KĐ-XQ-0311' });
  unit('oldMobileMaiSon', { facilityId: ids.ttytMaiSon!, type: 'mobile', manufacturer: 'Shimadzu', model: 'MobileArt Evolution', serial: 'SN-MS-DD-0022', maxKv: 133, installedOn: day(-180), lastQcOn: day(-60), status: 'retired', notes: 'Đã thanh lý, chờ niêm phong ống phát' });
  unit('intraoralTamAn', { facilityId: ids.nhaKhoaTamAn!, type: 'dental_intraoral', manufacturer: 'Planmeca', model: 'ProX', serial: 'SN-TA-RC-0031', maxKv: 70, maxMa: 7, room: 'Phòng nha số 1', installedOn: day(-48), lastQcOn: day(-30) }); // overdue
  unit('panoTamAn', { facilityId: ids.nhaKhoaTamAn!, type: 'dental_panoramic', manufacturer: 'Vatech', model: 'PaX-i', serial: 'SN-TA-PN-0032', maxKv: 90, maxMa: 10, room: 'Phòng chụp phim toàn cảnh', installedOn: day(-22), lastQcOn: day(-11), qcCertificateNo: 'KĐ-RH-0077' });
  unit('generalThuanChau', { facilityId: ids.pkThuanChau!, type: 'general', manufacturer: 'DRGEM', model: 'Topaz', serial: 'SN-TC-XQ-0041', maxKv: 150, maxMa: 400, room: 'Phòng X-quang', installedOn: day(-25), lastQcOn: day(-23), qcCertificateNo: 'KĐ-XQ-0502' }); // due next month

  ids.cs137 = call(env, 'sealedSources.create', {
    facilityId: ids.bvdkSonLa!, nuclide: 'Cs-137', activity: '200', activityUnit: 'uCi', referenceDate: day(-156),
    serial: 'CS-1183-07', purpose: 'Nguồn chuẩn kiểm tra máy đo hoạt độ (dose calibrator)', storagePlace: 'Két chì, phòng vật lý – khoa Y học hạt nhân',
  }).id;

  const ww = (key: string, input: ApiInput<'wastewaterSystems.create'>) => (ids[key] = call(env, 'wastewaterSystems.create', input).id);
  ww('wwSonLa', {
    facilityId: ids.bvdkSonLa!, technology: 'Sinh học thiếu khí – hiếu khí (AAO) kết hợp giá thể MBBR', designCapacityM3PerDay: 600, actualFlowM3PerDay: '418,5',
    commissionedOn: day(-96), disinfection: 'Chlorine (Javen)', receivingWater: 'Suối Nậm La', dischargeColumn: 'B', permitNo: '2150/GP-UBND',
    permitExpiresOn: day(30), sludgeHandling: 'Hút bùn định kỳ 6 tháng, đơn vị có chức năng vận chuyển, xử lý', // K from the table (≥ 300 beds)
  });
  ww('wwMaiSon', {
    facilityId: ids.ttytMaiSon!, technology: 'Hợp khối Johkasou', designCapacityM3PerDay: 60, actualFlowM3PerDay: '32,4', commissionedOn: day(-60),
    disinfection: 'Đèn UV', receivingWater: 'Mương thoát nước chung', dischargeColumn: 'B', permitNo: '318/GP-UBND', permitExpiresOn: day(14),
    permitK: '1,0', sludgeHandling: 'Hút bùn hằng năm', notes: 'Giấy phép môi trường ghi K = 1,0 (thay cho K = 1,2 theo bảng).',
  });
  ww('wwMocChau', {
    facilityId: ids.bvdkMocChau!, technology: 'Lọc sinh học nhỏ giọt', designCapacityM3PerDay: 200, actualFlowM3PerDay: 150, commissionedOn: day(-150),
    disinfection: 'Chlorine', receivingWater: 'Suối Sập', dischargeColumn: 'A', permitNo: '77/GP-UBND', permitExpiresOn: day(-3),
  });

  const lic = (key: string, input: ApiInput<'licences.create'>) => (ids[key] = call(env, 'licences.create', input).id);
  const xray = (...keys: string[]) => keys.map((k) => ({ entity: 'xray_unit' as const, id: ids[k]! }));
  const skhcn = 'Sở Khoa học và Công nghệ tỉnh Sơn La';
  lic('licSonLa', { facilityId: ids.bvdkSonLa!, kind: 'giay_phep', number: '12/GP-SKHCN', issuedBy: skhcn, issuedOn: day(-34), expiresOn: day(2), units: xray('ctSonLa', 'generalSonLa', 'cArmSonLa', 'mammoSonLa', 'mobileSonLa') }); // expires within 90 days
  lic('licSourceSonLa', { facilityId: ids.bvdkSonLa!, kind: 'giay_phep', number: '305/GP-ATBXHN', issuedBy: 'Cục An toàn bức xạ và hạt nhân', issuedOn: day(-12), expiresOn: day(24), units: [{ entity: 'sealed_source', id: ids.cs137! }] });
  lic('licMocChau', { facilityId: ids.bvdkMocChau!, kind: 'giay_phep', number: '27/GP-SKHCN', issuedBy: skhcn, issuedOn: day(-18), expiresOn: day(18), units: xray('generalMocChau', 'ctMocChau', 'fluoroMocChau') });
  lic('licMaiSon', { facilityId: ids.ttytMaiSon!, kind: 'giay_phep', number: '09/GP-SKHCN', issuedBy: skhcn, issuedOn: day(-37), expiresOn: day(-1), units: xray('generalMaiSon') }); // lapsed
  lic('licTamAn', { facilityId: ids.nhaKhoaTamAn!, kind: 'giay_phep', number: '41/GP-SKHCN', issuedBy: skhcn, issuedOn: day(-8), expiresOn: day(28), units: xray('panoTamAn') });
  lic('declTamAn', { facilityId: ids.nhaKhoaTamAn!, kind: 'khai_bao', number: 'KB-2023-015', issuedBy: skhcn, issuedOn: day(-30), units: xray('intraoralTamAn') });
  lic('licThuanChau', { facilityId: ids.pkThuanChau!, kind: 'giay_phep', number: '52/GP-SKHCN', issuedBy: skhcn, issuedOn: day(-25), expiresOn: day(11), units: xray('generalThuanChau') });

  const worker = (key: string, input: ApiInput<'workers.create'>) => (ids[key] = call(env, 'workers.create', input).id);
  worker('rsoSonLa', {
    facilityId: ids.bvdkSonLa!, name: 'Lò Văn Thắng', role: 'physicist', jobTitle: 'Kỹ sư vật lý y khoa', isRso: true, rsoDecisionNo: '215/QĐ-BVĐK',
    rsoDecisionOn: day(-40), rsoCertificateNo: 'CC-ATBX-0457', trainingOn: day(-120), lastRefresherOn: day(-20), lastHealthCheckOn: day(-7), dosimeterId: 'TLD-SL-001',
  });
  worker('interventionalSonLa', {
    facilityId: ids.bvdkSonLa!, name: 'Cầm Văn Hùng', role: 'interventionalist', jobTitle: 'Bác sĩ can thiệp tim mạch', interventional: true,
    trainingOn: day(-84), lastRefresherOn: day(-40), lastHealthCheckOn: day(-14), dosimeterId: 'TLD-SL-002/003',
  });
  worker('radiographerSonLa', { facilityId: ids.bvdkSonLa!, name: 'Quàng Thị Mai', role: 'radiographer', trainingOn: day(-70), lastHealthCheckOn: day(-5), dosimeterId: 'TLD-SL-004' });
  worker('rsoMocChau', {
    facilityId: ids.bvdkMocChau!, name: 'Hà Văn Sơn', role: 'radiographer', isRso: true, rsoDecisionNo: '88/QĐ-BV', rsoDecisionOn: day(-50),
    rsoCertificateNo: 'CC-ATBX-0612', trainingOn: day(-90), lastRefresherOn: day(-38), lastHealthCheckOn: day(-15), dosimeterId: 'TLD-MC-001',
  }); // refresher and health check overdue
  worker('radiographerMaiSon', { facilityId: ids.ttytMaiSon!, name: 'Tòng Thị Lan', role: 'radiographer', isRso: true, rsoDecisionNo: '12/QĐ-TTYT', rsoDecisionOn: day(-30), trainingOn: day(-40), lastHealthCheckOn: day(-9), dosimeterId: 'TLD-MS-001' });
  worker('dentistTamAn', { facilityId: ids.nhaKhoaTamAn!, name: 'Hoàng Minh Tâm', role: 'dentist', trainingOn: day(-26), lastHealthCheckOn: day(-11), dosimeterId: 'TLD-TA-001' });
  worker('radiographerThuanChau', { facilityId: ids.pkThuanChau!, name: 'Lường Văn Chiến', role: 'radiographer', isRso: true, rsoDecisionNo: '03/QĐ-PK', rsoDecisionOn: day(-25), trainingOn: day(-27), lastHealthCheckOn: day(-2) });

  const doses = seedDoses(env, ids, today);
  return { facilities: 5, xrayUnits: 13, sealedSources: 1, wastewaterSystems: 3, licences: 7, workers: 7, doseRecords: doses, ids };
}

/** Five years of quarterly readings, ending with the last complete quarter; values vary but repeat exactly. */
function seedDoses(env: HandlerEnv, ids: Record<string, string>, today: dayjs.Dayjs): number {
  const lastQuarterEnd = today.startOf('month').subtract(today.month() % 3, 'month').subtract(1, 'day');
  const periods: { year: number; quarter: number; readOn: string }[] = [];
  for (let i = 19; i >= 0; i--) {
    const d = lastQuarterEnd.subtract(i * 3, 'month');
    // Read a week after the quarter ends (never after today): the dates the 3-month rule is judged on.
    const read = d.endOf('month').add(7, 'day');
    periods.push({ year: d.year(), quarter: Math.floor(d.month() / 3) + 1, readOn: (read.isAfter(today) ? today : read).format('YYYY-MM-DD') });
  }
  const wave = (i: number, k: number) => ((i * k) % 7) / 7; // 0 … 0.86, deterministic
  const round = (n: number) => Math.round(n * 1000) / 1000;
  let n = 0;
  periods.forEach(({ year, quarter, readOn }, i) => {
    call(env, 'doseRecords.create', { workerId: ids.rsoSonLa!, year, quarter, readOn, hp10: round(0.08 + 0.1 * wave(i, 3)), hp007: round(0.1 + 0.12 * wave(i, 3)) });
    // Interventional: two dosimeters; E = 0.5·H_W + 0.025·H_N is for the rules to compute.
    call(env, 'doseRecords.create', {
      workerId: ids.interventionalSonLa!, year, quarter, readOn, hw: round(0.2 + 0.4 * wave(i, 5)), hn: round(2 + 4 * wave(i, 4)), lens: round(1.2 + 1.5 * wave(i, 4)),
    });
    call(env, 'doseRecords.create', { workerId: ids.radiographerSonLa!, year, quarter, readOn, hp10: round(0.15 + 0.2 * wave(i, 2)), hp007: round(0.18 + 0.2 * wave(i, 2)) });
    n += 3;
  });
  return n;
}
