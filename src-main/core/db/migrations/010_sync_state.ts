import { naturalId } from '../ids';
import type { Db, Migration } from '../types';

/**
 * Sync by bundles (DESIGN.md §5, issue 10).
 *
 * 1. Rows with a natural identity get deterministic ids (db/ids.ts naturalId), so two devices
 *    that create "the same" row create one row: answers per inspection, item and instance; dose
 *    records per worker and period (the live one, else the newest deleted one); auto findings per
 *    inspection, item, instance and rule (the first, as judging picks it), with the requirements
 *    that point at them. The audit log keeps the ids it was written with: it is history.
 * 2. The ever-growing change_log becomes per-field sync state (sync/state.ts explains the shape):
 *    the latest stamp of every field, one entry per row plus one per field edited since it was
 *    created. Then change_log is dropped.
 * 3. Tables of the sync machinery: devices seen (interned), trusted peers and their keys,
 *    conflicts kept for a person, exports per destination and imported bundles.
 *
 * The table → record kind and column → field maps are frozen here (bundles use the logical
 * names; a later rename of a spec does not change what this migration did).
 */
const KINDS: Record<string, { kind: string; fields: Record<string, string> }> = {
  facilities: { kind: 'facility', fields: { name: 'name', kind: 'kind', ownership: 'ownership', beds: 'beds', province_code: 'provinceCode', commune: 'commune', street: 'street', legacy_district: 'legacyDistrict', contact_name: 'contactName', contact_phone: 'contactPhone', operating_since: 'operatingSince', notes: 'notes', deleted_at: 'deletedAt' } },
  xray_units: { kind: 'xray_unit', fields: { facility_id: 'facilityId', unit_type: 'type', manufacturer: 'manufacturer', model: 'model', serial: 'serial', tube_serial: 'tubeSerial', max_kv: 'maxKv', max_ma: 'maxMa', room: 'room', installed_on: 'installedOn', status: 'status', last_qc_on: 'lastQcOn', qc_certificate_no: 'qcCertificateNo', notes: 'notes', deleted_at: 'deletedAt' } },
  sealed_sources: { kind: 'sealed_source', fields: { facility_id: 'facilityId', nuclide: 'nuclide', nuclide_other: 'nuclideOther', activity_bq: 'activityBq', reference_date: 'referenceDate', serial: 'serial', purpose: 'purpose', storage_place: 'storagePlace', status: 'status', notes: 'notes', deleted_at: 'deletedAt' } },
  wastewater_systems: { kind: 'wastewater_system', fields: { facility_id: 'facilityId', technology: 'technology', design_capacity_m3_day: 'designCapacityM3PerDay', actual_flow_m3_day: 'actualFlowM3PerDay', commissioned_on: 'commissionedOn', disinfection: 'disinfection', receiving_water: 'receivingWater', discharge_column: 'dischargeColumn', permit_no: 'permitNo', permit_expires_on: 'permitExpiresOn', permit_k: 'permitK', sludge_handling: 'sludgeHandling', notes: 'notes', deleted_at: 'deletedAt' } },
  licences: { kind: 'licence', fields: { facility_id: 'facilityId', kind: 'kind', number: 'number', issued_by: 'issuedBy', issued_on: 'issuedOn', expires_on: 'expiresOn', units: 'units', notes: 'notes', deleted_at: 'deletedAt' } },
  workers: { kind: 'worker', fields: { facility_id: 'facilityId', name: 'name', role: 'role', job_title: 'jobTitle', is_rso: 'isRso', rso_decision_no: 'rsoDecisionNo', rso_decision_on: 'rsoDecisionOn', rso_certificate_no: 'rsoCertificateNo', training_on: 'trainingOn', last_refresher_on: 'lastRefresherOn', last_health_check_on: 'lastHealthCheckOn', dosimeter_id: 'dosimeterId', interventional: 'interventional', notes: 'notes', deleted_at: 'deletedAt' } },
  dose_records: { kind: 'dose_record', fields: { facility_id: 'facilityId', worker_id: 'workerId', year: 'year', quarter: 'quarter', hp10_msv: 'hp10', hp007_msv: 'hp007', lens_msv: 'lens', hw_msv: 'hw', hn_msv: 'hn', notes: 'notes', deleted_at: 'deletedAt' } },
  inspections: { kind: 'inspection', fields: { facility_id: 'facilityId', kind: 'kind', decision_number: 'decisionNumber', decision_date: 'decisionDate', decision_issuer: 'decisionIssuer', team: 'team', facility_representatives: 'facilityRepresentatives', started_at: 'startedAt', ended_at: 'endedAt', place: 'place', template_id: 'templateId', template_version: 'templateVersion', status: 'status', completed_at: 'completedAt', conclusion: 'conclusion', facility_opinion: 'facilityOpinion', rule_packs: 'rulePacks', notes: 'notes', deleted_at: 'deletedAt' } },
  inspection_answers: { kind: 'inspection_answer', fields: { inspection_id: 'inspectionId', item_key: 'itemKey', instance_key: 'instanceKey', value: 'value', note: 'note', deleted_at: 'deletedAt' } },
  attachments: { kind: 'attachment', fields: { inspection_id: 'inspectionId', item_key: 'itemKey', instance_key: 'instanceKey', kind: 'kind', blob_sha256: 'blobSha256', caption: 'caption', signer_name: 'signerName', signer_role: 'signerRole', deleted_at: 'deletedAt' } },
  findings: { kind: 'finding', fields: { inspection_id: 'inspectionId', facility_id: 'facilityId', item_key: 'itemKey', instance_key: 'instanceKey', origin: 'origin', rule_id: 'ruleId', rule_key: 'ruleKey', pack_id: 'packId', pack_version: 'packVersion', verdict: 'verdict', severity: 'severity', title: 'title', description: 'description', status: 'status', deleted_at: 'deletedAt' } },
  requirements: { kind: 'requirement', fields: { finding_id: 'findingId', inspection_id: 'inspectionId', facility_id: 'facilityId', text: 'text', responsible: 'responsible', deadline: 'deadline', status: 'status', closed_by_inspection_id: 'closedByInspectionId', closed_at: 'closedAt', closing_note: 'closingNote', deleted_at: 'deletedAt' } },
};

function createTables(db: Db): void {
  db.exec(`
    -- Device ids interned as small numbers: sync_state names a device in one or two bytes.
    CREATE TABLE sync_devices (
      n INTEGER PRIMARY KEY,
      device_id TEXT NOT NULL UNIQUE
    ) STRICT;

    -- The latest stamp of every synced field (field '' = the row and every field without an entry).
    -- hlc/prev are "ms:counter" of a full HLC whose device is device/prev_device. seen is the local
    -- clock when an imported entry arrived (NULL: a local write, seen = hlc).
    CREATE TABLE sync_state (
      row_id TEXT NOT NULL,
      field TEXT NOT NULL,
      kind TEXT NOT NULL,
      hlc TEXT NOT NULL,
      device INTEGER NOT NULL REFERENCES sync_devices(n),
      prev TEXT,
      prev_device INTEGER REFERENCES sync_devices(n),
      seen TEXT,
      PRIMARY KEY (row_id, field)
    ) STRICT, WITHOUT ROWID;

    -- Devices whose bundles this file accepts: the key is pinned at first trust.
    CREATE TABLE sync_peers (
      device_id TEXT PRIMARY KEY,
      public_key_pem TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      inspector_name TEXT,
      trusted_at TEXT NOT NULL,
      revoked_at TEXT,
      last_import_at TEXT
    ) STRICT;

    -- Where this device exported to, and up to which local clock ("ms:counter").
    CREATE TABLE sync_exports (
      destination TEXT PRIMARY KEY,
      up_to TEXT NOT NULL,
      exported_at TEXT NOT NULL,
      file TEXT
    ) STRICT;

    -- Bundles applied here (by the SHA-256 of their manifest): a sync folder imports each once.
    CREATE TABLE sync_imports (
      manifest_sha256 TEXT PRIMARY KEY,
      device_id TEXT NOT NULL,
      hlc_to TEXT,
      imported_at TEXT NOT NULL,
      file TEXT,
      report TEXT NOT NULL CHECK (json_valid(report))
    ) STRICT;

    -- Values that lost a merge (DESIGN.md §5): a synced record, so every device shows the same list.
    -- Its id is a natural id of (record, field, losing stamp). Values are column values as JSON.
    CREATE TABLE sync_conflicts (
      id TEXT PRIMARY KEY,
      record_kind TEXT NOT NULL,
      record_id TEXT NOT NULL,
      field TEXT NOT NULL,
      kept_value TEXT CHECK (kept_value IS NULL OR json_valid(kept_value)),
      kept_hlc TEXT NOT NULL,
      lost_value TEXT CHECK (lost_value IS NULL OR json_valid(lost_value)),
      lost_hlc TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'kept', 'restored')),
      resolved_at TEXT,
      resolved_by TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      hlc TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX sync_conflicts_open ON sync_conflicts (status, record_kind);
    CREATE INDEX sync_conflicts_record ON sync_conflicts (record_id);
  `);
}

/** Old id → natural id for the rows that have one. */
function rekey(db: Db): Map<string, string> {
  const moved = new Map<string, string>();
  db.pragma('defer_foreign_keys = ON');
  const move = (table: string, from: string, to: string) => {
    if (from === to) return;
    db.prepare(`UPDATE ${table} SET id = ? WHERE id = ?`).run(to, from);
    moved.set(from, to);
  };

  for (const r of db.prepare('SELECT id, inspection_id, item_key, instance_key FROM inspection_answers').all() as Record<string, string>[]) {
    move('inspection_answers', r.id!, naturalId('inspection_answer', r.inspection_id!, r.item_key!, r.instance_key!));
  }

  const doses = db
    .prepare('SELECT id, worker_id, year, quarter FROM dose_records ORDER BY deleted_at IS NOT NULL, updated_at DESC, id')
    .all() as { id: string; worker_id: string; year: number; quarter: number }[];
  const taken = new Set<string>();
  for (const r of doses) {
    const id = naturalId('dose_record', r.worker_id, r.year, r.quarter);
    if (taken.has(id)) continue;
    taken.add(id);
    move('dose_records', r.id, id);
  }

  const autos = db
    .prepare("SELECT id, inspection_id, item_key, instance_key, rule_key FROM findings WHERE origin = 'rule' ORDER BY deleted_at IS NOT NULL, created_at, id")
    .all() as Record<string, string | null>[];
  taken.clear();
  for (const r of autos) {
    const id = naturalId('finding', r.inspection_id!, r.item_key ?? '', r.instance_key ?? '', r.rule_key ?? '');
    if (taken.has(id)) continue;
    taken.add(id);
    if (r.id === id) continue;
    move('findings', r.id!, id);
    db.prepare('UPDATE requirements SET finding_id = ? WHERE finding_id = ?').run(id, r.id);
    db.prepare('UPDATE search_docs SET entity_id = ? WHERE entity_id = ?').run(id, r.id);
  }
  return moved;
}

function convertChangeLog(db: Db, moved: Map<string, string>): void {
  const devices = new Map<string, number>();
  const intern = db.prepare('INSERT INTO sync_devices (device_id) VALUES (?) ON CONFLICT (device_id) DO NOTHING');
  const number = db.prepare('SELECT n FROM sync_devices WHERE device_id = ?');
  const dev = (id: string): number => {
    let n = devices.get(id);
    if (n === undefined) {
      intern.run(id);
      n = (number.get(id) as { n: number }).n;
      devices.set(id, n);
    }
    return n;
  };
  const put = db.prepare('INSERT OR REPLACE INTO sync_state (row_id, field, kind, hlc, device) VALUES (?, ?, ?, ?, ?)');
  const stamp = (hlc: string) => ({ clock: hlc.slice(0, 20), device: hlc.slice(21) });

  for (const [table, map] of Object.entries(KINDS)) {
    // The latest change of each (row, column): SQLite takes the bare columns from the max(seq) row.
    const latest = db
      .prepare('SELECT row_id, col, hlc, max(seq) AS seq FROM change_log WHERE tbl = ? GROUP BY row_id, col ORDER BY row_id')
      .iterate(table) as IterableIterator<{ row_id: string; col: string; hlc: string }>;
    let row: string | null = null;
    let base: string | null = null;
    const pending: { col: string; hlc: string }[] = [];
    const flush = () => {
      if (row === null) return;
      const id = moved.get(row) ?? row;
      // The row's own entry: its creation, else (an old file without one) its oldest change.
      const rowStamp = base ?? pending.reduce<string | null>((m, p) => (m === null || p.hlc < m ? p.hlc : m), null);
      if (rowStamp) {
        const s = stamp(rowStamp);
        put.run(id, '', map.kind, s.clock, dev(s.device));
      }
      for (const p of pending) {
        const field = map.fields[p.col];
        if (!field || p.hlc === rowStamp) continue;
        const s = stamp(p.hlc);
        put.run(id, field, map.kind, s.clock, dev(s.device));
      }
      pending.length = 0;
      base = null;
    };
    for (const c of latest) {
      if (c.row_id !== row) {
        flush();
        row = c.row_id;
      }
      if (c.col === 'created_at') base = c.hlc;
      else pending.push({ col: c.col, hlc: c.hlc });
    }
    flush();
    // Rows the change log never saw carry their own last stamp.
    for (const r of db.prepare(`SELECT id, hlc FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM sync_state s WHERE s.row_id = t.id AND s.field = '')`).all() as { id: string; hlc: string }[]) {
      const s = stamp(r.hlc);
      put.run(r.id, '', map.kind, s.clock, dev(s.device));
    }
  }

  const high = db.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null };
  if (high.hlc) {
    db.prepare("INSERT INTO meta (key, value) VALUES ('hlc_high', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE excluded.value > meta.value").run(high.hlc);
  }
  db.exec('DROP TABLE change_log');
}

export const migration010: Migration = {
  version: 10,
  name: 'sync_state',
  up(db) {
    createTables(db);
    const moved = rekey(db);
    convertChangeLog(db, moved);
  },
};
