import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';

dayjs.extend(customParseFormat);

/** Vietnamese users read and type dates as dd/MM/yyyy; the API stores yyyy-MM-dd. */
export const DISPLAY_DATE = 'DD/MM/YYYY';

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso.length === 10 ? iso : iso, iso.length === 10 ? 'YYYY-MM-DD' : undefined);
  return d.isValid() ? d.format(DISPLAY_DATE) : iso;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format(`${DISPLAY_DATE} HH:mm`) : iso;
}

/** Date object from a picker → ISO date, or null. */
export function toIsoDate(value: Date | string | null | undefined): string | null {
  if (!value) return null;
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD') : null;
}
