import type { ItemType } from '../checklists/schema';
import type { ItemVerdict, PackUsed } from '../judging/types';
import type { LocalText } from '../rules/pack-schema';
import type { VerdictStatus } from '../rules/verdict';
import type { FacilityFields } from '../schemas/facility';
import type { FindingOrigin, FindingSeverity, FindingStatus } from '../schemas/finding';
import type { InspectionKind } from '../checklists/schema';
import type { Representative, SignerRole, TeamMember } from '../schemas/inspection';
import type { MinutesView } from './view';

/**
 * The frozen, signed minutes (biên bản kiểm tra) of one inspection: everything the printed
 * minutes show, as it was at the moment of signing (docs/minutes.md). It is self-contained:
 * the minutes screen, the PDF and every later export read only this, never the live register
 * or today's rule packs. Stored as canonical JSON; its SHA-256 is signed with the device key.
 */
export const MINUTES_FORMAT = 'kiemtra.minutes/1';
export const AMENDMENT_FORMAT = 'kiemtra.minutes-amendment/1';

export interface SignerInfo {
  fullName: string;
  position: string | null;
  /** The inspector's unit (cơ quan): the issuing body printed in the header. */
  unit: string;
  deviceId: string;
  /** SHA-256 of the device's public key, 16 groups of 4 hex digits. */
  fingerprint: string;
}

export interface SnapshotInspection {
  id: string;
  kind: InspectionKind;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionIssuer: string | null;
  team: TeamMember[];
  facilityRepresentatives: Representative[];
  /** Local date-times as typed on site (yyyy-MM-ddTHH:mm). */
  startedAt: string | null;
  endedAt: string | null;
  place: string | null;
  conclusion: string | null;
  facilityOpinion: string | null;
  notes: string | null;
  templateId: string;
  templateVersion: number;
  templateTitle: LocalText;
  /** The day the form was judged on (yyyy-MM-dd). */
  judgedOn: string;
  /** Set only for minutes closed before signing existed (schema < 9): when they were closed, unsigned. */
  legacyCompletedAt: string | null;
}

export interface SnapshotFacility extends Omit<FacilityFields, 'nameKey'> {
  id: string;
  provinceName: string;
}

/** A register record the form used (an X-ray unit, a source, a system, a worker, a licence), with every field as it was. */
export interface SnapshotRecord {
  id: string;
  label: string;
  fields: Record<string, unknown>;
}

export interface SnapshotPhoto {
  sha256: string;
  caption: string | null;
}

export interface SnapshotSignature {
  sha256: string;
  signerName: string | null;
  signerRole: SignerRole | null;
}

export interface SnapshotItem {
  key: string;
  type: ItemType;
  label: LocalText;
  required: boolean;
  unit: string | null;
  /** The rule the item is judged by, if any. */
  ruleId: string | null;
  /** Choice labels and measurement-table columns, so the answer prints without the template. */
  choices: { key: string; label: LocalText }[] | null;
  table: unknown;
  citation: { vi: string };
  /** The stored answer (measurement tables as their rows), null when unanswered. */
  answer: unknown;
  note: string | null;
  photos: SnapshotPhoto[];
  signatures: SnapshotSignature[];
  /** Each verdict with its value, limit, basis, citation and explanation. */
  verdicts: ItemVerdict[];
  /** Why the item could not be judged, when it names a rule. */
  problem: LocalText | null;
}

export interface SnapshotSection {
  key: string;
  title: LocalText;
  /** '' outside repeated sections, else the register record's id. */
  instanceKey: string;
  instanceLabel: string | null;
  items: SnapshotItem[];
}

export interface SnapshotFinding {
  id: string;
  origin: FindingOrigin;
  itemKey: string | null;
  instanceKey: string;
  severity: FindingSeverity;
  title: string;
  description: string | null;
  status: FindingStatus;
  ruleId: string | null;
  packId: string | null;
  packVersion: string | null;
}

export interface SnapshotRequirement {
  id: string;
  findingId: string | null;
  text: string;
  responsible: string | null;
  deadline: string | null;
}

export interface MinutesSnapshot {
  format: typeof MINUTES_FORMAT;
  inspection: SnapshotInspection;
  facility: SnapshotFacility;
  /** The facility's licences (numbers printed in the header). */
  licences: SnapshotRecord[];
  /** Register records by kind (xray_unit, sealed_source, wastewater_system, worker). */
  records: Record<string, SnapshotRecord[]>;
  sections: SnapshotSection[];
  /** The rule packs (ids and versions) the verdicts were judged by. */
  packs: PackUsed[];
  verdictCounts: Record<VerdictStatus, number>;
  findings: SnapshotFinding[];
  requirements: SnapshotRequirement[];
  signedBy: SignerInfo;
  signedAt: string;
  /**
   * The Biên bản kiểm tra exactly as it prints (src-shared/minutes/view.ts), frozen with the rest:
   * the PDF of signed minutes is rendered from this alone. Its contentHash is null (the hash is of
   * this snapshot, view included); the printer sets it from the stored row.
   */
  view: MinutesView;
}

export interface AmendmentChange {
  itemKey: string;
  instanceKey: string;
  label: LocalText;
  instanceLabel: string | null;
  before: { answer: unknown; note: string | null };
  after: { answer: unknown; note: string | null };
}

/** A correction after signing (phụ lục / biên bản bổ sung): it never changes the original. */
export interface AmendmentSnapshot {
  format: typeof AMENDMENT_FORMAT;
  inspectionId: string;
  /** 1 for the first amendment, then 2, 3 … */
  seq: number;
  /** SHA-256 of the signed minutes it amends, and of the amendment before it (null for the first). */
  amends: { original: string; previous: string | null };
  reason: string;
  changes: AmendmentChange[];
  /** A correction in words (a wrong name, a missed remark), when it is not an item's answer. */
  text: string | null;
  signedBy: SignerInfo;
  signedAt: string;
}

/** One stored, signed record (the minutes, or an amendment) as every reader sees it. */
export interface SignedRecord<S> {
  seq: number;
  kind: 'original' | 'amendment';
  reason: string | null;
  sha256: string;
  /** Base64 Ed25519 signature of the 32 SHA-256 bytes. */
  signature: string;
  deviceId: string;
  fingerprint: string;
  signerName: string;
  signedAt: string;
  /** The canonical JSON exactly as stored and hashed. */
  canonical: string;
  snapshot: S;
  /** Checked on every read: the bytes still hash to sha256 and the signature verifies. */
  check: { hash: boolean; signature: boolean };
}

export interface SignedMinutes {
  inspectionId: string;
  original: SignedRecord<MinutesSnapshot>;
  amendments: SignedRecord<AmendmentSnapshot>[];
  reviews: { state: 'sent' | 'approved' | 'returned'; at: string; actor: string; note: string | null }[];
}
