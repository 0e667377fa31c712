import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { count, ok, tempCore } from '../register/helpers';

const example = fs.readFileSync(path.resolve('tests/fixtures/admin-units/communes-example.csv'), 'utf8');

describe('a supervisor imports the commune list from a CSV file', () => {
  it('imports the example file (with an Excel BOM) and lists a province’s communes, searchable without accents', () => {
    const { core } = tempCore();
    const result = ok(core.call('adminUnits.importCommunes', { fileName: 'communes-example.csv', csv: `\uFEFF${example}` }));
    expect(result).toEqual({ importId: 1, imported: 6, provinces: ['dien-bien', 'son-la'] });
    const sonLa = ok(core.call('adminUnits.communes', { provinceCode: 'son-la' }));
    expect(sonLa.map((c) => c.name)).toEqual(['Phường Chiềng An', 'Phường Mộc Châu', 'Phường Tô Hiệu', 'Xã Mai Sơn', 'Xã Thuận Châu']);
    expect(sonLa[0]).toEqual({
      code: 'EX-SL-02',
      provinceCode: 'son-la',
      name: 'Phường Chiềng An',
      kind: 'phuong',
      legacyDistrict: 'Thành phố Sơn La',
      source: 'communes-example.csv (2025-11-20)',
      shipped: false,
    });
    expect(ok(core.call('adminUnits.communes', { provinceCode: 'son-la', query: 'to hieu' })).map((c) => c.code)).toEqual(['EX-SL-01']);
    expect(ok(core.call('adminUnits.communes', { provinceCode: 'dien-bien' }))[0]).toMatchObject({ name: 'Xã Điện Biên Đông', legacyDistrict: null });
  });

  it('replaces a province’s list on re-import and leaves other provinces alone', () => {
    const { core } = tempCore();
    ok(core.call('adminUnits.importCommunes', { fileName: 'a.csv', csv: example }));
    const again = 'province_code,code,name,kind\nson-la,EX-SL-09,Phường Chiềng Sinh,phuong\n';
    expect(ok(core.call('adminUnits.importCommunes', { fileName: 'b.csv', csv: again }))).toMatchObject({ imported: 1, provinces: ['son-la'] });
    expect(ok(core.call('adminUnits.communes', { provinceCode: 'son-la' })).map((c) => c.code)).toEqual(['EX-SL-09']);
    expect(ok(core.call('adminUnits.communes', { provinceCode: 'dien-bien' }))).toHaveLength(1);
  });

  it('refuses a bad row naming its line and column, and writes nothing', () => {
    const { core } = tempCore();
    ok(core.call('adminUnits.importCommunes', { fileName: 'good.csv', csv: example }));
    const cases: [string, number, string][] = [
      ['province_code,code,name,kind,legacy_district\nson-la,X1,Xã A,xa,\nson-la,X2,Xã B,huyen,\n', 3, 'kind'],
      ['province_code,code,name,kind\nson-la,X1,Xã A,xa\nson-la,X2,   ,xa\n', 3, 'name'],
      ['province_code,code,name,kind\nson-la,X1,Xã A,xa\nson-la,X1,Xã B,xa\n', 3, 'code'],
      ['province_code,code,name,kind\nsonla,X1,Xã A,xa\n', 2, 'province_code'],
      ['province_code,code,kind\nson-la,X1,xa\n', 1, 'name'],
    ];
    for (const [csv, line, column] of cases) {
      const r = core.call('adminUnits.importCommunes', { fileName: 'bad.csv', csv });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('BAD_FILE');
      expect(r.error.context).toMatchObject({ file: 'bad.csv', line, column });
      expect(r.error.en).toContain('Nothing was written');
    }
    const ragged = core.call('adminUnits.importCommunes', { fileName: 'ragged.csv', csv: 'province_code,code,name,kind\nson-la,X1,Xã A,xa\nson-la,X2\n' });
    expect(!ragged.ok && ragged.error.context).toMatchObject({ line: 3 });
    expect(count(core, 'admin_units')).toBe(6);
    expect(ok(core.call('adminUnits.communes', { provinceCode: 'son-la' }))).toHaveLength(5);
  });

  it('lists the 34 shipped provinces', () => {
    const { core } = tempCore();
    const provinces = ok(core.call('adminUnits.provinces', {}));
    expect(provinces).toHaveLength(34);
    expect(provinces.find((p) => p.code === 'son-la')?.name).toBe('Sơn La');
  });
});
