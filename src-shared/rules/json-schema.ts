import { rulePackJsonSchema } from './pack-schema';

/** The exact text of resources/rules/rule-pack.schema.json (scripts/gen-rule-schema.ts writes it). */
export function rulePackJsonSchemaText(): string {
  return `${JSON.stringify(rulePackJsonSchema(), null, 2)}\n`;
}
