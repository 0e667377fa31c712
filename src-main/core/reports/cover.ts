import { viDate } from '../../../src-shared/rules/dates';
import { INSPECTION_KIND_WORDS } from '../../../src-shared/reports/labels';
import type { DashboardData, ReportFilter } from '../../../src-shared/schemas/report';

type Lang = 'vi' | 'en';

/** The lines every summary starts with: what it covers, who made it and when. */
export interface CoverLine {
  label: string;
  value: string | number;
}

function dateOf(iso: string, lang: Lang): string {
  return lang === 'vi' ? viDate(iso) : iso;
}

export function filterLines(filter: ReportFilter, lang: Lang): CoverLine[] {
  const all = lang === 'vi' ? 'Tất cả' : 'All';
  return [
    { label: lang === 'vi' ? 'Kỳ báo cáo' : 'Period', value: `${dateOf(filter.from, lang)} – ${dateOf(filter.to, lang)}` },
    { label: lang === 'vi' ? 'Xã/phường' : 'Commune/ward', value: filter.commune ?? all },
    { label: lang === 'vi' ? 'Loại kiểm tra' : 'Kind of check', value: filter.kind ? INSPECTION_KIND_WORDS[filter.kind][lang] : all },
    { label: lang === 'vi' ? 'Thành viên đoàn' : 'Team member', value: filter.team ?? all },
  ];
}

/** Local time in Vietnam (UTC+7), as dd/MM/yyyy HH:mm. */
export function madeAt(now: Date): string {
  const t = new Date(now.getTime() + 7 * 3_600_000).toISOString();
  return `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)} ${t.slice(11, 16)}`;
}

export function coverLines(filter: ReportFilter, data: DashboardData, who: string, now: Date, lang: Lang): CoverLine[] {
  const vi = lang === 'vi';
  return [
    ...filterLines(filter, lang),
    { label: vi ? 'Người lập' : 'Made by', value: who },
    { label: vi ? 'Thời điểm lập' : 'Made at', value: `${madeAt(now)} (UTC+7)` },
    { label: vi ? 'Số cuộc kiểm tra' : 'Checks', value: data.checks.total },
    { label: vi ? 'Không phát hiện vi phạm' : 'No open finding', value: data.checks.pass },
    { label: vi ? 'Có phát hiện' : 'With findings', value: data.checks.fail },
    { label: vi ? 'Chưa hoàn thành' : 'Not finished', value: data.checks.unfinished },
    { label: vi ? 'Cơ sở được kiểm tra' : 'Facilities checked', value: data.facilities.checked },
    { label: vi ? 'Cơ sở tuân thủ' : 'Facilities compliant', value: data.facilities.compliant },
    { label: vi ? 'Yêu cầu còn mở / quá hạn' : 'Requirements open / overdue', value: `${data.requirements.open} / ${data.requirements.overdue}` },
  ];
}
