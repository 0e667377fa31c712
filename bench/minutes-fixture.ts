/**
 * The 60-item X-ray inspection with 4 JPEG photos and 2 drawn signatures that the minutes benches
 * print and sign (bench/minutes-pdf.ts, bench/signing.ts): real register records, every visible
 * item answered through the API, findings with requirements.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { answerKey, expandTemplate } from '../src-shared/checklists/expand';
import type { Item } from '../src-shared/checklists/schema';
import type { Core } from '../src-main/core/core';
import { checklistStore, requireTemplate } from '../src-main/core/checklists/store';
import { demoPhotoPng, demoSignaturePng } from '../src-main/core/demo/images';
import { inspectionFacts } from '../src-main/core/inspections/facts';
import { printPdf } from '../src-main/core/reports/pdf/printer';

export const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { en: string } }): T => {
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
};

/** Real JPEG photos (what the app stores after downscaling), made by poppler from a rendered page. */
export function jpegPhotos(resourcesDir: string, dir: string, n: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const pdf = printPdf({ content: [{ image: 'p', width: 500 }, { text: `Ảnh hiện trường ${i + 1}`, fontSize: 40 }] }, { resourcesDir, images: { p: demoPhotoPng() } });
    const file = path.join(dir, `photo-${i}.pdf`);
    fs.writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-jpeg', '-jpegopt', 'quality=85', '-scale-to', '1600', '-singlefile', file, path.join(dir, `photo-${i}`)]);
    out.push(fs.readFileSync(path.join(dir, `photo-${i}.jpg`)));
  }
  return out;
}

function value(item: Item, i: number): unknown {
  switch (item.type) {
    case 'yes_no_na':
      return i % 9 === 0 ? 'no' : 'yes';
    case 'number':
      return item.min ?? 0.5;
    case 'text':
      return `Ghi nhận tại hiện trường số ${i}`;
    case 'date':
      return '2025-06-15';
    case 'choice':
      return item.choices?.[0]?.key ?? null;
    case 'multi_choice':
      return item.choices?.[0] ? [item.choices[0].key] : null;
    case 'measurement_table': {
      const cols = item.table!.columns;
      const row = (point: string, measured: number) => ({ cells: Object.fromEntries(cols.map((c) => [c.key, c.key === 'point' ? point : c.type === 'choice' ? c.choices![0]!.key : c.type === 'number' ? measured : c.type === 'unit' ? (c.unit ?? null) : 'x'])) });
      return item.table!.rows === 'free' ? [row('Bàn điều khiển', 0.8), row('Cửa phòng chụp', 0.3), row('Hành lang chờ', 0.7)] : item.table!.rows.map((r) => ({ row: r.key, cells: { value: '12' } }));
    }
    default:
      return null;
  }
}

export function buildInspection(core: Core, resourcesDir: string, photos: Buffer[]): { id: string; items: number } {
  const facility = ok(core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la', commune: 'Phường Tô Hiệu', street: 'Đường Chu Văn Thịnh' }));
  ok(core.call('xrayUnits.create', { facilityId: facility.id, type: 'general', manufacturer: 'Shimadzu', model: 'RADspeed', serial: 'GX-01' }));
  ok(core.call('xrayUnits.create', { facilityId: facility.id, type: 'ct', manufacturer: 'Siemens', model: 'Somatom', serial: 'CT-02' }));
  ok(core.call('workers.create', { facilityId: facility.id, name: 'Quàng Thị Hoa', role: 'radiographer' }));
  ok(core.call('licences.create', { facilityId: facility.id, kind: 'giay_phep', number: '27/GP-SKHCN', issuedOn: '2024-05-20', expiresOn: '2027-05-20' }));
  const inspection = ok(
    core.call('inspections.create', {
      facilityId: facility.id,
      kind: 'radiation',
      templateId: 'xray-diagnostic',
      decisionNumber: '125/QĐ-SKHCN',
      decisionDate: '2025-11-10',
      decisionIssuer: 'Giám đốc Sở Khoa học và Công nghệ tỉnh Sơn La',
      team: [
        { name: 'Nguyễn Văn Hùng', position: 'Phó Giám đốc Sở', role: 'truong_doan' },
        { name: 'Lò Thị Mai', position: 'Chuyên viên', role: 'thanh_vien' },
      ],
      facilityRepresentatives: [{ name: 'Hoàng Văn Sơn', position: 'Phó Giám đốc' }],
      startedAt: '2025-11-20T08:30',
      endedAt: '2025-11-20T11:45',
      place: 'Bệnh viện Đa khoa tỉnh Sơn La',
      conclusion: 'Cơ sở cơ bản chấp hành quy định.',
      facilityOpinion: 'Thống nhất.',
    }),
  );
  const { template } = requireTemplate(checklistStore(resourcesDir), 'xray-diagnostic');
  const answers = new Map<string, unknown>();
  let items = 0;
  let photo = 0;
  for (let pass = 0; pass < 3; pass++) {
    for (const v of expandTemplate(template, inspectionFacts(core.env, inspection), answers).flatMap((s) => s.items)) {
      const key = answerKey(v.item.key, v.instanceKey);
      if (answers.has(key)) continue;
      answers.set(key, true);
      items++;
      if (v.item.type === 'photo') {
        // One photo per photo item, the rest (to 4) on the site photos.
        const count = v.item.key === 'site_photos' ? photos.length - photo : 1;
        for (let k = 0; k < count && photo < photos.length; k++) {
          const blob = ok(core.call('blobs.put', { dataBase64: photos[photo++]!.toString('base64'), fileName: 'anh.jpg', mime: 'image/jpeg' }));
          ok(core.call('attachments.add', { inspectionId: inspection.id, itemKey: v.item.key, instanceKey: v.instanceKey, kind: 'photo', sha256: blob.sha256, caption: 'Ảnh hiện trường' }));
        }
      } else if (v.item.type === 'signature') {
        if (v.item.key === 'sig_thanh_vien') continue;
        const name = v.item.key === 'sig_truong_doan' ? 'Nguyễn Văn Hùng' : 'Hoàng Văn Sơn';
        const blob = ok(core.call('blobs.put', { dataBase64: demoSignaturePng(name).toString('base64'), fileName: 'ky.png', mime: 'image/png' }));
        ok(core.call('attachments.add', { inspectionId: inspection.id, itemKey: v.item.key, kind: 'signature', sha256: blob.sha256, signerName: name, signerRole: v.item.key === 'sig_truong_doan' ? 'truong_doan' : 'dai_dien_co_so' }));
      } else {
        const val = value(v.item, items);
        answers.set(key, val);
        ok(core.call('inspections.saveAnswer', { inspectionId: inspection.id, itemKey: v.item.key, instanceKey: v.instanceKey, value: val }));
      }
    }
  }
  ok(core.call('inspections.judge', { inspectionId: inspection.id }));
  for (const f of ok(core.call('findings.list', { inspectionId: inspection.id }))) {
    ok(core.call('requirements.create', { inspectionId: inspection.id, findingId: f.id, text: `Khắc phục: ${f.title}`, responsible: 'Người phụ trách an toàn', deadline: '2025-12-20' }));
  }
  return { id: inspection.id, items };
}

