import { describe, expect, it } from 'vitest';
import { count, ok, tempCore } from '../register/helpers';

const SON_LA_HEADER = 'province_code,code,name,kind,legacy_district';

describe('Sơn La’s communes ship with KiemTra, and a supervisor’s import can be undone', () => {
  it('a fresh install lists Sơn La’s 75 units (8 phường, 67 xã), found without accents, marked as KiemTra’s own codes', () => {
    const { core } = tempCore();
    expect(count(core, 'admin_units')).toBe(0);
    const all = ok(core.call('adminUnits.communes', { provinceCode: 'son-la' }));
    expect(all).toHaveLength(75);
    expect(all.filter((c) => c.kind === 'phuong')).toHaveLength(8);
    expect(all.filter((c) => c.kind === 'xa')).toHaveLength(67);
    const found = ok(core.call('adminUnits.communes', { provinceCode: 'son-la', query: 'muong bam' }));
    expect(found.map((c) => c.name)).toEqual(['Xã Mường Bám']);
    expect(found[0]).toMatchObject({ shipped: true, code: 'SL-muong-bam' });
    expect(found[0]!.source).toContain('mã tạm');
    // Provinces with no shipped list stay empty until imported.
    expect(ok(core.call('adminUnits.communes', { provinceCode: 'dien-bien' }))).toEqual([]);
  });

  it('an import replaces the shipped list, is audited, and undoing it brings the previous list back', () => {
    const { core } = tempCore();
    const audits = count(core, 'audit_log');
    const first = ok(core.call('adminUnits.importCommunes', { fileName: 'chinh-thuc.csv', csv: `${SON_LA_HEADER}\nson-la,14107,Phường Tô Hiệu,phuong,Thành phố Sơn La\n` }));
    expect(ok(core.call('adminUnits.communes', { provinceCode: 'son-la' })).map((c) => c.code)).toEqual(['14107']);
    const second = ok(core.call('adminUnits.importCommunes', { fileName: 'sua.csv', csv: `${SON_LA_HEADER}\nson-la,14108,Phường Chiềng An,phuong,\nson-la,14109,Xã Mường Bám,xa,\n` }));
    expect(count(core, 'audit_log')).toBe(audits + 2);
    const history = ok(core.call('adminUnits.imports', {}));
    expect(history.map((h) => [h.id, h.fileName, h.imported, h.previousCount, h.undoneAt])).toEqual([
      [second.importId, 'sua.csv', 2, 1, null],
      [first.importId, 'chinh-thuc.csv', 1, 0, null],
    ]);
    // Only the latest import can be undone.
    const early = core.call('adminUnits.undoImport', { id: first.importId });
    expect(!early.ok && early.error.code).toBe('CONFLICT');

    ok(core.call('adminUnits.undoImport', { id: second.importId }));
    expect(ok(core.call('adminUnits.communes', { provinceCode: 'son-la' })).map((c) => c.code)).toEqual(['14107']);
    ok(core.call('adminUnits.undoImport', { id: first.importId }));
    expect(ok(core.call('adminUnits.communes', { provinceCode: 'son-la' }))).toHaveLength(75);
    const audit = core.db.prepare("SELECT action FROM audit_log WHERE entity = 'admin_units' ORDER BY rowid").all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['update', 'update', 'restore', 'restore']);
  });

  it('refuses control and bidirectional characters, formula cells and non-UTF-8 files, naming row and column, changing nothing', () => {
    const { core } = tempCore();
    ok(core.call('adminUnits.importCommunes', { fileName: 'good.csv', csv: `${SON_LA_HEADER}\nson-la,14107,Phường Tô Hiệu,phuong,\n` }));
    const before = { units: count(core, 'admin_units'), imports: count(core, 'admin_unit_imports'), audit: count(core, 'audit_log') };
    const cases: [string, number, string, RegExp][] = [
      [`${SON_LA_HEADER}\nson-la,X1,Xã A,xa,\nson-la,X2,Xã B\u0007,xa,\n`, 3, 'name', /control character/],
      [`${SON_LA_HEADER}\nson-la,X1,Xã \u202Eám,xa,\n`, 2, 'name', /bidirectional/],
      [`${SON_LA_HEADER}\nson-la,X1,Xã A,xa,\nson-la,X2,=1+2,xa,\n`, 3, 'name', /formula/],
      [`${SON_LA_HEADER}\nson-la,X1,Xã A,xa,+Huyện\n`, 2, 'legacy_district', /formula/],
      [`${SON_LA_HEADER}\nson-la,X1,Xã A,xa,-1\n`, 2, 'legacy_district', /formula/],
      [`${SON_LA_HEADER}\nson-la,X1,@Xã A,xa,\n`, 2, 'name', /formula/],
    ];
    for (const [csv, line, column, message] of cases) {
      const r = core.call('adminUnits.importCommunes', { fileName: 'bad.csv', csv });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('BAD_FILE');
      expect(r.error.context, r.error.en).toMatchObject({ file: 'bad.csv', line, column });
      expect(r.error.en).toMatch(message);
      expect(r.error.vi).toContain(`dòng ${line}, cột ${column}`);
    }
    // "Xã Mường Bám" saved as Windows-1258 by mistake: bytes that are not UTF-8.
    const latin = Buffer.concat([Buffer.from(`${SON_LA_HEADER}\nson-la,X1,Xã A,xa,\nson-la,X2,X`, 'utf8'), Buffer.from([0xe3, 0x20]), Buffer.from('M,xa,\n')]);
    const enc = core.call('adminUnits.importCommunes', { fileName: 'cp1258.csv', dataBase64: latin.toString('base64') });
    expect(!enc.ok && enc.error.code).toBe('BAD_FILE');
    expect(!enc.ok && enc.error.context).toMatchObject({ line: 3, encoding: 'not-utf8' });
    expect(!enc.ok && enc.error.en).toContain('not UTF-8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${SON_LA_HEADER}\n`, 'utf16le')]);
    expect(core.call('adminUnits.importCommunes', { fileName: 'u16.csv', dataBase64: utf16.toString('base64') }).ok).toBe(false);
    expect({ units: count(core, 'admin_units'), imports: count(core, 'admin_unit_imports'), audit: count(core, 'audit_log') }).toEqual(before);
    // The same file as real UTF-8 bytes is accepted.
    const good = Buffer.from(`${SON_LA_HEADER}\nson-la,X1,Xã Mường Bám,xa,\n`, 'utf8');
    expect(ok(core.call('adminUnits.importCommunes', { fileName: 'utf8.csv', dataBase64: good.toString('base64') })).imported).toBe(1);
  });
});
