import type { z } from 'zod';
import type { SearchInput, SearchPage } from '../../../src-shared/schemas/search';
import type { CoreContext } from '../context';
import { describeHit } from './describe';
import { toMatchExpression } from './query';
import { stmt } from '../db/statements';

/** Above this many matches, results are listed newest first instead of by relevance. */
export const RANK_LIMIT = 3000;

/**
 * The one search box (DESIGN.md §3): every indexed record, accent-free, best match first.
 * Deleted records have no search document, so they never show.
 */
export function searchAll(ctx: CoreContext, input: z.output<typeof SearchInput>): SearchPage {
  const match = toMatchExpression(input.query);
  if (!match) return { rows: [], total: 0 };
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
  const total = (stmt(ctx.db, `SELECT count(*) AS n FROM ${from} ${whereSql}`).get(...params) as { n: number }).n;
  // bm25 ranking costs time per match: a very broad query ("son") lists newest first instead,
  // which keeps the search box within its budget on a country-sized file.
  const order = total <= RANK_LIMIT ? 'search_fts.rank, d.rowid' : 'd.rowid DESC';
  const hits = stmt(
    ctx.db,
    `SELECT d.entity, d.entity_id, d.facility_id, f.name AS facility_name
       FROM ${from} LEFT JOIN facilities f ON f.id = d.facility_id
       ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(...params, input.limit, input.offset) as { entity: string; entity_id: string; facility_id: string | null; facility_name: string | null }[];
  return {
    total,
    rows: hits.map((h) => ({
      entity: h.entity,
      id: h.entity_id,
      facilityId: h.facility_id,
      facilityName: h.facility_name,
      ...describeHit(ctx.db, h.entity, h.entity_id),
    })),
  };
}
