import type { Migration } from '../types';
import { migration001 } from './001_foundation';
import { migration002 } from './002_register';
import { migration003 } from './003_inspections';
import { migration004 } from './004_rule_packs';
import { migration005 } from './005_findings';
import { migration010 } from './010_sync_state';

/** Every migration in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration010];

export const LATEST_SCHEMA_VERSION = Math.max(0, ...migrations.map((m) => m.version));
