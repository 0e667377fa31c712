import { z } from 'zod';
import { Id, PageInput, type Page } from './common';

/** Entities the one search box finds; other areas add theirs to search_docs as they come. */
export const SEARCH_ENTITIES = ['facility', 'xray_unit', 'sealed_source', 'wastewater_system', 'licence', 'worker'] as const;
export type SearchEntity = (typeof SEARCH_ENTITIES)[number];

export const SearchInput = PageInput.extend({
  query: z.string().max(200),
  /** Limit to these kinds of record; all when omitted. */
  entities: z.array(z.string().min(1).max(40)).max(20).optional(),
  /** Limit to one facility and what belongs to it. */
  facilityId: Id.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type SearchInput = z.input<typeof SearchInput>;

export interface SearchHit {
  /** "facility", "xray_unit" … (the search_docs entity). */
  entity: string;
  id: string;
  facilityId: string | null;
  facilityName: string | null;
  /** One line that names the record ("CT (cắt lớp vi tính) Siemens Somatom"). */
  title: string;
  /** A second line that tells it apart (serial, room, expiry …). */
  subtitle: string | null;
}
/** `total` counts at most 1000 matches; `more` says there are more than that. */
export type SearchPage = Page<SearchHit> & { more: boolean };
