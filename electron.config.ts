import type { Configuration } from 'electron-builder';

/**
 * Installers (DESIGN.md §1, §7). `npm run dist` builds them on a machine that can fetch Electron;
 * `npm run dist:dir` packs the same config against a stand-in Electron to check what ships.
 *
 * The main process and the preload are esbuild bundles and the renderer is a vite bundle, so the
 * only node module the app needs at run time is better-sqlite3 (a native addon, kept outside the
 * bundles). Every other dependency is already inside dist/, which is why node_modules is filtered
 * down to better-sqlite3 and the two tiny packages it loads its binary with.
 */
// Debian packages need "Name <email>". The support address is set before the first release
// (docs/release.md, "Before the first release"); `.invalid` can never reach a real mailbox.
const MAINTAINER = 'Sở Khoa học và Công nghệ tỉnh Sơn La <kiemtra@skhcn-sonla.invalid>';

const config: Configuration = {
  appId: 'vn.gov.sonla.skhcn.kiemtra',
  productName: 'KiemTra',
  copyright: 'Sở Khoa học và Công nghệ tỉnh Sơn La',
  directories: { buildResources: 'build', output: 'release' },
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
  asar: true,
  files: [
    'package.json',
    'dist/**',
    '!dist/**/*.map',
    'resources/**',
    '!node_modules/**',
    'node_modules/better-sqlite3/package.json',
    'node_modules/better-sqlite3/lib/**',
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    'node_modules/bindings/**',
    'node_modules/file-uri-to-path/**',
  ],
  // Electron fuses, flipped in the executable at packaging (checked by npm run dist:dir): the app
  // cannot be turned into a plain Node (ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect), and it
  // loads only app.asar, checked against the hash built into the executable.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  // A double-clicked sync bundle opens KiemTra on the import screen (src-main/electron/open-file.ts).
  fileAssociations: [
    {
      ext: 'kiemtra',
      name: 'KiemTra bundle',
      description: 'Gói đồng bộ KiemTra / KiemTra sync bundle',
      mimeType: 'application/x-kiemtra-bundle',
      role: 'Editor',
    },
  ],
  // A native addon cannot be loaded from inside app.asar: it is kept next to it, unpacked.
  asarUnpack: ['node_modules/better-sqlite3/build/Release/better_sqlite3.node'],
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: 'KiemTra',
    installerLanguages: ['vi_VN', 'en_US'],
    // 1066 = Vietnamese (LCID): the installer speaks Vietnamese unless Windows asks for English.
    language: '1066',
    multiLanguageInstaller: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'kiemtra',
    synopsis: 'Kiểm tra an toàn bức xạ và công nghệ xử lý nước thải',
    maintainer: MAINTAINER,
  },
  deb: {
    maintainer: MAINTAINER,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
  },
};

export default config;
