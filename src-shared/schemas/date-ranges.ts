import { addDays, viDate } from '../rules/dates';
import type { LocalText } from '../rules/pack-schema';

/**
 * What a date means decides the dates it may take, in one table for every date field: the core
 * refuses a date outside its range, and the renderer's date pickers offer only that range.
 *  - past: an event that has happened (last QC, commissioning, training, health check, licence
 *    issue, dosimeter reading): not after the reference day (the check's date in a check form,
 *    today in the register);
 *  - deadline: a requirement's deadline: not before the check it was set at;
 *  - validity: an expiry date, past or future, within a plausible span.
 * Every date is on or after 01/01/1900 and on or before 31/12/2100 (31/02 is no date at all).
 */
export type DateMeaning = 'past' | 'deadline' | 'validity';

export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

interface DateField {
  meaning: DateMeaning;
  label: LocalText;
}

/** Register fields by table (the table of db/records.ts specs), then by field name. */
export const REGISTER_DATE_FIELDS: Record<string, Record<string, DateField>> = {
  facilities: { operatingSince: { meaning: 'past', label: { vi: 'Ngày bắt đầu hoạt động', en: 'Operating since' } } },
  wastewater_systems: {
    commissionedOn: { meaning: 'past', label: { vi: 'Ngày đưa vào vận hành', en: 'Commissioning date' } },
    permitExpiresOn: { meaning: 'validity', label: { vi: 'Ngày hết hạn giấy phép môi trường', en: 'Permit expiry date' } },
  },
  xray_units: {
    installedOn: { meaning: 'past', label: { vi: 'Ngày lắp đặt', en: 'Installation date' } },
    lastQcOn: { meaning: 'past', label: { vi: 'Ngày kiểm định gần nhất', en: 'Last verification date' } },
  },
  workers: {
    rsoDecisionOn: { meaning: 'past', label: { vi: 'Ngày quyết định phân công người phụ trách an toàn', en: 'RSO appointment date' } },
    trainingOn: { meaning: 'past', label: { vi: 'Ngày đào tạo an toàn bức xạ', en: 'Safety training date' } },
    lastRefresherOn: { meaning: 'past', label: { vi: 'Ngày đào tạo nhắc lại gần nhất', en: 'Last refresher training' } },
    lastHealthCheckOn: { meaning: 'past', label: { vi: 'Ngày khám sức khoẻ gần nhất', en: 'Last health check' } },
  },
  licences: {
    issuedOn: { meaning: 'past', label: { vi: 'Ngày cấp', en: 'Issue date' } },
    expiresOn: { meaning: 'validity', label: { vi: 'Ngày hết hạn', en: 'Expiry date' } },
  },
  sealed_sources: { referenceDate: { meaning: 'past', label: { vi: 'Ngày tham chiếu hoạt độ', en: 'Activity reference date' } } },
  dose_records: { readOn: { meaning: 'past', label: { vi: 'Ngày đọc liều kế', en: 'Dosimeter reading date' } } },
  requirements: { deadline: { meaning: 'deadline', label: { vi: 'Thời hạn khắc phục', en: 'Deadline' } } },
};

/** Check-form date items by item key; a date item not listed is taken as a validity date. */
export const ITEM_DATE_MEANINGS: Record<string, DateMeaning> = {
  unit_qc_date: 'past',
  worker_health_date: 'past',
  worker_training_date: 'past',
  commissioning_date: 'past',
  licence_expiry: 'validity',
  env_permit_expiry: 'validity',
};

export function itemDateMeaning(itemKey: string): DateMeaning {
  return ITEM_DATE_MEANINGS[itemKey] ?? 'validity';
}

/** The first and last day a date of this meaning may take, given the reference day. */
export function dateRange(meaning: DateMeaning, reference: string): { min: string; max: string } {
  if (meaning === 'past') return { min: EARLIEST_DATE, max: reference < LATEST_DATE ? reference : LATEST_DATE };
  if (meaning === 'deadline') return { min: reference > EARLIEST_DATE ? reference : EARLIEST_DATE, max: LATEST_DATE };
  return { min: EARLIEST_DATE, max: LATEST_DATE };
}

/** What the reference day is, said in the message: "ngày kiểm tra 20/11/2025", "hôm nay". */
export interface ReferenceDay {
  date: string;
  name: LocalText;
}

export function todayReference(today: string): ReferenceDay {
  return { date: today, name: { vi: `hôm nay ${viDate(today)}`, en: `today, ${viDate(today)}` } };
}

export function checkDayReference(date: string): ReferenceDay {
  return { date, name: { vi: `ngày kiểm tra ${viDate(date)}`, en: `the check date ${viDate(date)}` } };
}

const WHY: Record<DateMeaning, LocalText> = {
  past: { vi: 'là việc đã diễn ra nên không được sau', en: 'is something that has happened, so it cannot be after' },
  deadline: { vi: 'là thời hạn nên không được trước', en: 'is a deadline, so it cannot be before' },
  validity: { vi: 'phải là một ngày hợp lý', en: 'must be a plausible date' },
};

/** Null when the date is allowed; else the message naming the field and the allowed range (vi dd/MM/yyyy). */
export function dateIssue(meaning: DateMeaning, value: string, ref: ReferenceDay, label: LocalText): { vi: string; en: string } | null {
  const { min, max } = dateRange(meaning, ref.date);
  if (value >= min && value <= max) return null;
  const outOfSpan = value < EARLIEST_DATE || value > LATEST_DATE || meaning === 'validity';
  const range = { vi: `từ ${viDate(min)} đến ${viDate(max)}`, en: `from ${viDate(min)} to ${viDate(max)}` };
  if (outOfSpan) {
    return {
      vi: `${label.vi}: ${viDate(value)} không hợp lệ, ngày phải ${range.vi}`,
      en: `${label.en}: ${viDate(value)} is not plausible; the date must be ${range.en}`,
    };
  }
  return {
    vi: `${label.vi}: ${viDate(value)} không hợp lệ — ${label.vi.toLowerCase()} ${WHY[meaning].vi} ${ref.name.vi}; ngày phải ${range.vi}`,
    en: `${label.en}: ${viDate(value)} is not allowed — the ${label.en.toLowerCase()} ${WHY[meaning].en} ${ref.name.en}; the date must be ${range.en}`,
  };
}

/** Every date field of a register record outside its range, as field issues. */
export function registerDateIssues(table: string, fields: Record<string, unknown>, today: string): { path: string; vi: string; en: string }[] {
  const spec = REGISTER_DATE_FIELDS[table];
  if (!spec) return [];
  const ref = todayReference(today);
  const out: { path: string; vi: string; en: string }[] = [];
  for (const [name, f] of Object.entries(spec)) {
    const v = fields[name];
    if (typeof v !== 'string' || v === '') continue;
    const issue = dateIssue(f.meaning, v, ref, f.label);
    if (issue) out.push({ path: name, ...issue });
  }
  return out;
}

/** The range of a register date picker, today being `today` (yyyy-MM-dd). */
export function registerDateRange(table: string, field: string, today: string): { min: string; max: string } | null {
  const f = REGISTER_DATE_FIELDS[table]?.[field];
  return f ? dateRange(f.meaning, today) : null;
}

/** The first day of a dose quarter, for "a dose period cannot be in the future". */
export function quarterStart(year: number, quarter: number): string {
  return `${String(year).padStart(4, '0')}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The last day of a dose quarter. */
export function quarterEnd(year: number, quarter: number): string {
  const next = quarter === 4 ? `${year + 1}-01-01` : quarterStart(year, quarter + 1);
  return addDays(next, -1);
}
