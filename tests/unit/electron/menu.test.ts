import { describe, expect, it } from 'vitest';
import { aboutText, buildMenuTemplate } from '../../../src-main/electron/menu';

type Item = ReturnType<typeof buildMenuTemplate>[number];
function roles(items: Item[] | undefined): string[] {
  return (items ?? []).flatMap((item) => [...(item.role ? [item.role] : []), ...roles(Array.isArray(item.submenu) ? (item.submenu as Item[]) : undefined)]);
}

describe('the menu is small, bilingual, and has no developer items in an installed app', () => {
  it('has File, Edit, View and Help, each named in Vietnamese and English', () => {
    const menu = buildMenuTemplate({ isPackaged: true, platform: 'win32', onAbout: () => {} });
    expect(menu.map((m) => m.label)).toEqual(['Tệp / File', 'Sửa / Edit', 'Xem / View', 'Trợ giúp / Help']);
    expect(roles(menu)).toContain('quit');
  });

  it('hides reload and developer tools in an installed app and shows them in development', () => {
    const installed = roles(buildMenuTemplate({ isPackaged: true, platform: 'linux', onAbout: () => {} }));
    expect(installed).not.toContain('reload');
    expect(installed).not.toContain('toggleDevTools');
    const dev = roles(buildMenuTemplate({ isPackaged: false, platform: 'linux', onAbout: () => {} }));
    expect(dev).toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS only', () => {
    expect(buildMenuTemplate({ isPackaged: true, platform: 'darwin', onAbout: () => {} })[0]?.role).toBe('appMenu');
    expect(roles(buildMenuTemplate({ isPackaged: true, platform: 'win32', onAbout: () => {} }))).not.toContain('appMenu');
  });

  it('opens the About box from Help, which names the version and the data file', () => {
    let opened = 0;
    const help = buildMenuTemplate({ isPackaged: true, platform: 'linux', onAbout: () => opened++ }).at(-1)!;
    const about = (help.submenu as Item[])[0]!;
    expect(about.label).toBe('Giới thiệu / About');
    (about.click as () => void)();
    expect(opened).toBe(1);
    const text = aboutText({ version: '0.1.0', electron: '45.5.0', dataFile: '/home/a/.config/KiemTra/kiemtra.sqlite' });
    expect(text.message).toBe('KiemTra 0.1.0');
    expect(text.detail).toContain('/home/a/.config/KiemTra/kiemtra.sqlite');
  });
});
