import { i18next } from '../../i18n';
import { formatNumber } from '../register/format';

/** A share as the reader writes it: "56,7 %" in Vietnamese. */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '—';
  return new Intl.NumberFormat(i18next.language === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
}

export function formatBytes(n: number): string {
  const kb = n / 1024;
  return kb < 1024 ? `${formatNumber(Math.round(kb))} KB` : `${formatNumber(Math.round((kb / 1024) * 10) / 10)} MB`;
}

export { formatNumber as formatCount };
