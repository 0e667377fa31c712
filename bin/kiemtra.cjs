#!/usr/bin/env node
// The `kiemtra` command: runs the bundled CLI (built by `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'kiemtra.cjs');
if (!fs.existsSync(bundle)) {
  console.error('kiemtra: the CLI is not built yet. Run `npm run build` first (npm start does it for you).');
  process.exit(2);
}
require(bundle);
