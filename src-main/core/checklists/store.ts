import path from 'node:path';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { Item, Section, Template, TemplateProblem, TemplateSummary } from '../../../src-shared/checklists/schema';
import { loadChecklists } from './load';

/** A loaded template with its items indexed by key: saving an answer must not scan the template. */
export interface IndexedTemplate {
  template: Template;
  file: string;
  items: Map<string, { item: Item; section: Section }>;
}

export interface ChecklistStore {
  summaries: TemplateSummary[];
  problems: TemplateProblem[];
  /** The exact version when given and loaded, else the highest loaded version of that id. */
  find(id: string, version?: number | null): IndexedTemplate | null;
}

const stores = new Map<string, ChecklistStore>();

/** Templates are parsed once per resources folder and kept for the life of the process. */
export function checklistStore(resourcesDir: string): ChecklistStore {
  const dir = path.resolve(resourcesDir, 'checklists');
  let store = stores.get(dir);
  if (!store) {
    store = buildStore(dir);
    stores.set(dir, store);
  }
  return store;
}

function buildStore(dir: string): ChecklistStore {
  const { templates, problems } = loadChecklists(dir);
  const byKey = new Map<string, IndexedTemplate>();
  const latest = new Map<string, IndexedTemplate>();
  for (const { template, file } of templates) {
    const items = new Map<string, { item: Item; section: Section }>();
    for (const section of template.sections) for (const item of section.items) items.set(item.key, { item, section });
    const indexed = { template, file, items };
    byKey.set(`${template.id}@${template.version}`, indexed);
    const prev = latest.get(template.id);
    if (!prev || prev.template.version < template.version) latest.set(template.id, indexed);
  }
  const summaries = templates.map(({ template: t, file }) => ({
    id: t.id,
    version: t.version,
    title: t.title,
    kinds: t.kinds,
    subject: t.subject,
    file,
    itemCount: t.sections.reduce((n, s) => n + s.items.length, 0),
  }));
  return {
    summaries,
    problems,
    find: (id, version) => (version ? byKey.get(`${id}@${version}`) : undefined) ?? latest.get(id) ?? null,
  };
}

export function requireTemplate(store: ChecklistStore, id: string, version?: number | null): IndexedTemplate {
  const found = store.find(id, version);
  if (!found) {
    throw new KiemTraError('NOT_FOUND', `Không có mẫu phiếu kiểm tra "${id}"`, `No checklist template "${id}"`, { context: { templateId: id } });
  }
  return found;
}
