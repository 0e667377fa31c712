import type { Migration } from '../types';
import { migration001 } from './001_foundation';
import { migration002 } from './002_register';
import { migration003 } from './003_inspections';
import { migration004 } from './004_rule_packs';
import { migration005 } from './005_findings';
import { migration007 } from './007_check_flow';

/** Every migration in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration007];

// The highest version, not the count: branches add their numbered migrations independently.
export const LATEST_SCHEMA_VERSION = Math.max(...migrations.map((m) => m.version));
