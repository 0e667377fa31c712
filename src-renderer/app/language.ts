import dayjs from 'dayjs';
import { api } from '../api/client';
import { i18next, isLanguage, type Language } from '../i18n';
import { useUiStore } from '../store/ui';

/** Switches the UI language and remembers it in the data file (web mode's origin changes per start). */
export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  dayjs.locale(language);
  document.documentElement.lang = language;
  useUiStore.getState().setLanguageState(language);
  await api('settings.set', { key: 'ui.language', value: language });
}

export async function loadSavedLanguage(): Promise<Language> {
  try {
    const saved = await api('settings.get', { key: 'ui.language' });
    return isLanguage(saved) ? saved : 'vi';
  } catch {
    return 'vi';
  }
}
