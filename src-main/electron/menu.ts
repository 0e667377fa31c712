import type { MenuItemConstructorOptions } from 'electron';

export type MenuLanguage = 'vi' | 'en';

export interface MenuInput {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** The UI language (setting ui.language): the menu speaks it too. Vietnamese by default. */
  language?: MenuLanguage;
  onAbout(): void;
  /** Help → "Mở thư mục nhật ký": the folder of the log file. */
  onOpenLogs?(): void;
}

const LABELS = {
  vi: {
    file: 'Tệp',
    quit: 'Thoát',
    edit: 'Sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    selectAll: 'Chọn tất cả',
    view: 'Xem',
    reload: 'Tải lại',
    devTools: 'Công cụ phát triển',
    resetZoom: 'Cỡ chữ mặc định',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    fullScreen: 'Toàn màn hình',
    help: 'Trợ giúp',
    openLogs: 'Mở thư mục nhật ký',
    about: 'Giới thiệu KiemTra',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    help: 'Help',
    openLogs: 'Open the logs folder',
    about: 'About KiemTra',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

export function menuLanguage(setting: string | null | undefined): MenuLanguage {
  return setting === 'en' ? 'en' : 'vi';
}

/**
 * The native menu (Tệp / Sửa / Xem / Trợ giúp), in the UI's language, with the usual
 * accelerators (the roles bring them: Ctrl+Z, Ctrl+C, Ctrl+0, F11…). Reload and developer tools
 * exist only in a development run: in an installed app a reload would drop unsaved typing and
 * devtools would expose the page.
 */
export function buildMenuTemplate({ isPackaged, platform, language = 'vi', onAbout, onOpenLogs }: MenuInput): MenuItemConstructorOptions[] {
  const l = LABELS[language];
  const view: MenuItemConstructorOptions[] = [
    ...(isPackaged
      ? []
      : ([
          { label: l.reload, role: 'reload' },
          { label: l.devTools, role: 'toggleDevTools' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])),
    { label: l.resetZoom, role: 'resetZoom' },
    { label: l.zoomIn, role: 'zoomIn' },
    { label: l.zoomOut, role: 'zoomOut' },
    { type: 'separator' },
    { label: l.fullScreen, role: 'togglefullscreen' },
  ];
  const help: MenuItemConstructorOptions[] = [
    ...(onOpenLogs ? ([{ label: l.openLogs, click: () => onOpenLogs() }] satisfies MenuItemConstructorOptions[]) : []),
    { label: l.about, click: () => onAbout() },
  ];
  return [
    // macOS puts the app's own menu first; elsewhere it does not exist.
    ...(platform === 'darwin' ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    { label: l.file, submenu: [{ label: l.quit, role: 'quit', accelerator: platform === 'darwin' ? 'Cmd+Q' : 'Ctrl+Q' }] },
    {
      // Without these roles macOS has no copy/paste shortcuts in text fields.
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    { label: l.view, submenu: view },
    { label: l.help, role: 'help', submenu: help },
  ];
}

/** The About box text, in both languages. */
export function aboutText(info: { version: string; electron: string; dataFile: string }): { title: string; message: string; detail: string } {
  return {
    title: 'Giới thiệu / About',
    message: `KiemTra ${info.version}`,
    detail: [
      'Kiểm tra an toàn bức xạ và công nghệ xử lý nước thải, làm việc không cần mạng.',
      'Offline inspections of radiation safety and wastewater technology.',
      '',
      `Tệp dữ liệu / Data file: ${info.dataFile}`,
      `Electron ${info.electron}`,
      'Sở Khoa học và Công nghệ tỉnh Sơn La',
    ].join('\n'),
  };
}
