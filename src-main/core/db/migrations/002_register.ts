import type { Migration } from '../types';

/**
 * The facility register (DOMAIN.md §6): X-ray units, sealed sources, wastewater systems,
 * licences, radiation workers and their quarterly doses, plus the commune list.
 *
 * Enum columns carry no CHECK: a new value (a new X-ray type) then needs no table rebuild, and
 * the zod schemas at the API border are the one place that judges values. Only invariants of
 * the law itself (quarters 1–4, QCVN columns A/B, yes/no flags) are checked here.
 * *_key columns are derived sort keys (folded text), written with the row and never synced.
 */
export const migration002: Migration = {
  version: 2,
  name: 'register',
  up(db) {
    db.exec(`
      CREATE TABLE xray_units (
        id TEXT PRIMARY KEY,
        facility_id TEXT NOT NULL REFERENCES facilities(id),
        unit_type TEXT NOT NULL,
        manufacturer TEXT,
        model TEXT,
        serial TEXT,
        serial_key TEXT NOT NULL DEFAULT '',
        tube_serial TEXT,
        max_kv REAL,
        max_ma REAL,
        room TEXT,
        installed_on TEXT,
        status TEXT NOT NULL,
        last_qc_on TEXT,
        qc_certificate_no TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX xray_units_facility ON xray_units (facility_id, serial_key);
      CREATE INDEX xray_units_type ON xray_units (unit_type, serial_key);
      CREATE INDEX xray_units_status ON xray_units (status, serial_key);
      CREATE INDEX xray_units_serial ON xray_units (serial_key);
      CREATE INDEX xray_units_last_qc ON xray_units (last_qc_on);
      CREATE INDEX xray_units_installed ON xray_units (installed_on);
      CREATE INDEX xray_units_updated ON xray_units (updated_at);

      CREATE TABLE sealed_sources (
        id TEXT PRIMARY KEY,
        facility_id TEXT NOT NULL REFERENCES facilities(id),
        nuclide TEXT NOT NULL,
        nuclide_other TEXT,
        activity_bq REAL NOT NULL CHECK (activity_bq >= 0),
        reference_date TEXT NOT NULL,
        serial TEXT,
        serial_key TEXT NOT NULL DEFAULT '',
        purpose TEXT,
        storage_place TEXT,
        status TEXT NOT NULL,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX sealed_sources_facility ON sealed_sources (facility_id);
      CREATE INDEX sealed_sources_nuclide ON sealed_sources (nuclide, reference_date);
      CREATE INDEX sealed_sources_status ON sealed_sources (status);
      CREATE INDEX sealed_sources_serial ON sealed_sources (serial_key);
      CREATE INDEX sealed_sources_updated ON sealed_sources (updated_at);

      CREATE TABLE wastewater_systems (
        id TEXT PRIMARY KEY,
        facility_id TEXT NOT NULL REFERENCES facilities(id),
        technology TEXT NOT NULL,
        technology_key TEXT NOT NULL DEFAULT '',
        design_capacity_m3_day REAL,
        actual_flow_m3_day REAL,
        commissioned_on TEXT,
        disinfection TEXT,
        receiving_water TEXT,
        discharge_column TEXT CHECK (discharge_column IN ('A', 'B')),
        permit_no TEXT,
        permit_expires_on TEXT,
        permit_k REAL,
        sludge_handling TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX wastewater_systems_facility ON wastewater_systems (facility_id);
      CREATE INDEX wastewater_systems_permit_expires ON wastewater_systems (permit_expires_on);
      CREATE INDEX wastewater_systems_updated ON wastewater_systems (updated_at);

      -- Covered units are a JSON array [{"entity":"xray_unit","id":…}] in one synced column, not
      -- a link table: the list is edited as a whole on the licence form, syncs as one field
      -- (later HLC wins, the loser kept as a conflict), and a bundle can never hold half of it.
      -- The ids point at two tables, which a foreign key cannot express anyway; the core checks
      -- them on every write, and the list filter reads them with json_each.
      CREATE TABLE licences (
        id TEXT PRIMARY KEY,
        facility_id TEXT NOT NULL REFERENCES facilities(id),
        kind TEXT NOT NULL,
        number TEXT NOT NULL,
        number_key TEXT NOT NULL DEFAULT '',
        issued_by TEXT,
        issued_on TEXT,
        expires_on TEXT,
        units TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(units) AND json_type(units) = 'array'),
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX licences_facility ON licences (facility_id, expires_on);
      CREATE INDEX licences_expires ON licences (expires_on);
      CREATE INDEX licences_kind ON licences (kind, expires_on);
      CREATE INDEX licences_updated ON licences (updated_at);

      CREATE TABLE workers (
        id TEXT PRIMARY KEY,
        facility_id TEXT NOT NULL REFERENCES facilities(id),
        name TEXT NOT NULL,
        name_key TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL,
        job_title TEXT,
        is_rso INTEGER NOT NULL DEFAULT 0 CHECK (is_rso IN (0, 1)),
        rso_decision_no TEXT,
        rso_decision_on TEXT,
        rso_certificate_no TEXT,
        training_on TEXT,
        last_refresher_on TEXT,
        last_health_check_on TEXT,
        dosimeter_id TEXT,
        interventional INTEGER NOT NULL DEFAULT 0 CHECK (interventional IN (0, 1)),
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX workers_facility ON workers (facility_id, name_key);
      CREATE INDEX workers_name ON workers (name_key);
      CREATE INDEX workers_role ON workers (role, name_key);
      CREATE INDEX workers_health_check ON workers (last_health_check_on);
      CREATE INDEX workers_updated ON workers (updated_at);

      -- facility_id is the worker's, copied on write so dose lists and sync need no join.
      CREATE TABLE dose_records (
        id TEXT PRIMARY KEY,
        facility_id TEXT NOT NULL REFERENCES facilities(id),
        worker_id TEXT NOT NULL REFERENCES workers(id),
        year INTEGER NOT NULL,
        quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        hp10_msv REAL CHECK (hp10_msv >= 0),
        hp007_msv REAL CHECK (hp007_msv >= 0),
        lens_msv REAL CHECK (lens_msv >= 0),
        hw_msv REAL CHECK (hw_msv >= 0),
        hn_msv REAL CHECK (hn_msv >= 0),
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      -- One reading per worker and quarter; a deleted one does not block its correction.
      CREATE UNIQUE INDEX dose_records_worker_period ON dose_records (worker_id, year, quarter) WHERE deleted_at IS NULL;
      CREATE INDEX dose_records_facility ON dose_records (facility_id, year, quarter);
      CREATE INDEX dose_records_period ON dose_records (year, quarter);
      CREATE INDEX dose_records_updated ON dose_records (updated_at);

      -- Communes and wards: reference data a supervisor imports (docs/admin-units.md), not synced.
      -- Empty on a fresh file: the official list is not invented here.
      CREATE TABLE admin_units (
        code TEXT PRIMARY KEY,
        province_code TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('xa', 'phuong', 'dac_khu')),
        legacy_district TEXT,
        source TEXT NOT NULL
      ) STRICT;
      CREATE INDEX admin_units_province ON admin_units (province_code, name_key);
    `);
  },
};
