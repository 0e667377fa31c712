import type { Configuration } from 'electron-builder';

export const BUILT_FILES: readonly string[];
export const REQUIRED_IN_ASAR: readonly string[];
export const REQUIRED_UNPACKED: readonly string[];
export const SHIPPED_MODULES: readonly string[];

export function missingBuildOutputs(root: string): string[];
export function makeStandInElectron(dir: string, electronVersion: string): string;
export function loadBuilderConfig(root: string): Promise<Configuration>;
export function packLinuxDir(options: { root: string; outDir: string; electronDist: string }): Promise<string>;
export function checkPackagedApp(appOutDir: string, executableName?: string): Promise<string[]>;
export const EXPECTED_FUSES: Readonly<Record<string, boolean>>;
export function checkFuses(exe: string): Promise<string[]>;
export function distDirCheck(options: { root: string; workDir?: string }): Promise<{ appOutDir: string | null; problems: string[] }>;
