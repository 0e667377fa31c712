import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/core';
import { DATA_FILE_NAME } from '../../../src-main/core/paths';
import { chooseDataDir, dataDirArg, startupErrorDialog } from '../../../src-main/electron/startup';

const resourcesDir = path.resolve('resources');

function openError(dataDir: string): unknown {
  try {
    openCore({ dataDir, resourcesDir }).close();
  } catch (err) {
    return err;
  }
  throw new Error('openCore should have refused the file');
}

describe('the desktop app finds its data folder and says clearly why it cannot open a file', () => {
  it('reads --data-dir in both spellings, wherever Electron puts its own arguments', () => {
    expect(dataDirArg(['/opt/KiemTra/kiemtra', '--data-dir', '/mnt/usb/kt'])).toBe('/mnt/usb/kt');
    expect(dataDirArg(['electron', '.', '--data-dir=/mnt/usb/kt'])).toBe('/mnt/usb/kt');
    expect(dataDirArg(['kiemtra', '--data-dir', '--other'])).toBeNull();
    expect(dataDirArg(['kiemtra'])).toBeNull();
  });

  it('uses --data-dir, then KIEMTRA_DATA_DIR, then Electron\'s userData folder', () => {
    const userData = '/home/a/.config/KiemTra';
    expect(chooseDataDir(['kiemtra', '--data-dir=/mnt/a'], { KIEMTRA_DATA_DIR: '/mnt/b' }, userData)).toBe('/mnt/a');
    expect(chooseDataDir(['kiemtra'], { KIEMTRA_DATA_DIR: '/mnt/b' }, userData)).toBe('/mnt/b');
    expect(chooseDataDir(['kiemtra'], {}, userData)).toBe(userData);
  });

  it('shows the bilingual refusal for a file that is not a database, and the file is left as it was', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-start-'));
    const file = path.join(dir, DATA_FILE_NAME);
    const garbage = Buffer.from('this is a spreadsheet, not a database'.repeat(20));
    fs.writeFileSync(file, garbage);

    const dialog = startupErrorDialog(openError(dir));
    expect(dialog.title).toBe('KiemTra — Không mở được tệp dữ liệu / Cannot open the data file');
    expect(dialog.content).toContain('không phải là cơ sở dữ liệu KiemTra');
    expect(dialog.content).toContain('is not a readable KiemTra database');
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  it('tells the user to update when the file comes from a newer KiemTra', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-start-'));
    openCore({ dataDir: dir, resourcesDir }).close();
    const db = new Database(path.join(dir, DATA_FILE_NAME));
    db.pragma('user_version = 999');
    db.close();

    const dialog = startupErrorDialog(openError(dir));
    expect(dialog.title).toContain('Cannot open the data file');
    expect(dialog.content).toContain('phiên bản KiemTra mới hơn');
    expect(dialog.content).toContain('written by a newer KiemTra');
  });

  it('still explains an unexpected failure in both languages', () => {
    const dialog = startupErrorDialog(new Error('disk on fire'));
    expect(dialog.title).toBe('KiemTra — Không khởi động được / Cannot start');
    expect(dialog.content).toContain('ứng dụng sẽ đóng');
    expect(dialog.content).toContain('disk on fire');
  });
});
