// Writes resources/rules/rule-pack.schema.json from the zod schema, the one source of truth.
// Run after changing src-shared/rules/pack-schema.ts:  node --import tsx scripts/gen-rule-schema.ts
// (tests/unit/rules/json-schema.test.ts fails while the committed file is stale).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulePackJsonSchemaText } from '../src-shared/rules/json-schema';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'rules', 'rule-pack.schema.json');
fs.writeFileSync(target, rulePackJsonSchemaText());
console.log(`wrote ${target}`);
