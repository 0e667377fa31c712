import type { InspectionKind } from '../checklists/schema';
import type { CheckResult, ReportSubject } from '../schemas/report';

type Label = { vi: string; en: string };

/** Words of the summaries (dashboard, XLSX, CSV, PDF): one list, read by the core and the renderer. */
export const INSPECTION_KIND_WORDS: Record<InspectionKind, Label> = {
  radiation: { vi: 'An toàn bức xạ', en: 'Radiation safety' },
  wastewater: { vi: 'Công nghệ xử lý nước thải', en: 'Wastewater technology' },
  combined: { vi: 'Kết hợp', en: 'Combined' },
  follow_up: { vi: 'Kiểm tra lại', en: 'Follow-up' },
};

export const CHECK_RESULT_WORDS: Record<CheckResult, Label> = {
  pass: { vi: 'Không phát hiện vi phạm', en: 'No open finding' },
  fail: { vi: 'Có phát hiện', en: 'With findings' },
  unfinished: { vi: 'Chưa hoàn thành', en: 'Not finished' },
};

export const INSPECTION_STATUS_WORDS: Record<string, Label> = {
  draft: { vi: 'Nháp', en: 'Draft' },
  in_progress: { vi: 'Đang kiểm tra', en: 'In progress' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
  signed: { vi: 'Đã ký', en: 'Signed' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const SUBJECT_TITLES: Record<ReportSubject, Label> = {
  inspections: { vi: 'Cuộc kiểm tra', en: 'Checks' },
  findings: { vi: 'Phát hiện', en: 'Findings' },
  requirements: { vi: 'Yêu cầu khắc phục', en: 'Requirements' },
  xray_units: { vi: 'Thiết bị X-quang', en: 'X-ray units' },
  sources: { vi: 'Nguồn phóng xạ kín', en: 'Sealed sources' },
  wastewater: { vi: 'Kết quả nước thải', en: 'Wastewater results' },
  doses: { vi: 'Liều nhân viên', en: "Workers' doses" },
};

/** A file-name part per subject (ASCII: every system takes it). */
export const SUBJECT_FILE_NAMES: Record<ReportSubject, string> = {
  inspections: 'cuoc-kiem-tra',
  findings: 'phat-hien',
  requirements: 'yeu-cau-khac-phuc',
  xray_units: 'thiet-bi-x-quang',
  sources: 'nguon-phong-xa',
  wastewater: 'ket-qua-nuoc-thai',
  doses: 'lieu-nhan-vien',
};
