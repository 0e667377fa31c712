import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/charts/styles.css';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadSavedLanguage } from './app/language';
import { installNavigationGuard } from './app/navigation-guard';
import { initI18n } from './i18n';
import { useUiStore } from './store/ui';

async function boot() {
  installNavigationGuard();
  const language = await loadSavedLanguage();
  await initI18n(language);
  dayjs.locale(language);
  document.documentElement.lang = language;
  useUiStore.getState().setLanguageState(language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
