// The child process of the power-loss and SIGKILL tests: the real core saving answers one by one,
// printing "ack <item> <n>" only after each save has returned (the moment the app tells the user
// "saved"). The parent pulls the plug whenever it likes.
//   node --import tsx writer.ts <dataDir> <inspectionId> <FULL|NORMAL|OFF> <vfs.so|-> <saves> [backup]
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { backupOnlineTo } from '../../../src-main/core/backup/backup';
import { backupFileFor } from '../../../src-main/core/backup/files';
import { openCore } from '../../../src-main/core/core';

const [dataDir, inspectionId, synchronous, vfs, savesArg, extra] = process.argv.slice(2) as [string, string, string, string, string, string | undefined];
const say = (line: string) => fs.writeSync(1, `${line}\n`);

if (vfs !== '-') {
  // Registers the "durable" VFS as the default: the core's connection, opened next, goes through it.
  const loader = new Database(':memory:');
  loader.loadExtension(vfs);
  loader.close();
}
const core = openCore({ dataDir, resourcesDir: 'resources' });
if (synchronous !== 'FULL') core.db.pragma(`synchronous = ${synchronous}`);
// Small checkpoints so the run also crosses WAL → database copies, not only WAL appends.
core.db.pragma('wal_autocheckpoint = 20');
say(`ready ${core.db.pragma('synchronous', { simple: true })}`);

const keys = ['licence_number', 'rso_name', 'dosimetry_provider', 'findings'];
const saves = Number(savesArg);
let backups = 0;
if (extra === 'backup') {
  // Back-to-back online backups while the answers are saved, as the daily backup would run.
  const loop = async () => {
    for (;;) {
      say(`backup-start ${++backups}`);
      await backupOnlineTo(core.db, backupFileFor(core.dataFile, 'daily', new Date()));
      say(`backup-done ${backups}`);
    }
  };
  void loop();
}

let n = 0;
const step = () => {
  for (let burst = 0; burst < 5 && n < saves; burst++) {
    n++;
    const itemKey = keys[n % keys.length]!;
    const r = core.call('inspections.saveAnswer', { inspectionId, itemKey, value: `Giá trị số ${n}` });
    if (!r.ok) {
      say(`error ${r.error.code} ${r.error.en}`);
      process.exit(3);
    }
    say(`ack ${itemKey} ${n}`);
  }
  if (n < saves) setImmediate(step);
  else finalSaves();
};
// The last saves before the plug is pulled land after the last checkpoint, always: without this,
// a run whose final commit happened to trigger a checkpoint would leave nothing unsynced, and the
// NORMAL run (WAL synced only at checkpoints) would lose nothing by luck of page counts. FULL must
// keep these too: it syncs the WAL at every commit, checkpoint or not.
const finalSaves = () => {
  core.db.pragma('wal_autocheckpoint = 0');
  for (const itemKey of keys) {
    n++;
    const r = core.call('inspections.saveAnswer', { inspectionId, itemKey, value: `Giá trị số ${n}` });
    if (!r.ok) {
      say(`error ${r.error.code} ${r.error.en}`);
      process.exit(3);
    }
    say(`ack ${itemKey} ${n}`);
  }
  say('done');
};
step();
// Stay alive (holding the file open, WAL not checkpointed on close) until killed.
setInterval(() => {}, 1000);
