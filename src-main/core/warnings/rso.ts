import { evaluateRso, XRAY_UNIT_TYPES, type XrayUnitType } from '../../../src-shared/rules/radiation';
import { findRule } from '../../../src-shared/rules/verdict';
import type { RegisterWarning } from '../../../src-shared/schemas/warning';
import { severityOf, type WarningScope } from './scope';

const RSO_RULE = 'radiation.rso';

/** Facilities with X-ray units in use but no RSO appointed with a certificate (the pack says who is exempt). */
export function rsoWarnings(scope: WarningScope): RegisterWarning[] {
  const units = scope.env.db.prepare("SELECT unit_type FROM xray_units WHERE facility_id = ? AND deleted_at IS NULL AND status = 'in_use'");
  const rsos = scope.env.db.prepare('SELECT rso_certificate_no FROM workers WHERE facility_id = ? AND deleted_at IS NULL AND is_rso = 1 ORDER BY rso_certificate_no IS NULL, id');
  const out: RegisterWarning[] = [];
  for (const facility of scope.facilities) {
    const types = (units.all(facility.id) as { unit_type: string }[]).map((u) =>
      (XRAY_UNIT_TYPES as readonly string[]).includes(u.unit_type) ? (u.unit_type as XrayUnitType) : 'other',
    );
    if (types.length === 0) continue;
    const pack = scope.packFor(facility, 'radiation');
    if (!pack) continue;
    const rso = rsos.get(facility.id) as { rso_certificate_no: string | null } | undefined;
    const v = evaluateRso(pack, { units: types.map((type) => ({ type, imaging: null })), appointed: rso !== undefined, certificateNumber: rso?.rso_certificate_no ?? null });
    if (v.status !== 'fail') continue;
    const rule = findRule(pack, RSO_RULE);
    // The register not recording an RSO is missing data, not a judged failure: the check decides.
    const explanation = rso
      ? {
          vi: 'Sổ đăng ký có người phụ trách an toàn nhưng chưa ghi số chứng chỉ; cần xác minh chứng chỉ khi kiểm tra.',
          en: 'The register has an RSO but no certificate number; verify the certificate at the check.',
        }
      : {
          vi: 'Cơ sở có thiết bị X-quang đang sử dụng nhưng sổ đăng ký chưa ghi người phụ trách an toàn được phân công; cần xác minh quyết định phân công và chứng chỉ khi kiểm tra.',
          en: 'The facility has X-ray units in use but the register records no appointed RSO; verify the appointment and certificate at the check.',
        };
    out.push({
      kind: 'rso_missing',
      state: 'missing',
      severity: severityOf('missing', rule),
      facilityId: facility.id,
      facilityName: facility.name,
      record: { entity: 'facility', id: facility.id, label: facility.name },
      dueDate: null,
      daysLeft: null,
      explanation,
      citation: v.citation,
      ruleId: RSO_RULE,
      packId: pack.id,
      packVersion: pack.version,
    });
  }
  return out;
}
