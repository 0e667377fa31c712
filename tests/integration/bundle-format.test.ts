import { png as realPng } from '../unit/inspections/helpers';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { device, exportFrom, ok, Wall } from '../unit/sync/helpers';

/** Reads a bundle with only the rules of docs/bundle-format.md: zipfile, json, hashlib. */
const READER = String.raw`
import hashlib, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
assert len(names) == len(set(names)), 'duplicate names'
m = json.loads(z.read('manifest.json'))
assert m['format'] == 'kiemtra-bundle' and m['formatVersion'] == 1
for p in m['parts']:
    data = z.read(p['name'])
    assert hashlib.sha256(data).hexdigest() == p['sha256'] and len(data) == p['size'], p['name']
out = {'device': m['device']['id'], 'kinds': {}}
for name in names:
    if name.startswith('changes/'):
        kind = name[len('changes/'):-len('.jsonl')]
        lines = [json.loads(l) for l in z.read(name).decode('utf-8').splitlines() if l]
        assert len(lines) == m['counts'][kind]
        out['kinds'][kind] = lines
for l in z.read('blobs.jsonl').decode('utf-8').splitlines():
    b = json.loads(l)
    assert hashlib.sha256(z.read('blobs/' + b['sha256'])).hexdigest() == b['sha256']
    out.setdefault('blobs', []).append(b['mime'])
tail = open(sys.argv[1], 'rb').read()[-104:]
assert tail.startswith(b'KIEMTRA-ED25519:')
print(json.dumps(out, ensure_ascii=False))
`;

describe('docs/bundle-format.md is enough to read a bundle without KiemTra', () => {
  it('Python reads the manifest, checks every part hash and finds the records under their logical names', async () => {
    const wall = new Wall();
    const laptop = device('laptop', wall);
    const fac = ok(laptop.core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la', beds: 500 }));
    const insp = ok(laptop.core.call('inspections.create', { facilityId: fac.id, kind: 'radiation', templateId: 'xray-diagnostic' }));
    ok(laptop.core.call('inspections.saveAnswer', { inspectionId: insp.id, itemKey: 'licence_present', instanceKey: '', value: 'yes' }));
    const png = realPng(8, 8);
    const sha = ok(laptop.core.call('blobs.put', { dataBase64: png.toString('base64'), fileName: 'a.png', mime: 'image/png' })).sha256;
    ok(laptop.core.call('attachments.add', { inspectionId: insp.id, itemKey: 'licence_present', kind: 'photo', sha256: sha }));
    const file = await exportFrom(laptop);
    const script = path.join(laptop.dir, 'read.py');
    fs.writeFileSync(script, READER);
    const r = spawnSync('/usr/bin/python3', [script, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.device).toBe(laptop.core.env.deviceId);
    expect(out.kinds.facility[0].fields).toMatchObject({ name: 'Bệnh viện Đa khoa tỉnh Sơn La', beds: 500, provinceCode: 'son-la', deletedAt: null });
    expect(out.kinds.inspection_answer[0].fields).toMatchObject({ itemKey: 'licence_present', value: '"yes"' });
    expect(out.blobs).toEqual(['image/png']);
  });
});
