import { create } from 'zustand';

export type RegisterEntity = 'xrayUnits' | 'sealedSources' | 'wastewaterSystems' | 'licences' | 'workers' | 'doseRecords';

interface VersionState {
  versions: Record<RegisterEntity, number>;
  bump(entity: RegisterEntity): void;
}

/**
 * A counter per register entity, part of every list's key: a save, delete or undo bumps it and
 * every virtual list of that entity (facility tab, overview) fetches again from the first page.
 */
export const useRegisterVersion = create<VersionState>((set) => ({
  versions: { xrayUnits: 0, sealedSources: 0, wastewaterSystems: 0, licences: 0, workers: 0, doseRecords: 0 },
  bump: (entity) => set((s) => ({ versions: { ...s.versions, [entity]: s.versions[entity] + 1 } })),
}));
