export interface FsLike {
  existsSync(path: string): boolean;
  readFileSync(path: string, encoding: 'utf8'): string;
}

export type ElectronLookup = { found: true; binary: string } | { found: false; reason: string };

export function findElectronBinary(options: { electronDir: string; env: Record<string, string | undefined>; fs: FsLike }): ElectronLookup;

export const WEB_MODE_NOTICE: string;
