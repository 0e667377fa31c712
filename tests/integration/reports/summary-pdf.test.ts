import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFilter } from '../../../src-shared/schemas/report';
import { ok, reportWorld, type ReportWorld } from './support';

let world: ReportWorld;
beforeAll(() => {
  world = reportWorld();
});
afterAll(() => world.core.close());

const filter: ReportFilter = { from: '2026-01-01', to: '2026-06-30', commune: null, kind: null, team: null };

function save(file: { fileName: string; base64: string }, tag = ''): string {
  const out = path.join(world.dir, tag ? file.fileName.replace(/(\.\w+)$/, `_${tag}$1`) : file.fileName);
  fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
  return out;
}
const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');

describe('the supervisor prints the "Báo cáo kết quả kiểm tra"', () => {
  it('as a PDF whose text (pdftotext) holds the official heading, every figure of the dashboard and every check of the period', async () => {
    const file = ok(await world.core.callAsync('reports.export', { filter, format: 'pdf' }));
    expect(file.fileName).toBe('bao-cao-ket-qua-kiem-tra_2026-01-01_2026-06-30.pdf');
    expect(file.mime).toBe('application/pdf');
    const pdf = save(file);
    const t = text(pdf);
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'BÁO CÁO', 'Từ ngày 01/01/2026 đến ngày 30/06/2026', 'Sơn La, ngày 02 tháng 12 năm 2026']) {
      expect(t, line).toContain(line);
    }
    for (const h of ['I. PHẠM VI BÁO CÁO', 'II. KẾT QUẢ CHUNG', 'III. KẾT QUẢ THEO LOẠI KIỂM TRA', 'IV. KẾT QUẢ THEO XÃ, PHƯỜNG', 'V. KẾT QUẢ THEO THÁNG', 'VI. TỒN TẠI, VI PHẠM PHÁT HIỆN VÀ YÊU CẦU KHẮC PHỤC', 'IX. DANH SÁCH CÁC CUỘC KIỂM TRA', 'NGƯỜI LẬP BÁO CÁO', 'Giám sát viên Sở']) {
      expect(t, h).toContain(h);
    }
    // The figures are the dashboard's, one computation for the screen and the paper.
    const data = ok(world.core.call('reports.dashboard', filter));
    const figure = (label: string) => new RegExp(`${label.replace(/[()]/g, '\\$&')}\\s+(\\d[\\d.]*)`).exec(t)?.[1];
    expect(figure('Số cuộc kiểm tra')).toBe(String(data.checks.total));
    expect(figure('Thiết bị X-quang đang sử dụng')).toBe(String(data.register.xrayUnitsInUse));
    expect(figure('Yêu cầu khắc phục còn mở')).toBe(String(data.requirements.open));
    expect(t).toContain(`Tổng cộng ${data.checks.total} cuộc kiểm tra.`);
    // Every check of the period is listed by its decision number.
    const decisions = world.core.db
      .prepare("SELECT decision_number AS d FROM inspections WHERE deleted_at IS NULL AND status <> 'cancelled' AND sort_date BETWEEN ? AND ?")
      .all(filter.from, filter.to) as { d: string }[];
    expect(decisions.length).toBe(data.checks.total);
    for (const { d } of decisions) expect(t, d).toContain(d);
    // Page numbers and embedded fonts only.
    expect(t).toMatch(/Trang 1\/\d+/);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((l) => / yes /.test(l))).toBe(true);
    // Look at page 1 as a person would (kept as a test artifact).
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(world.dir, 'summary-page')]);
  });

  it('in English on request, and says so when the period holds no check', async () => {
    const en = text(save(ok(await world.core.callAsync('reports.export', { filter, format: 'pdf', lang: 'en' })), 'en'));
    expect(en).toContain('SOCIALIST REPUBLIC OF VIET NAM');
    expect(en).toContain('LIST OF CHECKS');
    expect(en).toContain('From 01/01/2026 to 30/06/2026');
    const empty = text(save(ok(await world.core.callAsync('reports.export', { filter: { ...filter, from: '2020-01-01', to: '2020-01-31' }, format: 'pdf' })), 'empty'));
    expect(empty).toContain('Trong kỳ báo cáo không có cuộc kiểm tra nào.');
    expect(empty).toContain('Tổng cộng 0 cuộc kiểm tra.');
  });

  it('and a zip of every signed Biên bản of the period, with a list naming each file and its hash', async () => {
    const file = ok(await world.core.callAsync('reports.export', { filter, format: 'zip' }));
    expect(file.fileName).toBe('bien-ban-kiem-tra_2026-01-01_2026-06-30.zip');
    const zip = save(file);
    const entries = await new Promise<Map<string, Buffer>>((resolve, reject) => {
      const out = new Map<string, Buffer>();
      yauzl.open(zip, { lazyEntries: true }, (err, z) => {
        if (err || !z) return reject(err ?? new Error('no zip'));
        z.on('entry', (e: yauzl.Entry) =>
          z.openReadStream(e, (err2, s) => {
            if (err2 || !s) return reject(err2 ?? new Error('no stream'));
            const chunks: Buffer[] = [];
            s.on('data', (c: Buffer) => chunks.push(c));
            s.on('end', () => {
              out.set(e.fileName, Buffer.concat(chunks));
              z.readEntry();
            });
          }),
        );
        z.on('end', () => resolve(out));
        z.readEntry();
      });
    });
    const signed = world.core.db
      .prepare("SELECT m.sha256 FROM inspections i JOIN minutes m ON m.inspection_id = i.id AND m.seq = 0 WHERE i.deleted_at IS NULL AND i.status = 'signed' AND i.sort_date BETWEEN ? AND ?")
      .all(filter.from, filter.to) as { sha256: string }[];
    expect(signed.length).toBeGreaterThan(0);
    const pdfs = [...entries.keys()].filter((n) => n.endsWith('.pdf'));
    expect(pdfs.length).toBe(signed.length);
    for (const n of pdfs) expect(entries.get(n)!.subarray(0, 5).toString('latin1'), n).toBe('%PDF-');
    const list = entries.get('danh-sach.csv')!.toString('utf8');
    expect(list.charCodeAt(0)).toBe(0xfeff);
    for (const { sha256 } of signed) expect(list).toContain(sha256);
    for (const n of pdfs) expect(list).toContain(n);
  });
});
