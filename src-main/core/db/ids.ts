import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';

/** Record ids are UUIDv7: made offline, unique across devices, ordered by creation time. */
export function newId(): string {
  return uuidv7();
}

/** The namespace of KiemTra's name-based ids (a fixed, random UUID: never change it). */
const NATURAL_ID_NAMESPACE = '6b1f4c2e-9a57-4d0b-8f3e-2c7a9e51d4b8';

/**
 * The id of a row with a natural identity (DESIGN.md §5): an answer per inspection, item and
 * instance; a dose record per worker and period; an auto finding per inspection, item, instance
 * and rule. A UUIDv5 of the record kind and the key, so two devices that create "the same" row
 * create one row. Parts are joined by NUL, which no key contains.
 */
export function naturalId(kind: string, ...parts: (string | number)[]): string {
  return uuidv5([kind, ...parts.map(String)].join('\u0000'), NATURAL_ID_NAMESPACE);
}
