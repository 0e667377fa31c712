// `npm start` (after the build): the desktop app when an Electron binary is installed, otherwise
// the same app in web mode (`kiemtra serve`). Never requires the `electron` package, whose
// lookup would try to download the binary.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEB_MODE_NOTICE, findElectronBinary } from './lib/electron-runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const lookup = findElectronBinary({ electronDir: path.join(root, 'node_modules', 'electron'), env: process.env, fs });

if (lookup.found) {
  // ELECTRON_RUN_AS_NODE would turn Electron into plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(lookup.binary, [root, ...args], env);
} else {
  console.log(WEB_MODE_NOTICE);
  run(process.execPath, [path.join(root, 'bin', 'kiemtra.cjs'), 'serve', ...args], process.env);
}

/** Runs the child in this terminal, passes Ctrl+C and kill on to it, and exits as it exits. */
function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', env, cwd: root });
  const forward = (signal) => () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward(signal));
  child.on('error', (err) => {
    console.error(`KiemTra: could not start ${command}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const s of signals) process.removeAllListeners(s);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}
