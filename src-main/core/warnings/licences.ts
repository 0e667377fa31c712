import { viDate } from '../../../src-shared/rules/dates';
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
    const state = stateOf(due);
    if (!state || replaced) continue;
    const rule = findRule(pack, LICENCE_RULE);
    const renewal = due.renewalDeadline
      ? {
          vi: due.renewalDeadline >= scope.today ? ` Hồ sơ gia hạn phải nộp trước ${viDate(due.renewalDeadline)}.` : ` Hạn nộp hồ sơ gia hạn (${viDate(due.renewalDeadline)}) đã qua.`,
          en: due.renewalDeadline >= scope.today ? ` Renewal must be filed by ${due.renewalDeadline}.` : ` The renewal filing deadline (${due.renewalDeadline}) has passed.`,
        }
      : { vi: '', en: '' };
    out.push({
      kind: 'licence_expiry',
      state,
      severity: severityOf(state, rule),
      facilityId: facility.id,
      facilityName: facility.name,
      record: { entity: 'licence', id: row.id, label: row.number },
      dueDate: due.dueDate,
      daysLeft: due.daysLeft,
      explanation: {
        vi: `Giấy phép số ${row.number} — ${due.label.vi}.${state === 'overdue' ? '' : renewal.vi}`,
        en: `Licence ${row.number} — ${due.label.en}.${state === 'overdue' ? '' : renewal.en}`,
      },
      citation: rule?.citation ?? null,
      ruleId: LICENCE_RULE,
      packId: pack.id,
      packVersion: pack.version,
    });
  }
  return out;
}
