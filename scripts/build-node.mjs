// Bundles the Node side (CLI, Electron main, preload) with esbuild. The renderer is built by vite.
// better-sqlite3 stays external: it is a native addon loaded from node_modules (unpacked from asar).
import { build } from 'esbuild';
import fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __KIEMTRA_VERSION__: JSON.stringify(pkg.version) },
  external: ['better-sqlite3', 'electron'],
};

const entries = [
  { in: 'src-main/cli/main.ts', out: 'dist/cli/kiemtra.cjs' },
  { in: 'src-main/electron/main.ts', out: 'dist/main/main.cjs' },
  { in: 'src-main/preload/index.ts', out: 'dist/preload/preload.cjs' },
];

await Promise.all(entries.map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out })));
