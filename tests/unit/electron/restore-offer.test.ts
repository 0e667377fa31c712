import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreFromFile } from '../../../src-main/core/backup/restore';
import { restoreOffer } from '../../../src-main/electron/startup';
import { addFacility, damagePages, facilityNames, open, tempDataDir } from '../backup/support';

describe('the desktop app offers the newest good backup when the data file is damaged', () => {
  it('builds the dialog from the core\'s refusal, and restoring what it names brings the data back', () => {
    const dataDir = tempDataDir();
    const core = open(dataDir);
    addFacility(core, 'Bệnh viện Đa khoa Sốp Cộp');
    const good = core.call('backup.now', {});
    if (!good.ok) throw new Error(good.error.en);
    const fill = core.db.transaction(() => {
      for (let i = 0; i < 400; i++) addFacility(core, `Trạm Y tế xã số ${i}`);
    });
    fill();
    const file = core.dataFile;
    core.close();
    damagePages(file);

    let refusal: unknown;
    try {
      open(dataDir).close();
    } catch (err) {
      refusal = err;
    }
    const offer = restoreOffer(refusal);
    expect(offer).not.toBeNull();
    expect(offer!.buttons[0]).toContain('Khôi phục');
    expect(offer!.detail).toContain(good.value.name);
    expect(fs.existsSync(offer!.backupFile)).toBe(true);

    restoreFromFile(file, offer!.backupFile, new Date());
    const again = open(dataDir);
    expect(facilityNames(again)).toEqual(['Bệnh viện Đa khoa Sốp Cộp']);
    again.close();
  });

  it('offers nothing for other errors', () => {
    expect(restoreOffer(new Error('x'))).toBeNull();
    expect(restoreOffer(null)).toBeNull();
  });
});
