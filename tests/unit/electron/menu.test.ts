import { describe, expect, it } from 'vitest';
import { aboutText, buildMenuTemplate, menuLanguage } from '../../../src-main/electron/menu';

type Item = ReturnType<typeof buildMenuTemplate>[number];
function roles(items: Item[] | undefined): string[] {
  return (items ?? []).flatMap((item) => [...(item.role ? [item.role] : []), ...roles(Array.isArray(item.submenu) ? (item.submenu as Item[]) : undefined)]);
}

function labels(items: Item[] | undefined): string[] {
  return (items ?? []).flatMap((item) => [...(item.label ? [item.label] : []), ...labels(Array.isArray(item.submenu) ? (item.submenu as Item[]) : undefined)]);
}

describe('the menu is small, speaks the UI language, and has no developer items in an installed app', () => {
  it('has Tệp, Sửa, Xem and Trợ giúp in Vietnamese, and File, Edit, View and Help when the UI is English', () => {
    const menu = buildMenuTemplate({ isPackaged: true, platform: 'win32', onAbout: () => {}, onOpenLogs: () => {} });
    expect(menu.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    expect(labels(menu)).toEqual(expect.arrayContaining(['Thoát', 'Hoàn tác', 'Sao chép', 'Dán', 'Phóng to', 'Mở thư mục nhật ký', 'Giới thiệu KiemTra']));
    expect(roles(menu)).toContain('quit');
    const en = buildMenuTemplate({ isPackaged: true, platform: 'win32', language: menuLanguage('en'), onAbout: () => {}, onOpenLogs: () => {} });
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(en)).toEqual(expect.arrayContaining(['Quit', 'Undo', 'Copy', 'Paste', 'Zoom in', 'Open the logs folder', 'About KiemTra']));
    // Nothing of one language leaks into the other.
    expect(labels(en).some((l) => /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i.test(l))).toBe(false);
    expect(menuLanguage(null)).toBe('vi');
    expect(menuLanguage('fr')).toBe('vi');
  });

  it('keeps the usual accelerators: the edit and view roles, and Ctrl+Q (Cmd+Q on macOS) to quit', () => {
    const win = buildMenuTemplate({ isPackaged: true, platform: 'win32', onAbout: () => {} });
    expect(roles(win)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    const quit = (m: Item[]) => (m.find((i) => i.label === 'Tệp')!.submenu as Item[])[0]!;
    expect(quit(win).accelerator).toBe('Ctrl+Q');
    expect(quit(buildMenuTemplate({ isPackaged: true, platform: 'darwin', onAbout: () => {} })).accelerator).toBe('Cmd+Q');
  });

  it('opens the logs folder from Help', () => {
    let opened = 0;
    const help = buildMenuTemplate({ isPackaged: true, platform: 'linux', onAbout: () => {}, onOpenLogs: () => opened++ }).at(-1)!;
    const item = (help.submenu as Item[]).find((i) => i.label === 'Mở thư mục nhật ký')!;
    (item.click as () => void)();
    expect(opened).toBe(1);
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
    expect(about.label).toBe('Giới thiệu KiemTra');
    (about.click as () => void)();
    expect(opened).toBe(1);
    const text = aboutText({ version: '0.1.0', electron: '45.5.0', dataFile: '/home/a/.config/KiemTra/kiemtra.sqlite' });
    expect(text.message).toBe('KiemTra 0.1.0');
    expect(text.detail).toContain('/home/a/.config/KiemTra/kiemtra.sqlite');
  });
});
