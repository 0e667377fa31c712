import type { MenuItemConstructorOptions } from 'electron';

export interface MenuInput {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  onAbout(): void;
}

/**
 * A small bilingual menu. Reload and developer tools exist only in a development run: in an
 * installed app a reload would drop unsaved typing and devtools would expose the page.
 */
export function buildMenuTemplate({ isPackaged, platform, onAbout }: MenuInput): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    ...(isPackaged
      ? []
      : ([
          { label: 'Tải lại / Reload', role: 'reload' },
          { label: 'Công cụ phát triển / Developer tools', role: 'toggleDevTools' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])),
    { label: 'Cỡ chữ mặc định / Actual size', role: 'resetZoom' },
    { label: 'Phóng to / Zoom in', role: 'zoomIn' },
    { label: 'Thu nhỏ / Zoom out', role: 'zoomOut' },
    { type: 'separator' },
    { label: 'Toàn màn hình / Full screen', role: 'togglefullscreen' },
  ];
  return [
    // macOS puts the app's own menu first; elsewhere it does not exist.
    ...(platform === 'darwin' ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    { label: 'Tệp / File', submenu: [{ label: 'Thoát / Quit', role: 'quit' }] },
    {
      // Without these roles macOS has no copy/paste shortcuts in text fields.
      label: 'Sửa / Edit',
      submenu: [
        { label: 'Hoàn tác / Undo', role: 'undo' },
        { label: 'Làm lại / Redo', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt / Cut', role: 'cut' },
        { label: 'Sao chép / Copy', role: 'copy' },
        { label: 'Dán / Paste', role: 'paste' },
        { label: 'Chọn tất cả / Select all', role: 'selectAll' },
      ],
    },
    { label: 'Xem / View', submenu: view },
    { label: 'Trợ giúp / Help', role: 'help', submenu: [{ label: 'Giới thiệu / About', click: () => onAbout() }] },
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
