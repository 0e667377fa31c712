/**
 * Cost of an encrypted data file (issue 12, docs/security.md): the same work on
 *   1. better-sqlite3 (what KiemTra ships),
 *   2. better-sqlite3-multiple-ciphers without a key (the drop-in, unencrypted),
 *   3. better-sqlite3-multiple-ciphers with a SQLCipher-compatible key (AES-256-CBC, HMAC-SHA512).
 * The cipher build is not a dependency: install it anywhere and point the bench at it,
 *   npm install --prefix /tmp/mc better-sqlite3-multiple-ciphers   (compiles from source offline)
 *   KIEMTRA_CIPHER_MODULE=/tmp/mc/node_modules/better-sqlite3-multiple-ciphers node --import tsx bench/encryption.ts
 * Each run uses WAL and synchronous=FULL, as the app does.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fmt, sample, time } from './stats';

type Ctor = typeof Database;
const modulePath = process.env.KIEMTRA_CIPHER_MODULE;
if (!modulePath) {
  console.error('bench/encryption: set KIEMTRA_CIPHER_MODULE to an installed better-sqlite3-multiple-ciphers (see the header).');
  process.exit(2);
}
const Cipher = createRequire(import.meta.url)(path.resolve(modulePath)) as Ctor;
const ROWS = 20_000;
const COMMITS = 1_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-cipher-'));
const NAME = 'Bệnh viện Đa khoa huyện Phù Yên — khoa chẩn đoán hình ảnh';

interface Figures {
  bulk: number;
  commit: { p50: number; p95: number };
  reads: number;
  scan: number;
  reopenCheck: number;
  bytes: number;
  plaintextVisible: boolean;
}

function run(label: string, Ctor: Ctor, key: string | null): Figures {
  const file = path.join(dir, `${label}.sqlite`);
  const open = () => {
    const db = new Ctor(file);
    if (key) {
      db.pragma(`cipher = 'sqlcipher'`);
      db.pragma(`legacy = 4`);
      db.pragma(`key = '${key}'`);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    return db;
  };
  let db = open();
  db.exec('CREATE TABLE facilities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, notes TEXT)');
  const insert = db.prepare('INSERT INTO facilities (name, notes) VALUES (?, ?)');
  const bulk = time(() => db.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run(`${NAME} ${i}`, 'Liều kế cá nhân đọc hằng quý; kiểm định thiết bị X-quang 12 tháng'.repeat(3));
  })()).ms;
  const update = db.prepare('UPDATE facilities SET notes = ? WHERE id = ?');
  const commit = sample(COMMITS, (i) => update.run(`Ghi chú ${i}`, (i * 7919) % ROWS + 1));
  const get = db.prepare('SELECT name FROM facilities WHERE id = ?');
  const reads = time(() => {
    for (let i = 0; i < ROWS; i++) get.get((i * 104729) % ROWS + 1);
  }).ms;
  const scan = time(() => db.prepare("SELECT count(*) FROM facilities WHERE notes LIKE '%kiểm định%'").get()).ms;
  db.close();
  const reopenCheck = time(() => {
    db = open();
    db.pragma('quick_check');
    db.close();
  }).ms;
  const bytesOnDisk = fs.readFileSync(file);
  return {
    bulk,
    commit,
    reads,
    scan,
    reopenCheck,
    bytes: bytesOnDisk.length,
    plaintextVisible: bytesOnDisk.includes(Buffer.from('Phù Yên', 'utf8')),
  };
}

const builds: [string, string, Ctor, string | null][] = [
  ['better-sqlite3 (shipped)', 'plain', Database, null],
  ['multiple-ciphers, no key', 'mc-plain', Cipher, null],
  ['multiple-ciphers, SQLCipher key', 'mc-key', Cipher, 'kiemtra-bench-passphrase'],
];
// Round 1 warms the page cache and the JIT; round 2 is reported.
let results: [string, Figures][] = [];
for (let round = 1; round <= 2; round++) {
  for (const [, name] of builds) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(dir, `${name}.sqlite${suffix}`), { force: true });
  results = builds.map(([label, name, Ctor, key]) => [label, run(name, Ctor, key)]);
}
// Without the key the encrypted file does not open.
let refused = false;
try {
  const db = new Cipher(path.join(dir, 'mc-key.sqlite'));
  db.prepare('SELECT count(*) FROM facilities').get();
  db.close();
} catch {
  refused = true;
}

console.log(`# Encrypted SQLite cost (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} cores, ${ROWS} rows, WAL + synchronous=FULL)`);
console.log('| build | bulk insert (ms) | one-row commit p50 / p95 (ms) | 20 000 point reads (ms) | LIKE scan (ms) | reopen + quick_check (ms) | size (KiB) | names readable in the file |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [label, f] of results) {
  console.log(
    `| ${label} | ${fmt(f.bulk)} | ${fmt(f.commit.p50)} / ${fmt(f.commit.p95)} | ${fmt(f.reads)} | ${fmt(f.scan)} | ${fmt(f.reopenCheck)} | ${Math.round(f.bytes / 1024)} | ${f.plaintextVisible ? 'yes' : 'no'} |`,
  );
}
console.log(`\nOpening the encrypted file without the key: ${refused ? 'refused (file is not a database)' : 'OPENED — encryption not in effect'}`);
fs.rmSync(dir, { recursive: true, force: true });
