import type { z } from 'zod';
import type { SearchInput, SearchPage } from '../../../src-shared/schemas/search';
import type { CoreContext } from '../context';
import { checklistStore } from '../checklists/store';
import { describeHit, type TemplateTitle } from './describe';
import { toMatchExpression } from './query';
import { stmt } from '../db/statements';

/** Up to this many matches, results are ordered by relevance (bm25 costs time per match). */
export const RANK_LIMIT = 300;
/** Matches are counted up to this many; beyond it the page says "more than". */
export const COUNT_LIMIT = 1000;

/**
 * The one search box (DESIGN.md §3): every indexed record, accent-free. A narrow query is
 * ordered by relevance; a broad one ("son la" in Sơn La matches every facility) lists the newest
 * records first and counts "1000+", so the box answers within its budget on a country-sized file.
 * Deleted records have no search document, so they never show.
 */
export function searchAll(ctx: CoreContext, input: z.output<typeof SearchInput>, resourcesDir?: string): SearchPage {
  const match = toMatchExpression(input.query);
  if (!match) return { rows: [], total: 0, more: false };
  const where = ['search_fts MATCH ?'];
  const params: (string | number)[] = [match];
  if (input.entities?.length) {
    where.push(`d.entity IN (${input.entities.map(() => '?').join(', ')})`);
    params.push(...input.entities);
  }
  if (input.facilityId) {
    where.push('d.facility_id = ?');
    params.push(input.facilityId);
  }
  const from = 'search_fts JOIN search_docs d ON d.rowid = search_fts.rowid';
  const whereSql = `WHERE ${where.join(' AND ')}`;
  // One pass over the matches, newest first, gives both the count (up to the cap) and, for a
  // broad query, the page itself.
  const newest = (stmt(ctx.db, `SELECT search_fts.rowid AS r FROM ${from} ${whereSql} ORDER BY search_fts.rowid DESC LIMIT ${COUNT_LIMIT + 1}`).all(...params) as {
    r: number;
  }[]).map((x) => x.r);
  const more = newest.length > COUNT_LIMIT;
  const total = Math.min(newest.length, COUNT_LIMIT);
  let page: number[];
  if (newest.length <= RANK_LIMIT) {
    page = (stmt(ctx.db, `SELECT search_fts.rowid AS r FROM ${from} ${whereSql} ORDER BY search_fts.rank, search_fts.rowid LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as {
      r: number;
    }[]).map((x) => x.r);
  } else if (input.offset + input.limit <= newest.length) {
    page = newest.slice(input.offset, input.offset + input.limit);
  } else {
    page = (stmt(ctx.db, `SELECT search_fts.rowid AS r FROM ${from} ${whereSql} ORDER BY search_fts.rowid DESC LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as {
      r: number;
    }[]).map((x) => x.r);
  }
  const titles: TemplateTitle = (id, version) => (resourcesDir ? (checklistStore(resourcesDir).find(id, version)?.template.title.vi ?? null) : null);
  const docOf = stmt(ctx.db, 'SELECT d.entity, d.entity_id, d.facility_id, f.name AS facility_name FROM search_docs d LEFT JOIN facilities f ON f.id = d.facility_id WHERE d.rowid = ?');
  const hits = page
    .map((r) => docOf.get(r) as { entity: string; entity_id: string; facility_id: string | null; facility_name: string | null } | undefined)
    .filter((h): h is NonNullable<typeof h> => h !== undefined);
  return {
    total,
    more,
    rows: hits.map((h) => ({
      entity: h.entity,
      id: h.entity_id,
      facilityId: h.facility_id,
      facilityName: h.facility_name,
      ...describeHit(ctx.db, h.entity, h.entity_id, titles),
    })),
  };
}
