import type { ruleOperations } from '../../../src-shared/api/rules';
import { importPack, listPacks } from '../rules/packs';
import { deviceKeys, releaseKey, revokeKey, trustKey, type TrustedKey } from '../rules/trust';
import type { HandlerSlice } from './types';

export const ruleHandlers: HandlerSlice<keyof typeof ruleOperations> = {
  'rules.packs.list': (env) => listPacks(env),
  'rules.packs.import': (env, input) => importPack(env, input),
  'rules.keys.list': (env) => {
    const release = releaseKey(env.resources.dir);
    return [...(release ? [release] : []), ...deviceKeys(env.db)].map(keyInfo);
  },
  'rules.keys.trust': (env, input) => keyInfo(trustKey(env, input)),
  'rules.keys.revoke': (env, input) => revokeKey(env, input),
};

const keyInfo = ({ fingerprint, label, source, addedAt, addedBy }: TrustedKey) => ({ fingerprint, label, source, addedAt, addedBy });
