import { describe, expect, it } from 'vitest';
import { count, hospital, ok, png, refused, tempCore } from './helpers';

describe('photos and signatures are stored once, and only images are accepted', () => {
  it('stores an image by SHA-256 with its size, and keeps a second upload of the same image once', () => {
    const { core } = tempCore();
    const image = png(640, 480);
    const first = ok(core.call('blobs.put', { dataBase64: image.toString('base64'), fileName: 'phong-chup.png', mime: 'image/png' }));
    expect(first).toMatchObject({ mime: 'image/png', width: 640, height: 480, size: image.length, existed: false });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = ok(core.call('blobs.put', { dataBase64: image.toString('base64'), fileName: 'copy.png', mime: 'image/png' }));
    expect(again).toMatchObject({ sha256: first.sha256, existed: true });
    expect(count(core, 'blobs')).toBe(1);
    const back = ok(core.call('blobs.get', { sha256: first.sha256 }));
    expect(Buffer.from(back.dataBase64, 'base64').equals(image)).toBe(true);
  });

  it('refuses a text file even when it claims to be a JPEG', () => {
    const { core } = tempCore();
    const text = Buffer.from('Biên bản kiểm tra — không phải ảnh', 'utf8');
    const error = refused(core.call('blobs.put', { dataBase64: text.toString('base64'), fileName: 'bien-ban.jpg', mime: 'image/jpeg' }));
    expect(error.code).toBe('BAD_FILE');
    expect(error.vi).toContain('bien-ban.jpg không phải là ảnh');
    expect(count(core, 'blobs')).toBe(0);
  });

  it('refuses an image over 50 MB', () => {
    const { core } = tempCore();
    const big = Buffer.alloc(51 * 1024 * 1024);
    png(4000, 3000).copy(big);
    const error = refused(core.call('blobs.put', { dataBase64: big.toString('base64'), fileName: 'lon.png', mime: 'image/png' }));
    expect(error.code).toBe('BAD_FILE');
    expect(error.en).toContain('51.0 MB, over the 50 MB limit');
    expect(count(core, 'blobs')).toBe(0);
  });

  it('attaches a signature to its item, counts it in progress, and removes it as a tombstone', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const id = ok(core.call('inspections.create', { facilityId, kind: 'follow_up', templateId: 'follow-up' })).id;
    const blob = ok(core.call('blobs.put', { dataBase64: png(300, 120).toString('base64'), fileName: 'chu-ky.png', mime: 'image/png' }));
    const before = ok(core.call('inspections.progress', { id })).answered;
    const sig = ok(
      core.call('attachments.add', { inspectionId: id, itemKey: 'sig_truong_doan', kind: 'signature', sha256: blob.sha256, signerName: 'Nguyễn Văn Hùng', signerRole: 'truong_doan' }),
    );
    expect(sig).toMatchObject({ blobSha256: blob.sha256, signerRole: 'truong_doan', instanceKey: '' });
    expect(ok(core.call('inspections.progress', { id })).answered).toBe(before + 1);
    // A photo may back up any answer; a signature goes only where the minutes are signed.
    const evidence = ok(core.call('attachments.add', { inspectionId: id, itemKey: 'overall', kind: 'photo', sha256: blob.sha256, caption: 'Sổ theo dõi' }));
    expect(evidence).toMatchObject({ itemKey: 'overall', kind: 'photo' });
    ok(core.call('attachments.remove', { id: evidence.id }));
    expect(refused(core.call('attachments.add', { inspectionId: id, itemKey: 'overall', kind: 'signature', sha256: blob.sha256, signerName: 'A', signerRole: 'truong_doan' })).code).toBe('VALIDATION');
    expect(refused(core.call('attachments.add', { inspectionId: id, itemKey: 'sig_truong_doan', kind: 'photo', sha256: blob.sha256 })).code).toBe('VALIDATION');
    expect(refused(core.call('attachments.add', { inspectionId: id, itemKey: 'site_photos', kind: 'photo', sha256: 'a'.repeat(64) })).en).toContain('upload it first');
    const removed = ok(core.call('attachments.remove', { id: sig.id }));
    expect(removed.deletedAt).not.toBeNull();
    expect(ok(core.call('inspections.get', { id })).attachments).toEqual([]);
  });
});
