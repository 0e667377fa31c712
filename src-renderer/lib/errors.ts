import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../../src-shared/api/errors';
import { ApiCallError } from '../api/client';
import { i18next } from '../i18n';

/** The message of an API error in the current language. */
export function errorMessage(err: unknown): string {
  const vi = i18next.language !== 'en';
  if (err instanceof ApiCallError) return vi ? err.error.vi : err.error.en;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Puts the server's field-level issues onto the form fields they name; returns what was left over. */
export function applyFieldIssues<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, fields: readonly string[]): ApiError | null {
  if (!(err instanceof ApiCallError)) return null;
  const vi = i18next.language !== 'en';
  let unplaced = false;
  for (const issue of err.error.issues ?? []) {
    const top = issue.path.split('.')[0] ?? '';
    const field = fields.includes(issue.path) ? issue.path : fields.includes(top) ? top : null;
    if (field) setError(field as Path<T>, { type: 'server', message: vi ? issue.vi : issue.en });
    else unplaced = true;
  }
  return unplaced || !err.error.issues?.length ? err.error : null;
}

/** zod messages are "vi|en": show the half for the current language. */
export function localiseMessage(message: string | undefined): string | undefined {
  if (!message) return message;
  const bar = message.indexOf('|');
  if (bar < 0) return message;
  return i18next.language === 'en' ? message.slice(bar + 1) : message.slice(0, bar);
}
