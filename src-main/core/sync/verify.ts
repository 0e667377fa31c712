import { sha256Hex, verifyBytes } from '../identity/keys';
import { archiveSealed } from './archive-seal';
import { decodeHlc, clockDriftError } from '../db/hlc';
import type { SyncedKind } from './kinds';
import { BUNDLE_SCHEMA_VERSION } from './kinds';
import { badBundle, readZipEntries, type ZipLimits } from './zip-read';
import { MINUTES_PART, MinutesLine } from './minutes-part';
import { BLOB_INDEX, BlobLine, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MANIFEST, Manifest, RecordLine, SIGNATURE, blobPart, changesPart } from './wire';

export interface VerifiedBundle {
  file: string;
  manifest: Manifest;
  manifestSha256: string;
  /** Records per kind, in the order kinds are applied. */
  records: Map<string, RecordLine[]>;
  /** Records this file holds already, stamp for stamp (`options.known`): their fields were not checked and must not be applied. */
  known: Set<RecordLine>;
  blobs: { line: BlobLine; data: Buffer }[];
  /** Signed minutes and amendments (checked against keys by the importer, which knows them). */
  minutes: MinutesLine[];
  /** Every device whose stamps the records carry. */
  devices: Set<string>;
  maxHlc: string | null;
}

export interface VerifyOptions {
  limits: ZipLimits;
  kinds: Map<string, SyncedKind>;
  /** This device's wall clock (ms) and how far ahead a peer's stamps may be. */
  nowMs: number;
  maxDriftMs: number;
  /** Which of these records the file holds already, stamp for stamp (they bring nothing new). */
  known?: (kind: string, records: RecordLine[]) => boolean[];
}

function parseJson(file: string, part: string, text: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const where = line === undefined ? part : `${part}:${line}`;
    throw badBundle(file, `${where} không phải JSON hợp lệ`, `${where} is not valid JSON`, { entry: part });
  }
}

function issueText(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const i = error.issues[0];
  return i ? `${i.path.map(String).join('.') || '(gốc)'}: ${i.message}`.slice(0, 160) : '';
}

/**
 * Reads and checks a whole bundle before anything is written (DESIGN.md §5): entry names and
 * inflate limits, the manifest's signature by the key it names, each part's SHA-256 and size,
 * the format and schema versions, every record and field against the zod schemas, the photos'
 * hashes, and that no stamp is further in the future than the accepted drift.
 */
export async function verifyBundle(data: Buffer, file: string, options: VerifyOptions): Promise<VerifiedBundle> {
  const entries = await readZipEntries(data, file, options.limits);
  const manifestBytes = entries.get(MANIFEST);
  const sigText = entries.get(SIGNATURE);
  if (!manifestBytes || !sigText) throw badBundle(file, 'thiếu manifest.json hoặc chữ ký manifest.sig', 'manifest.json or its signature manifest.sig is missing');
  const raw = parseJson(file, MANIFEST, manifestBytes.toString('utf8')) as Record<string, unknown>;
  if (raw?.format !== BUNDLE_FORMAT) throw badBundle(file, 'không phải gói dữ liệu KiemTra', 'not a KiemTra bundle');
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw badBundle(file, `định dạng phiên bản ${raw.formatVersion} mới hơn phiên bản ứng dụng này hiểu (${BUNDLE_FORMAT_VERSION}); hãy cập nhật KiemTra`, `format version ${raw.formatVersion} is newer than this app understands (${BUNDLE_FORMAT_VERSION}); update KiemTra`, { formatVersion: raw.formatVersion });
  }
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > BUNDLE_SCHEMA_VERSION) {
    throw badBundle(file, `lược đồ dữ liệu phiên bản ${raw.schemaVersion} mới hơn phiên bản ứng dụng này hiểu (${BUNDLE_SCHEMA_VERSION}); hãy cập nhật KiemTra`, `data schema version ${raw.schemaVersion} is newer than this app understands (${BUNDLE_SCHEMA_VERSION}); update KiemTra`, { schemaVersion: raw.schemaVersion });
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw badBundle(file, `manifest.json không hợp lệ (${issueText(parsed.error)})`, `manifest.json is invalid (${issueText(parsed.error)})`);
  const manifest = parsed.data;
  const signature = Buffer.from(sigText.toString('utf8').trim(), 'base64');
  if (!verifyBytes(manifest.device.publicKeyPem, manifestBytes, signature)) {
    throw badBundle(file, `chữ ký không khớp với khóa của thiết bị ${manifest.device.id} ghi trong gói (gói đã bị sửa sau khi ký)`, `the signature does not match the key of device ${manifest.device.id} named in the bundle (it was changed after signing)`, { device: manifest.device.id });
  }

  if (!archiveSealed(data, manifest.device.publicKeyPem)) {
    throw badBundle(file, `tệp khác với tệp thiết bị ${manifest.device.id} đã ký (bị hỏng, bị cắt hoặc bị sửa)`, `the file differs from the one device ${manifest.device.id} signed (damaged, cut short or altered)`, { device: manifest.device.id });
  }
  const listed = new Map(manifest.parts.map((p) => [p.name, p]));
  for (const [name, bytes] of entries) {
    if (name === MANIFEST || name === SIGNATURE) continue;
    const part = listed.get(name);
    if (!part) throw badBundle(file, `mục ${name} không có trong manifest`, `entry ${name} is not listed in the manifest`, { entry: name });
    if (part.size !== bytes.length || part.sha256 !== sha256Hex(bytes)) {
      throw badBundle(file, `mục ${name} không khớp mã SHA-256 trong manifest (tệp bị hỏng hoặc bị sửa)`, `entry ${name} does not match its SHA-256 in the manifest (damaged or altered)`, { entry: name });
    }
  }
  for (const name of listed.keys()) if (!entries.has(name)) throw badBundle(file, `thiếu mục ${name}`, `entry ${name} is missing`, { entry: name });

  const devices = new Set<string>();
  let maxHlc: string | null = null;
  const checkStamp = (h: string) => {
    if (maxHlc === null || h > maxHlc) maxHlc = h;
    const d = decodeHlc(h);
    devices.add(d.device);
    if (d.ms - options.nowMs > options.maxDriftMs) {
      const err = clockDriftError(d.device, d.ms, options.nowMs, options.maxDriftMs);
      throw badBundle(file, err.vi, err.en, err.context);
    }
  };

  const records = new Map<string, RecordLine[]>();
  const known = new Set<RecordLine>();
  for (const name of entries.keys()) {
    const m = /^changes\/(.+)\.jsonl$/.exec(name);
    if (m && !options.kinds.has(m[1]!)) throw badBundle(file, `loại bản ghi không biết "${m[1]}"`, `unknown record kind "${m[1]}"`, { entry: name });
  }
  for (const k of options.kinds.values()) {
    const bytes = entries.get(changesPart(k.kind));
    if (!bytes) continue;
    const part = changesPart(k.kind);
    const out: RecordLine[] = [];
    const lineNo: number[] = [];
    const ids = new Set<string>();
    const lines = bytes.toString('utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i]!;
      if (text === '') continue;
      const rec = RecordLine.safeParse(parseJson(file, part, text, i + 1));
      if (!rec.success) throw badBundle(file, `${part}:${i + 1} không hợp lệ (${issueText(rec.error)})`, `${part}:${i + 1} is invalid (${issueText(rec.error)})`, { entry: part, line: i + 1 });
      const r = rec.data;
      if (ids.has(r.id)) throw badBundle(file, `${part}:${i + 1} lặp lại bản ghi ${r.id}`, `${part}:${i + 1} repeats record ${r.id}`, { entry: part, line: i + 1 });
      ids.add(r.id);
      checkStamp(r.hlc);
      for (const s of Object.values(r.stamps)) {
        checkStamp(s[0]);
        if (s[1]) checkStamp(s[1]);
      }
      out.push(r);
      lineNo.push(i + 1);
    }
    // A record whose stamps this file holds already is skipped before any per-field work (a re-import is mostly these).
    const held = options.known?.(k.kind, out) ?? [];
    const schemas = Object.entries(k.fieldSchemas);
    const fieldNames = Object.keys(k.fieldSchemas);
    for (let j = 0; j < out.length; j++) {
      const r = out[j]!;
      const line = lineNo[j]!;
      for (const field of [...Object.keys(r.fields), ...Object.keys(r.stamps)]) {
        if (!(field in k.fieldSchemas)) throw badBundle(file, `${part}:${line} có trường không biết "${field.slice(0, 64)}" của ${k.kind}`, `${part}:${line} has unknown field "${field.slice(0, 64)}" of ${k.kind}`, { entry: part, line });
      }
      for (const field of fieldNames) if (!(field in r.fields)) throw badBundle(file, `${part}:${line} thiếu trường "${field}"`, `${part}:${line} lacks field "${field}"`, { entry: part, line });
      if (held[j]) {
        known.add(r);
        continue;
      }
      for (const [field, schema] of schemas) {
        const v = schema.safeParse(r.fields[field]);
        if (!v.success) throw badBundle(file, `${part}:${line} trường "${field}" không hợp lệ (${issueText(v.error)})`, `${part}:${line} field "${field}" is invalid (${issueText(v.error)})`, { entry: part, line });
      }
    }
    if ((manifest.counts[k.kind] ?? 0) !== out.length) throw badBundle(file, `số bản ghi ${k.kind} không khớp manifest`, `the count of ${k.kind} records does not match the manifest`, { entry: part });
    records.set(k.kind, out);
  }

  const blobs: VerifiedBundle['blobs'] = [];
  const index = entries.get(BLOB_INDEX);
  for (const [i, text] of (index ? index.toString('utf8').split('\n') : []).entries()) {
    if (text === '') continue;
    const b = BlobLine.safeParse(parseJson(file, BLOB_INDEX, text, i + 1));
    if (!b.success) throw badBundle(file, `${BLOB_INDEX}:${i + 1} không hợp lệ (${issueText(b.error)})`, `${BLOB_INDEX}:${i + 1} is invalid (${issueText(b.error)})`, { entry: BLOB_INDEX });
    const bytes = entries.get(blobPart(b.data.sha256));
    if (!bytes || sha256Hex(bytes) !== b.data.sha256 || bytes.length !== b.data.size) {
      throw badBundle(file, `ảnh ${b.data.sha256.slice(0, 12)}… thiếu hoặc không khớp mã băm`, `image ${b.data.sha256.slice(0, 12)}… is missing or does not match its hash`, { entry: blobPart(b.data.sha256) });
    }
    blobs.push({ line: b.data, data: bytes });
  }
  const minutes: MinutesLine[] = [];
  const minutesBytes = entries.get(MINUTES_PART);
  for (const [i, text] of (minutesBytes ? minutesBytes.toString('utf8').split('\n') : []).entries()) {
    if (text === '') continue;
    const m = MinutesLine.safeParse(parseJson(file, MINUTES_PART, text, i + 1));
    if (!m.success) throw badBundle(file, `${MINUTES_PART}:${i + 1} không hợp lệ (${issueText(m.error)})`, `${MINUTES_PART}:${i + 1} is invalid (${issueText(m.error)})`, { entry: MINUTES_PART, line: i + 1 });
    minutes.push(m.data);
  }
  return { file, manifest, manifestSha256: sha256Hex(manifestBytes), records, known, blobs, minutes, devices, maxHlc };
}
