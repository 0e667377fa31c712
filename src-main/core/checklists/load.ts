import fs from 'node:fs';
import path from 'node:path';
import { toFieldIssues } from '../../../src-shared/api/zod-issues';
import { Template, type TemplateProblem } from '../../../src-shared/checklists/schema';

export interface LoadedTemplate {
  template: Template;
  /** File name inside resources/checklists. */
  file: string;
}

export interface ChecklistLoad {
  templates: LoadedTemplate[];
  problems: TemplateProblem[];
}

/**
 * Reads resources/checklists/*.json. A file that does not parse or validate is left out with a
 * problem naming the file and the section/item where it is wrong; the others still load, so one
 * bad template never stops the app from starting.
 */
export function loadChecklists(dir: string): ChecklistLoad {
  const out: ChecklistLoad = { templates: [], problems: [] };
  let files: string[];
  try {
    files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    out.problems.push({ file: dir, where: '', vi: `Không đọc được thư mục mẫu phiếu: ${detail}`, en: `Cannot read the checklist folder: ${detail}` });
    return out;
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const loaded = loadOne(path.join(dir, file), file);
    if ('problem' in loaded) {
      out.problems.push(loaded.problem);
      continue;
    }
    const id = `${loaded.template.id}@${loaded.template.version}`;
    const earlier = seen.get(id);
    if (earlier) {
      out.problems.push({
        file,
        where: 'id',
        vi: `Mẫu ${id} đã có trong tệp ${earlier}; tệp này bị bỏ qua`,
        en: `Template ${id} is already defined in ${earlier}; this file was left out`,
      });
      continue;
    }
    seen.set(id, file);
    out.templates.push(loaded);
  }
  return out;
}

function loadOne(full: string, file: string): LoadedTemplate | { problem: TemplateProblem } {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { problem: { file, where: '', vi: `Không đọc được tệp mẫu phiếu ${file}: ${detail}`, en: `Cannot read checklist template ${file}: ${detail}` } };
  }
  const parsed = Template.safeParse(raw);
  if (parsed.success) return { template: parsed.data, file };
  const issues = toFieldIssues(parsed.error);
  const first = parsed.error.issues[0];
  const where = first ? describePath(raw, first.path) : '';
  const vi = issues.map((i, n) => `${describePath(raw, parsed.error.issues[n]?.path ?? [])}: ${i.vi}`).join('; ');
  const en = issues.map((i, n) => `${describePath(raw, parsed.error.issues[n]?.path ?? [])}: ${i.en}`).join('; ');
  return { problem: { file, where, vi: `Mẫu phiếu ${file} không hợp lệ — ${vi}`, en: `Checklist template ${file} is invalid — ${en}` } };
}

/**
 * A zod path made readable by the keys of what it passes through:
 * ["sections", 3, "items", 5, "min"] → "sections[room].items[warning_light].min".
 */
export function describePath(raw: unknown, zodPath: readonly PropertyKey[]): string {
  let node: unknown = raw;
  let out = '';
  for (const step of zodPath) {
    const next = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[step as never] : undefined;
    if (typeof step === 'number') {
      const key = next !== null && typeof next === 'object' ? (next as { key?: unknown }).key : undefined;
      out += typeof key === 'string' && key !== '' ? `[${key}]` : `[${step}]`;
    } else {
      out += `${out ? '.' : ''}${String(step)}`;
    }
    node = next;
  }
  return out;
}
