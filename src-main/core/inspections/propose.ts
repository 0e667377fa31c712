import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { ProposeInput, TemplateProposal } from '../../../src-shared/api/check-flow';
import { expandTemplate, type ExpansionFacts } from '../../../src-shared/checklists/expand';
import type { InspectionKind, Template } from '../../../src-shared/checklists/schema';
import type { CoreContext } from '../context';
import type { ChecklistStore } from '../checklists/store';
import { inspectionFacts } from './facts';

const KIND_OF_SUBJECT: Record<Template['subject'], InspectionKind> = { xray: 'radiation', sources: 'radiation', wastewater: 'wastewater', follow_up: 'follow_up' };

interface Fit {
  fits: boolean;
  /** How strongly the register calls for this form (records it would check). */
  weight: number;
  reason: { vi: string; en: string };
}

function fitOf(template: Template, facts: ExpansionFacts, openRequirements: number): Fit {
  const f = facts.facility;
  const n = (v: unknown) => (typeof v === 'number' ? v : 0);
  switch (template.subject) {
    case 'xray': {
      const units = n(f.xrayUnitCount);
      return units > 0
        ? { fits: true, weight: units, reason: { vi: `Sổ đăng ký có ${units} thiết bị X-quang`, en: `The register holds ${units} X-ray unit(s)` } }
        : { fits: false, weight: 0, reason: { vi: 'Sổ đăng ký chưa có thiết bị X-quang nào', en: 'The register holds no X-ray unit' } };
    }
    case 'sources': {
      const sources = n(f.sealedSourceCount);
      return sources > 0
        ? { fits: true, weight: sources, reason: { vi: `Sổ đăng ký có ${sources} nguồn phóng xạ kín`, en: `The register holds ${sources} sealed source(s)` } }
        : { fits: false, weight: 0, reason: { vi: 'Sổ đăng ký chưa có nguồn phóng xạ kín nào', en: 'The register holds no sealed source' } };
    }
    case 'wastewater': {
      const systems = n(f.wastewaterSystemCount);
      if (systems > 0) return { fits: true, weight: systems, reason: { vi: `Sổ đăng ký có ${systems} hệ thống xử lý nước thải`, en: `The register holds ${systems} wastewater system(s)` } };
      return f.kind === 'hospital'
        ? { fits: true, weight: 0.5, reason: { vi: 'Bệnh viện phải có hệ thống xử lý nước thải (sổ đăng ký chưa ghi)', en: 'A hospital must treat its wastewater (none recorded yet)' } }
        : { fits: false, weight: 0, reason: { vi: 'Sổ đăng ký chưa có hệ thống xử lý nước thải', en: 'The register holds no wastewater system' } };
    }
    case 'follow_up':
      return openRequirements > 0
        ? { fits: true, weight: openRequirements, reason: { vi: `Còn ${openRequirements} yêu cầu khắc phục chưa đóng`, en: `${openRequirements} corrective requirement(s) still open` } }
        : { fits: false, weight: 0, reason: { vi: 'Không còn yêu cầu khắc phục nào đang mở', en: 'No corrective requirement is open' } };
  }
}

/**
 * The templates a new check of this facility can use, the one fitting its register first
 * (an X-ray clinic with no sources is not offered the sealed-source form first). Reads only.
 */
export function proposeTemplates(ctx: CoreContext, store: ChecklistStore, input: z.output<typeof ProposeInput>): TemplateProposal[] {
  const facility = ctx.db.prepare('SELECT id FROM facilities WHERE id = ? AND deleted_at IS NULL').get(input.facilityId);
  if (!facility) {
    throw new KiemTraError('VALIDATION', `Không tìm thấy cơ sở ${input.facilityId}`, `No facility with id ${input.facilityId}`, {
      issues: [{ path: 'facilityId', vi: 'Không tìm thấy cơ sở', en: 'No such facility' }],
    });
  }
  const openRequirements = (
    ctx.db.prepare("SELECT count(*) AS n FROM requirements WHERE facility_id = ? AND status = 'open' AND deleted_at IS NULL").get(input.facilityId) as { n: number }
  ).n;
  const out: (TemplateProposal & { weight: number })[] = [];
  for (const summary of store.summaries) {
    const indexed = store.find(summary.id, summary.version);
    if (!indexed || indexed.template.version !== summary.version || store.find(summary.id)?.template.version !== summary.version) continue;
    const t = indexed.template;
    if (input.kind && !t.kinds.includes(input.kind)) continue;
    const kind = input.kind ?? KIND_OF_SUBJECT[t.subject];
    const facts = inspectionFacts(ctx, { facilityId: input.facilityId, kind });
    const fit = fitOf(t, facts, openRequirements);
    const sections = expandTemplate(t, facts);
    out.push({
      templateId: t.id,
      version: t.version,
      title: t.title,
      kinds: t.kinds,
      suggestedKind: kind,
      fits: fit.fits,
      reason: fit.reason,
      sections: sections.length,
      items: sections.reduce((n, s) => n + s.items.length, 0),
      weight: fit.weight,
    });
  }
  out.sort((a, b) => Number(b.fits) - Number(a.fits) || b.weight - a.weight || a.title.vi.localeCompare(b.title.vi, 'vi'));
  return out.map(({ weight: _weight, ...p }) => p);
}
