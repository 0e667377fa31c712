import path from 'node:path';

/**
 * The folder holding dist/ and resources/. The CLI bundle lives at <root>/dist/cli/kiemtra.cjs
 * (inside app.asar when packaged), so the root is two levels up from it.
 */
export function appRoot(): string {
  if (process.env.KIEMTRA_APP_ROOT) return path.resolve(process.env.KIEMTRA_APP_ROOT);
  return path.resolve(__dirname, '..', '..');
}

export const resourcesDirOf = (root: string) => path.join(root, 'resources');
export const rendererDirOf = (root: string) => path.join(root, 'dist', 'renderer');
