import fs from 'node:fs';
import path from 'node:path';
import electronLog from 'electron-log/node';

/** The logs folder sits beside the data file, so the desktop app, web mode and the CLI agree. */
export const LOGS_FOLDER = 'logs';
export const LOG_FILE = 'kiemtra.log';
/** Past this size the file becomes kiemtra.old.log (one generation kept) and a new one starts. */
export const LOG_MAX_BYTES = 1024 * 1024;

export function logsFolderOf(dataFile: string): string {
  return path.join(path.dirname(dataFile), LOGS_FOLDER);
}

/** What the core and the shell write to the log: a place, a code, and a redacted error. */
export interface AppLog {
  readonly file: string;
  error(where: string, err?: unknown, fields?: Record<string, string | number>): void;
  warn(where: string, fields?: Record<string, string | number>): void;
  info(where: string, fields?: Record<string, string | number>): void;
}

/**
 * No personal data in the log (issue 12): an error's message may quote what the user typed (a
 * worker's name, a dose, a facility), a signature image or a key. Quoted text becomes "…", data
 * URLs, PEM blocks and long base64 runs are cut, so only the shape of the error remains.
 */
export function redact(text: string): string {
  return text
    .replace(/-----BEGIN [A-Z ]+-----[\s\S]*?(-----END [A-Z ]+-----|$)/g, '[key removed]')
    .replace(/data:[a-z]+\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]*/gi, '[data URL removed]')
    .replace(/[A-Za-z0-9+/_-]{64,}={0,2}/g, '[long value removed]')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '"…"')
    .replace(/(^|[\s(:=,])'(?:[^'\\\n]|\\.)*'/g, "$1'…'")
    .replace(/“[^”\n]*”/g, '“…”');
}

/** An error as one redacted line plus its stack frames (the frames name code, never data). */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const raw = (err as Error & { code?: unknown }).code;
    const code = typeof raw === 'string' ? ` [${raw}]` : '';
    const frames = (err.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 12);
    return [`${err.name}${code}: ${redact(err.message)}`, ...frames.map((l) => redact(l))].join('\n');
  }
  return redact(typeof err === 'string' ? err : `non-error value (${typeof err})`);
}

function formatFields(fields?: Record<string, string | number>): string {
  if (!fields) return '';
  return Object.entries(fields)
    .map(([k, v]) => ` ${k}=${typeof v === 'number' ? v : redact(String(v)).slice(0, 120)}`)
    .join('');
}

const logs = new Map<string, AppLog>();

/**
 * The rotating log file in `folder` (created 0700, the file 0600, like the data file), through
 * electron-log's file transport; nothing goes to the console. One logger per folder.
 */
export function openLog(folder: string): AppLog {
  const file = path.join(path.resolve(folder), LOG_FILE);
  const known = logs.get(file);
  if (known) return known;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const logger = electronLog.create({ logId: `kiemtra:${file}` });
  logger.transports.console.level = false;
  logger.transports.file.level = 'info';
  logger.transports.file.maxSize = LOG_MAX_BYTES;
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  const log: AppLog = {
    file,
    error: (where, err, fields) => logger.error(`${where}${formatFields(fields)}${err === undefined ? '' : `\n${describeError(err)}`}`),
    warn: (where, fields) => logger.warn(`${where}${formatFields(fields)}`),
    info: (where, fields) => logger.info(`${where}${formatFields(fields)}`),
  };
  logs.set(file, log);
  return log;
}
