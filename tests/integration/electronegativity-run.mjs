// Runs electronegativity (its CLI breaks on the commander this project uses, so through its
// runner) on one folder and prints one JSON line per finding, then a summary line.
import { createRequire } from 'node:module';

const run = createRequire(import.meta.url)('@doyensec/electronegativity/dist/runner.js');

const [input, electronVersion] = process.argv.slice(2);
run({ input, electronVersionOverride: electronVersion, isRelative: true, customScan: [], excludeFromScan: [], parserPlugins: [] }, false).then(
  (result) => {
    for (const i of result.issues) {
      console.log(JSON.stringify({ finding: { id: i.id, file: i.file, line: i.location.line, column: i.location.column, severity: i.severity.name, confidence: i.confidence.name, description: i.description, sample: String(i.sample ?? '').slice(0, 200) } }));
    }
    console.log(JSON.stringify({ summary: { atomicChecks: result.atomicChecks, globalChecks: result.globalChecks, errors: result.errors.length } }));
  },
  (err) => {
    console.error(err.stack);
    process.exit(1);
  },
);
