import { describe, expect, it } from 'vitest';
import { ok, tempCore } from '../register/helpers';

describe('two checks of one facility under the same decision read apart in search (issue 7)', () => {
  it('shows each check with its date (dd/MM/yyyy), kind and template beside the decision number', () => {
    const { core } = tempCore();
    const facilityId = ok(core.call('facilities.create', { name: 'Bệnh viện Đa khoa Mộc Châu', kind: 'hospital', provinceCode: 'son-la' })).id;
    const xray = ok(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '31/QĐ-SKHCN', startedAt: '2025-11-20T08:30' })).id;
    const water = ok(core.call('inspections.create', { facilityId, kind: 'wastewater', templateId: 'wastewater-hospital', decisionNumber: '31/QĐ-SKHCN', startedAt: '2025-11-21T14:00' })).id;
    const hits = ok(core.call('search.all', { query: '31/QĐ', entities: ['inspection'] })).rows;
    const byId = new Map(hits.map((h) => [h.id, h]));
    expect(byId.get(xray)).toMatchObject({
      title: 'Kiểm tra theo QĐ 31/QĐ-SKHCN',
      subtitle: '20/11/2025 · An toàn bức xạ · Kiểm tra an toàn bức xạ cơ sở X-quang chẩn đoán y tế',
    });
    expect(byId.get(water)).toMatchObject({
      title: 'Kiểm tra theo QĐ 31/QĐ-SKHCN',
      subtitle: '21/11/2025 · Công nghệ xử lý nước thải · Kiểm tra công nghệ hệ thống xử lý nước thải y tế',
    });
    const lines = hits.map((h) => `${h.title} ${h.subtitle}`);
    expect(new Set(lines).size).toBe(lines.length);
  });
});
