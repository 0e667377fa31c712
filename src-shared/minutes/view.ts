import type { InspectionKind } from '../checklists/schema';
import type { VerdictStatus } from '../rules/verdict';
import type { FindingSeverity } from '../schemas/finding';
import type { InspectionStatus, SignerRole, TeamRole } from '../schemas/inspection';

/**
 * Everything the Biên bản kiểm tra prints (DOMAIN.md §1), as plain JSON-serializable data.
 *
 * It is built from the live tables for a draft (src-main/core/reports/minutes/collect.ts) and
 * frozen inside the signed snapshot at signing, so the PDF of signed minutes never reads the
 * live register or today's rule packs. Words that come from the app, the template or a rule
 * pack (section titles, item labels, answers such as "Có", verdict explanations, citations) are
 * kept in both languages (`Words`), so one frozen view prints in Vietnamese or in English; what
 * people typed (names, places, notes, opinions) is kept once, as typed (NFC).
 */

export type MinutesLang = 'vi' | 'en';

/** A text the app (not a person) wrote, in both languages. */
export interface Words {
  vi: string;
  en: string;
}

export const MINUTES_VIEW_VERSION = 1;

export interface MinutesTeamMember {
  name: string;
  position: string | null;
  role: TeamRole;
}

export interface MinutesRepresentative {
  name: string;
  position: string | null;
}

export interface MinutesLicence {
  kind: Words;
  number: string;
  issuedBy: string | null;
  /** yyyy-MM-dd */
  issuedOn: string | null;
  expiresOn: string | null;
}

export interface MinutesFacility {
  name: string;
  street: string | null;
  /** Commune or ward (xã, phường), since the 2025 two-tier reform. */
  commune: string | null;
  legacyDistrict: string | null;
  province: string;
  contactName: string | null;
  contactPhone: string | null;
  representatives: MinutesRepresentative[];
  licences: MinutesLicence[];
}

/** One judged rule of an item: value, the limit it was judged against, the verdict and its basis. */
export interface MinutesVerdict {
  /** Which row or point, when one item gives several verdicts ("Bàn điều khiển"). */
  where: string | null;
  status: VerdictStatus;
  /** Measured or computed value as printed, with its unit ("0,62 µSv/h"); null when none. */
  value: Words | null;
  /** "≤ 10 µSv/h", "6,5 – 8,5"; null when the rule has no numeric limit. */
  limit: Words | null;
  /** "Cmax = C × K = 50 × 1,2 = 60 mg/L" when the limit was computed. */
  formula: Words | null;
  explanation: Words;
  citation: Words;
  packId: string;
  packVersion: string;
}

export interface MinutesTableColumn {
  label: Words;
  unit: string | null;
}

export interface MinutesTable {
  columns: MinutesTableColumn[];
  /** Rows as printed; a fixed row's label is the first cell. */
  rows: { label: Words | null; cells: Words[] }[];
}

export interface MinutesPhoto {
  sha256: string;
  caption: string | null;
  /** The item it backs up ("Ảnh phòng chụp"), with its register record when repeated. */
  item: Words;
  instanceLabel: string | null;
}

export interface MinutesItem {
  itemKey: string;
  label: Words;
  /** The answer as printed ("Có", "12/03/2025", "118 m³/ngày.đêm"); null when unanswered. */
  answer: Words | null;
  note: string | null;
  table: MinutesTable | null;
  verdicts: MinutesVerdict[];
  /** The template's legal basis for the item. */
  citation: Words;
  photoCount: number;
}

export interface MinutesSection {
  sectionKey: string;
  title: Words;
  /** The register record a repeated section is about ("Máy X-quang CT Siemens (SN 1)"). */
  instanceLabel: string | null;
  items: MinutesItem[];
}

export interface MinutesFinding {
  severity: FindingSeverity;
  title: string;
  description: string | null;
  /** The failed verdict's explanation for auto findings (origin rule). */
  explanation: Words | null;
}

export interface MinutesRequirement {
  text: string;
  /** Who must act. */
  responsible: string | null;
  /** yyyy-MM-dd */
  deadline: string | null;
  /** Title of the finding it corrects. */
  finding: string | null;
}

export interface MinutesSignature {
  role: SignerRole;
  name: string | null;
  /** The drawn signature image (blob table); null leaves the space to sign by hand. */
  sha256: string | null;
}

/** An amendment (biên bản bổ sung) as printed under the signed minutes, from its own signed snapshot. */
export interface MinutesAmendment {
  seq: number;
  reason: string;
  changes: { label: Words; instanceLabel: string | null; before: Words | null; after: Words | null; note: string | null }[];
  text: string | null;
  signerName: string;
  signedAt: string;
  /** SHA-256 of the amendment's own snapshot. */
  sha256: string;
}

export interface MinutesView {
  version: typeof MINUTES_VIEW_VERSION;
  /** The language it prints in; a frozen view may be printed in the other one too. */
  lang: MinutesLang;
  inspectionId: string;
  status: InspectionStatus;
  kind: InspectionKind;
  /** "UBND TỈNH SƠN LA" above the issuing body. */
  superiorBody: string | null;
  /** "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  issuingBody: string;
  /** The minutes' own number ("…/BB-SKHCN"); null prints a blank to fill by hand. */
  number: string | null;
  /** Where and when it is dated ("Sơn La, ngày 20 tháng 11 năm 2025"): province and yyyy-MM-dd. */
  datedAt: { place: string; date: string | null };
  /** The template's title ("Kiểm tra an toàn bức xạ cơ sở X-quang chẩn đoán y tế"). */
  subject: Words;
  decision: { number: string | null; date: string | null; issuer: string | null };
  /** yyyy-MM-ddTHH:mm as typed on site. */
  startedAt: string | null;
  endedAt: string | null;
  place: string | null;
  team: MinutesTeamMember[];
  facility: MinutesFacility;
  sections: MinutesSection[];
  counts: Record<VerdictStatus, number>;
  /** Rule packs the verdicts came from ("QCVN 28:2010/BTNMT, gói qcvn-28 1.0.0"). */
  packs: { packId: string; version: string; regulation: string | null }[];
  findings: MinutesFinding[];
  requirements: MinutesRequirement[];
  conclusion: string | null;
  facilityOpinion: string | null;
  copies: number;
  signatures: MinutesSignature[];
  photos: MinutesPhoto[];
  /** SHA-256 of the signed snapshot (hex); null on drafts, which print "BẢN NHÁP" instead. */
  contentHash: string | null;
  /** Amendments printed under signed minutes (never part of the frozen view itself). */
  amendments?: MinutesAmendment[];
}
