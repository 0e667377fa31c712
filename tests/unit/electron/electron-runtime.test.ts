import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, WEB_MODE_NOTICE } from '../../../scripts/lib/electron-runtime.mjs';

/** A file system of a few paths, enough for the lookup. */
function fakeFs(files: Record<string, string>) {
  return {
    existsSync: (p: string) => Object.prototype.hasOwnProperty.call(files, p),
    readFileSync: (p: string) => {
      const content = files[p];
      if (content === undefined) throw new Error(`ENOENT ${p}`);
      return content;
    },
  };
}

const electronDir = '/app/node_modules/electron';

describe('npm start finds the Electron binary without downloading it', () => {
  it('uses the installed binary named in path.txt', () => {
    const fs = fakeFs({ [path.join(electronDir, 'path.txt')]: 'electron', [path.join(electronDir, 'dist', 'electron')]: '' });
    expect(findElectronBinary({ electronDir, env: {}, fs })).toEqual({ found: true, binary: path.join(electronDir, 'dist', 'electron') });
  });

  it('reports no binary when Electron was never installed (our build machines)', () => {
    const result = findElectronBinary({ electronDir, env: {}, fs: fakeFs({}) });
    expect(result.found).toBe(false);
    expect(!result.found && result.reason).toContain('path.txt');
  });

  it('reports no binary when path.txt names a file that is not there', () => {
    const fs = fakeFs({ [path.join(electronDir, 'path.txt')]: 'electron\n' });
    const result = findElectronBinary({ electronDir, env: {}, fs });
    expect(!result.found && result.reason).toContain(path.join(electronDir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as the electron package does', () => {
    const fs = fakeFs({ '/opt/electron-45/electron': '' });
    expect(findElectronBinary({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' }, fs })).toEqual({ found: true, binary: '/opt/electron-45/electron' });
    expect(findElectronBinary({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/none' }, fs }).found).toBe(false);
  });

  it('says in one line, in both languages, that it falls back to web mode', () => {
    expect(WEB_MODE_NOTICE).not.toContain('\n');
    expect(WEB_MODE_NOTICE).toContain('chế độ web');
    expect(WEB_MODE_NOTICE).toContain('web mode');
  });
});
