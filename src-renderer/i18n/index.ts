import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common as viCommon } from './vi/common';
import { facilities as viFacilities } from './vi/facilities';
import { inspections as viInspections } from './vi/inspections';
import { register as viRegister } from './vi/register';
import { search as viSearch } from './vi/search';
import { verdicts as viVerdicts } from './vi/verdicts';
import { findings as viFindings } from './vi/findings';
import { warnings as viWarnings } from './vi/warnings';
import { flow as viFlow } from './vi/flow';
import { a11y as viA11y } from './vi/a11y';
import { backup as viBackup } from './vi/backup';
import { trust as viTrust } from './vi/trust';
import { identity as viIdentity } from './vi/identity';
import { minutes as viMinutes } from './vi/minutes';
import { minutesPdf as viMinutesPdf } from './vi/minutes-pdf';
import { audit as viAudit } from './vi/audit';
import { reports as viReports } from './vi/reports';
import { sync as viSync } from './vi/sync';
import { common as enCommon } from './en/common';
import { facilities as enFacilities } from './en/facilities';
import { inspections as enInspections } from './en/inspections';
import { register as enRegister } from './en/register';
import { search as enSearch } from './en/search';
import { verdicts as enVerdicts } from './en/verdicts';
import { findings as enFindings } from './en/findings';
import { warnings as enWarnings } from './en/warnings';
import { flow as enFlow } from './en/flow';
import { a11y as enA11y } from './en/a11y';
import { backup as enBackup } from './en/backup';
import { trust as enTrust } from './en/trust';
import { identity as enIdentity } from './en/identity';
import { minutes as enMinutes } from './en/minutes';
import { minutesPdf as enMinutesPdf } from './en/minutes-pdf';
import { audit as enAudit } from './en/audit';
import { reports as enReports } from './en/reports';
import { sync as enSync } from './en/sync';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each feature adds its namespace here, Vietnamese first; English mirrors its type. */
export const resources = {
  vi: { common: viCommon, facilities: viFacilities, inspections: viInspections, register: viRegister, search: viSearch, verdicts: viVerdicts, findings: viFindings, warnings: viWarnings, flow: viFlow, a11y: viA11y, backup: viBackup, trust: viTrust, identity: viIdentity, minutes: viMinutes, minutesPdf: viMinutesPdf, audit: viAudit, reports: viReports, sync: viSync },
  en: { common: enCommon, facilities: enFacilities, inspections: enInspections, register: enRegister, search: enSearch, verdicts: enVerdicts, findings: enFindings, warnings: enWarnings, flow: enFlow, a11y: enA11y, backup: enBackup, trust: enTrust, identity: enIdentity, minutes: enMinutes, minutesPdf: enMinutesPdf, audit: enAudit, reports: enReports, sync: enSync },
} as const;

export function isLanguage(v: unknown): v is Language {
  return v === 'vi' || v === 'en';
}

export async function initI18n(language: Language = 'vi') {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'vi',
    defaultNS: 'common',
    ns: Object.keys(resources.vi),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export { i18next };
