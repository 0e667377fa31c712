import type { z } from 'zod';
import type { FieldIssue } from './errors';
import { KiemTraError } from './errors';

/** zod v4 issues → bilingual field issues. Schemas put "vi|en" in their custom messages. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(input)';
    const [vi, en] = splitMessage(issue.message, issue.code);
    return { path, vi, en };
  });
}

function splitMessage(message: string, code: string): [string, string] {
  const bar = message.indexOf('|');
  if (bar > 0) return [message.slice(0, bar), message.slice(bar + 1)];
  const vi = GENERIC_VI[code] ?? 'Giá trị không hợp lệ';
  return [vi, message];
}

const GENERIC_VI: Record<string, string> = {
  invalid_type: 'Sai kiểu dữ liệu hoặc thiếu giá trị',
  too_small: 'Giá trị quá nhỏ hoặc quá ngắn',
  too_big: 'Giá trị quá lớn hoặc quá dài',
  invalid_format: 'Sai định dạng',
  invalid_value: 'Giá trị không nằm trong danh sách cho phép',
  unrecognized_keys: 'Có trường không được phép',
  invalid_union: 'Giá trị không hợp lệ',
  custom: 'Giá trị không hợp lệ',
};

export function validationError(operation: string, error: z.ZodError): KiemTraError {
  const issues = toFieldIssues(error);
  const where = issues.map((i) => i.path).join(', ');
  return new KiemTraError(
    'VALIDATION',
    `Dữ liệu không hợp lệ (${operation}): ${where}`,
    `Invalid input for ${operation}: ${where}`,
    { issues, context: { operation } },
  );
}
