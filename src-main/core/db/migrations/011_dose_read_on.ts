import type { Migration } from '../types';

/**
 * Dosimeter reading dates (issue 7): the day each dose record's dosimeter was read, so the
 * "read at least every 3 months" rule is judged from the readings themselves rather than guessed
 * from the end of the last dose quarter. Optional (older records have none); never before the
 * period it reports starts (a CHECK on the stored ISO text; the core says so in words first).
 * Findings made from verdicts keep an English title beside the Vietnamese one.
 */
export const migration011: Migration = {
  version: 11,
  name: 'dose_read_on',
  up(db) {
    db.exec(`
      ALTER TABLE dose_records ADD COLUMN read_on TEXT CHECK (read_on IS NULL OR (read_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND read_on >= printf('%04d-%02d-01', year, (quarter - 1) * 3 + 1)));
      CREATE INDEX dose_records_worker_read ON dose_records (worker_id, read_on) WHERE deleted_at IS NULL;
      -- The English title of an auto finding (the engine writes both languages); NULL for a finding
      -- typed by hand or retitled by the inspector, whose own words are shown in every language.
      ALTER TABLE findings ADD COLUMN title_en TEXT;
    `);
  },
};
