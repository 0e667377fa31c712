import type { LocalText, Rule } from './pack-schema';
import { XRAY_UNIT_TYPE_LABELS, type XrayUnitType } from '../schemas/register/xray-units';

/**
 * A pack parameter said in words, for the "missing regulation data" message: a supervisor
 * reading it must know which figure to fill in, not a key like `receiving_water.other_water`.
 */
const WORDS: Record<string, LocalText> = {
  domestic_supply: {
    vi: 'cột áp dụng (A hay B) khi nước thải xả vào nguồn nước dùng cho mục đích cấp nước sinh hoạt',
    en: 'the column (A or B) for discharge into water used for domestic supply',
  },
  other_water: {
    vi: 'cột áp dụng (A hay B) khi nước thải xả vào nguồn nước không dùng cho mục đích cấp nước sinh hoạt',
    en: 'the column (A or B) for discharge into water not used for domestic supply',
  },
  residential_sewer: {
    vi: 'cột áp dụng (A hay B) khi nước thải xả vào hệ thống thoát nước khu dân cư',
    en: 'the column (A or B) for discharge into a residential sewer',
  },
  central_plant: {
    vi: 'cách áp dụng khi nước thải đưa về nhà máy xử lý nước thải tập trung',
    en: 'what applies when the wastewater goes to a central treatment plant',
  },
  hospitalBedsThreshold: { vi: 'ngưỡng số giường bệnh của bảng hệ số K', en: 'the bed threshold of the K table' },
  hospitalLarge: { vi: 'hệ số K cho bệnh viện có số giường từ ngưỡng trở lên', en: 'K for hospitals at or above the bed threshold' },
  hospitalSmall: { vi: 'hệ số K cho bệnh viện dưới ngưỡng số giường', en: 'K for hospitals below the bed threshold' },
  other: { vi: 'hệ số K cho cơ sở y tế không phải bệnh viện', en: 'K for health facilities other than hospitals' },
  kApplies: { vi: 'quy định có nhân hệ số K cho thông số này hay không', en: 'whether K applies to this parameter' },
  A: { vi: 'giá trị giới hạn C ở cột A', en: 'the limit C in column A' },
  B: { vi: 'giá trị giới hạn C ở cột B', en: 'the limit C in column B' },
  max: { vi: 'giá trị giới hạn tối đa', en: 'the maximum' },
  netMax: { vi: 'giới hạn suất liều ròng (sau khi trừ phông)', en: 'the net dose-rate limit (background subtracted)' },
  tolerance: { vi: 'dung sai đo', en: 'the measurement tolerance' },
  annualMax: { vi: 'giới hạn liều trong một năm', en: 'the limit in any one year' },
  averageMax: { vi: 'giới hạn liều trung bình năm', en: 'the averaged annual limit' },
  averagingYears: { vi: 'số năm lấy trung bình', en: 'the number of years averaged' },
  waistWeight: { vi: 'hệ số của H_W trong công thức liều hiệu dụng', en: 'the weight of H_W in the effective-dose formula' },
  neckWeight: { vi: 'hệ số của H_N trong công thức liều hiệu dụng', en: 'the weight of H_N in the effective-dose formula' },
  maxMonths: { vi: 'chu kỳ tối đa (tháng)', en: 'the longest interval (months)' },
  renewalLeadDays: { vi: 'số ngày phải nộp hồ sơ gia hạn trước khi hết hạn', en: 'how many days before expiry the renewal must be filed' },
  validityYears: { vi: 'thời hạn của giấy phép (năm)', en: 'the licence validity (years)' },
  'exemptUnitType/exemptImaging': { vi: 'loại thiết bị được miễn người phụ trách an toàn', en: 'which units need no RSO' },
};

export function paramWords(rule: Rule, name: string): LocalText {
  if (rule.kind === 'radiation.qc_interval' && name in XRAY_UNIT_TYPE_LABELS) {
    const t = XRAY_UNIT_TYPE_LABELS[name as XrayUnitType];
    return { vi: `chu kỳ kiểm định (tháng) cho ${t.vi}`, en: `the verification interval (months) for ${t.en}` };
  }
  return WORDS[name] ?? { vi: `giá trị "${name}"`, en: `the value "${name}"` };
}
