/** Stable error codes every transport carries; the renderer maps them to messages. */
export const ERROR_CODES = [
  'VALIDATION', // input did not match the operation's schema
  'NOT_FOUND', // the record does not exist (or was deleted)
  'CONFLICT', // the change cannot be applied in the current state
  'UNKNOWN_OPERATION', // no such API operation
  'FORBIDDEN', // transport refused the caller
  'DB_NEWER_VERSION', // data file written by a newer KiemTra
  'DB_CORRUPT', // data file is not a readable SQLite database
  'BAD_FILE', // an imported file (template, pack, photo, bundle) is invalid
  'DISK_FULL', // the disk is full: the change was not saved, nothing saved before is lost
  'UNTRUSTED', // a rule pack is unsigned or signed by a key this device does not trust
  'CANCELLED', // the user stopped a long job; nothing was written
  'INTERNAL', // a bug: the message says where
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field in the input, e.g. "address.commune". */
  path: string;
  vi: string;
  en: string;
}

export interface ApiError {
  code: ErrorCode;
  /** Message in Vietnamese, the user's language. */
  vi: string;
  /** The same message in English. */
  en: string;
  /** Field-level problems for VALIDATION errors. */
  issues?: FieldIssue[];
  /** Context a support person needs: file, row, field. */
  context?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error the core throws on purpose; transports turn it into `{ ok: false, error }`. */
export class KiemTraError extends Error {
  readonly code: ErrorCode;
  readonly vi: string;
  readonly en: string;
  readonly issues?: FieldIssue[];
  readonly context?: Record<string, string | number>;

  constructor(code: ErrorCode, vi: string, en: string, extra: { issues?: FieldIssue[]; context?: Record<string, string | number> } = {}) {
    super(en);
    this.name = 'KiemTraError';
    this.code = code;
    this.vi = vi;
    this.en = en;
    this.issues = extra.issues;
    this.context = extra.context;
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, vi: this.vi, en: this.en };
    if (this.issues) error.issues = this.issues;
    if (this.context) error.context = this.context;
    return error;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'vi' in value && 'en' in value;
}
