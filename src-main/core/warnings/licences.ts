import { daysBetween, viDate } from '../../../src-shared/rules/dates';
import { licenceDue } from '../../../src-shared/rules/radiation';
import { findRule } from '../../../src-shared/rules/verdict';
import type { RegisterWarning } from '../../../src-shared/schemas/warning';
import { scopedRows, severityOf, stateOf, type WarningScope } from './scope';

const LICENCE_RULE = 'radiation.licence';

interface LicenceRow {
  id: string;
  facility_id: string;
  kind: string;
  number: string;
  issued_on: string | null;
  expires_on: string | null;
}

/**
 * Licences expiring within the pack's warning window, or expired. A licence replaced by a later
 * one of the same kind is not warned about: the facility renewed it.
 */
export function licenceWarnings(scope: WarningScope, single: boolean): RegisterWarning[] {
  const rows = scopedRows<LicenceRow>(
    scope,
    "SELECT t.id, t.facility_id, t.kind, t.number, t.issued_on, t.expires_on FROM licences t WHERE t.deleted_at IS NULL AND (t.expires_on IS NOT NULL OR t.kind = 'giay_phep')",
    single,
  );
  const out: RegisterWarning[] = [];
  const dues = rows.flatMap(({ row, facility }) => {
    const pack = scope.packFor(facility, 'radiation');
    const due = pack ? licenceDue(pack, { issuedOn: row.issued_on, expiresOn: row.expires_on }, scope.today) : null;
    return pack && due ? [{ row, facility, pack, due }] : [];
  });
  for (const { row, facility, pack, due } of dues) {
    const replaced = dues.some((o) => o.row.facility_id === row.facility_id && o.row.kind === row.kind && o.row.id !== row.id && (o.due.dueDate ?? '') > (due.dueDate ?? ''));
    const expiryState = stateOf(due);
    if (replaced) continue;
    const rule = findRule(pack, LICENCE_RULE);
    // Still valid, but the day by which the renewal had to be filed is behind us: that filing is
    // overdue (the register does not hold filings, so the words say what the inspector checks).
    const filingLate = expiryState !== 'overdue' && due.renewalDeadline !== null && due.renewalDeadline < scope.today && due.daysLeft !== null && due.daysLeft >= 0;
    const state = filingLate ? 'overdue' : expiryState;
    if (!state) continue;
    const common = {
      kind: 'licence_expiry' as const,
      state,
      severity: severityOf(state, rule),
      facilityId: facility.id,
      facilityName: facility.name,
      record: { entity: 'licence' as const, id: row.id, label: row.number },
      citation: rule?.citation ?? null,
      ruleId: LICENCE_RULE,
      packId: pack.id,
      packVersion: pack.version,
    };
    if (filingLate) {
      const deadline = due.renewalDeadline!;
      const late = daysBetween(deadline, scope.today);
      const lead = rule ? String(rule.parameters['renewalLeadDays']?.value ?? '') : '';
      out.push({
        ...common,
        dueDate: deadline,
        daysLeft: -late,
        explanation: {
          vi: `Giấy phép số ${row.number} hết hạn ngày ${viDate(due.dueDate!)} (còn ${due.daysLeft} ngày); hạn nộp hồ sơ gia hạn (trước ${lead} ngày) là ${viDate(deadline)}, đã quá ${late} ngày. Nếu cơ sở chưa nộp hồ sơ gia hạn thì đã vi phạm thời hạn này.`,
          en: `Licence ${row.number} expires on ${viDate(due.dueDate!)} (${due.daysLeft} days left); the renewal had to be filed ${lead} days before, by ${viDate(deadline)}: ${late} days ago. Unless the facility has filed it, that deadline is missed.`,
        },
      });
      continue;
    }
    const renewal = due.renewalDeadline
      ? { vi: ` Hồ sơ gia hạn phải nộp trước ${viDate(due.renewalDeadline)}.`, en: ` Renewal must be filed by ${viDate(due.renewalDeadline)}.` }
      : { vi: '', en: '' };
    out.push({
      ...common,
      dueDate: due.dueDate,
      daysLeft: due.daysLeft,
      explanation: {
        vi: `Giấy phép số ${row.number} — ${due.label.vi}.${state === 'overdue' ? '' : renewal.vi}`,
        en: `Licence ${row.number} — ${due.label.en}.${state === 'overdue' ? '' : renewal.en}`,
      },
    });
  }
  return out;
}
