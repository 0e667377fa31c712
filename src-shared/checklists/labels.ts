import type { Text2 } from './schema';

/**
 * A template label may say "{regulation}" where the regulation in force belongs ("Kết quả phân
 * tích … theo {regulation}"): the same form serves facilities judged by QCVN 28:2010 and by
 * QCVN 40:2025, so the template must not name one. Filled with the code of the pack the item
 * is judged by; with neutral words where no pack is known yet.
 */
export const REGULATION_PLACEHOLDER = '{regulation}';

const IN_FORCE: Text2 = { vi: 'quy chuẩn áp dụng', en: 'the regulation in force' };

export function itemLabel(label: Text2, regulation: string | null): Text2 {
  if (!label.vi.includes(REGULATION_PLACEHOLDER) && !label.en.includes(REGULATION_PLACEHOLDER)) return label;
  return {
    vi: label.vi.replaceAll(REGULATION_PLACEHOLDER, regulation ?? IN_FORCE.vi),
    en: label.en.replaceAll(REGULATION_PLACEHOLDER, regulation ?? IN_FORCE.en),
  };
}
