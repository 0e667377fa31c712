import type { Text2 } from '../../../src-shared/checklists/schema';
import { itemLabel } from '../../../src-shared/checklists/labels';
import type { Item } from '../../../src-shared/checklists/schema';
import { domainOf } from '../../../src-shared/judging/judge-template';
import { dateRange, itemDateMeaning } from '../../../src-shared/schemas/date-ranges';
import { useInspectionVerdicts } from './queries';

/** The item's label with "{regulation}" filled by the pack its domain is judged by (QCVN 28 or 40). */
export function useItemLabel(inspectionId: string, item: Item): Text2 {
  const verdicts = useInspectionVerdicts(inspectionId);
  const domain = item.rule ? domainOf(item.rule) : null;
  const regulation = verdicts.data?.packs.find((p) => p.domain === domain)?.regulation ?? null;
  return itemLabel(item.label, regulation);
}

/** The dates a date item may take around the day of the check (the core refuses the others). */
export function useItemDateRange(inspectionId: string, item: Item): { min: string; max: string } | null {
  const verdicts = useInspectionVerdicts(inspectionId);
  const day = verdicts.data?.date;
  if (item.type !== 'date' || !day) return null;
  return dateRange(itemDateMeaning(item.key), day);
}
