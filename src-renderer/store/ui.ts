import { create } from 'zustand';
import type { Language } from '../i18n';

interface UiState {
  language: Language;
  setLanguageState(language: Language): void;
}

/** UI-only state (not records: those come from the API through react-query). */
export const useUiStore = create<UiState>((set) => ({
  language: 'vi',
  setLanguageState: (language) => set({ language }),
}));
