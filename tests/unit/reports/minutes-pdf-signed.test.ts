import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { IMPORT_REASON, signedBySupervisor, trustSupervisor } from '../rules/signing';
import { ok, rawDb, readyCheck, refused, resourcesDir, signedCheck, tempCore } from '../minutes/helpers';

/** The minutes PDF as the app and `kiemtra minutes` get it, kept under test-artifacts/ for people to look at. */
function printed(core: Core, inspectionId: string, name: string, lang: 'vi' | 'en' = 'vi') {
  const r = ok(core.call('inspections.minutesPdf', { inspectionId, lang }));
  const dir = path.resolve('test-artifacts', 'minutes-signed');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  const bytes = Buffer.from(r.dataBase64, 'base64');
  fs.writeFileSync(file, bytes);
  return { file, bytes, draft: r.draft };
}
const text = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
/** Page numbers that draw at least one image (pdfimages lists one row per image drawn on a page). */
function pagesWithImages(file: string): Set<number> {
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return new Set(rows.map((r) => Number(r.trim().split(/\s+/)[0])));
}

describe('the PDF of signed minutes is printed from their frozen snapshot alone', () => {
  it('has the hash and its QR code on every page and no "BẢN NHÁP"; deleting or editing the unit and the facility, editing the answers (refused) and swapping the rule pack change neither its text nor its bytes nor the hash', () => {
    const { core } = tempCore();
    const { id, unitId, facilityId, minutes } = signedCheck(core);
    const hash = minutes.original.sha256;
    const first = printed(core, id, 'signed-vi.pdf');
    expect(first.draft).toBe(false);
    const firstText = text(first.file, '-layout');
    const n = pages(first.file);
    const withImages = pagesWithImages(first.file);
    for (let p = 1; p <= n; p++) {
      const page = text(first.file, '-layout', '-f', String(p), '-l', String(p));
      expect(page, `page ${p}`).toContain(hash);
      expect(page, `page ${p}`).toContain(`Trang ${p}/${n}`);
      expect(page, `page ${p}`).not.toContain('BẢN NHÁP');
      expect(withImages.has(p), `QR on page ${p}`).toBe(true);
    }
    // What the register said at signing: the unit's serial, the facility's name, the failed console reading.
    expect(firstText).toContain('GX-77');
    expect(firstText).toContain('Bệnh viện Đa khoa tỉnh Sơn La');
    expect(firstText).toMatch(/12 µSv\/h\s+≤ 10 µSv\/h\s+Không đạt/);

    ok(core.call('xrayUnits.update', { id: unitId, patch: { serial: 'ĐÃ-ĐỔI' } }));
    ok(core.call('xrayUnits.delete', { id: unitId, reason: 'Nhập trùng' }));
    ok(core.call('facilities.update', { id: facilityId, patch: { name: 'Tên mới của bệnh viện' } }));
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'no' })).code).toBe('CONFLICT');
    const pack = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'rules', 'radiation-xray-142-2020.json'), 'utf8'));
    pack.version = '1.1.0';
    pack.rules.find((r: { id: string }) => r.id === 'radiation.dose_rate.console').parameters.max.value = 20;
    trustSupervisor(core);
    ok(core.call('rules.packs.import', { fileName: 'radiation-1.1.0.json', json: signedBySupervisor(pack), reason: IMPORT_REASON }));
    ok(core.call('facilities.delete', { id: facilityId, reason: 'Nhập trùng' }));

    const again = printed(core, id, 'signed-vi-after-changes.pdf');
    expect(again.draft).toBe(false);
    expect(text(again.file, '-layout')).toBe(firstText);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(ok(core.call('minutes.get', { inspectionId: id }))!.original.sha256).toBe(hash);
    // The English print of the same snapshot: the same hash, the words of the app in English.
    const en = text(printed(core, id, 'signed-en.pdf', 'en').file, '-layout');
    expect(en).toContain('INSPECTION MINUTES');
    expect(en).toContain(hash);
    expect(en).toContain('GX-77');
  });

  it('a draft prints "BẢN NHÁP" on every page and no hash', () => {
    const { core } = tempCore();
    const { id } = readyCheck(core);
    const draft = printed(core, id, 'draft-vi.pdf');
    expect(draft.draft).toBe(true);
    const n = pages(draft.file);
    for (let p = 1; p <= n; p++) {
      const page = text(draft.file, '-layout', '-f', String(p), '-l', String(p));
      expect(page, `page ${p}`).toContain('BẢN NHÁP');
      expect(page, `page ${p}`).not.toContain('Mã nội dung (SHA-256)');
    }
  });

  it('amendments print under the original, which prints as before: each with its reason, what was recorded and what it is corrected to, and its own hash', () => {
    const { core } = tempCore();
    const { id, minutes } = signedCheck(core);
    const before = printed(core, id, 'before-amendment.pdf');
    const beforeText = text(before.file, '-layout');
    const amended = ok(
      core.call('minutes.amend', {
        inspectionId: id,
        reason: 'Ghi nhầm số giấy phép khi lập biên bản',
        changes: [{ itemKey: 'licence_number', value: '125/GP-SKHCN', note: 'Theo bản gốc giấy phép' }],
      }),
    );
    ok(core.call('minutes.amend', { inspectionId: id, reason: 'Bổ sung ý kiến', text: 'Cơ sở cam kết khắc phục trước ngày 20/12/2025.' }));
    const after = printed(core, id, 'amended-vi.pdf');
    const afterText = text(after.file, '-layout');
    const n = pages(after.file);
    expect(n).toBeGreaterThan(pages(before.file));
    // The original's pages are the same text (only the page count in "Trang x/y" grows).
    const upTo = (t: string, marker: string) => (t.includes(marker) ? t.slice(0, t.indexOf(marker)) : t);
    const strip = (t: string) => t.replace(/Trang \d+\/\d+/g, '').replace(/\f/g, '').trimEnd();
    expect(afterText).toContain('BIÊN BẢN BỔ SUNG SỐ 01');
    expect(strip(upTo(afterText, 'BIÊN BẢN BỔ SUNG SỐ 01')).length).toBeGreaterThan(2000);
    expect(strip(upTo(afterText, 'BIÊN BẢN BỔ SUNG SỐ 01'))).toBe(strip(upTo(beforeText, 'PHỤ LỤC: HÌNH ẢNH')));
    for (let p = 1; p <= n; p++) expect(text(after.file, '-layout', '-f', String(p), '-l', String(p)), `page ${p}`).toContain(minutes.original.sha256);
    expect(afterText).toContain('BIÊN BẢN BỔ SUNG SỐ 01');
    expect(afterText).toContain('BIÊN BẢN BỔ SUNG SỐ 02');
    expect(afterText).toContain('Ghi nhầm số giấy phép khi lập biên bản');
    expect(afterText).toMatch(/Đã kiểm tra\s+125\/GP-SKHCN/);
    expect(afterText).toContain('Theo bản gốc giấy phép');
    expect(afterText).toContain('Cơ sở cam kết khắc phục trước ngày 20/12/2025.');
    expect(afterText).toContain(amended.amendments[0]!.sha256);
    expect(afterText).toContain('Người lập và ký: Nguyễn Văn Hùng');
    expect(ok(core.call('minutes.get', { inspectionId: id }))!.original.canonical).toBe(minutes.original.canonical);
  });

  it('a stored snapshot changed behind the locks (triggers dropped) is not printed: a clear error names the inspection', () => {
    const { core, dir } = tempCore();
    const { id } = signedCheck(core);
    const db = rawDb(dir);
    for (const t of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'minutes'").pluck().all() as string[]) db.exec(`DROP TRIGGER ${t}`);
    db.prepare("UPDATE minutes SET snapshot = replace(snapshot, 'GX-77', 'GX-78') WHERE inspection_id = ?").run(id);
    db.close();
    const e = refused(core.call('inspections.minutesPdf', { inspectionId: id }));
    expect(e.code).toBe('DB_CORRUPT');
    expect(e.vi).toContain(id);
    expect(e.en).toContain('no longer match their stored SHA-256 hash');
  });
});
