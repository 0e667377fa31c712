import { mutation, query } from './define';
import { FindingCreateInput, FindingListInput, FindingUpdateInput, type Finding } from '../schemas/finding';
import { IdInput } from '../schemas/facility';
import {
  FacilityIdInput,
  RequirementCloseInput,
  RequirementCreateInput,
  RequirementListInput,
  RequirementUpdateInput,
  type Requirement,
  type RequirementPage,
} from '../schemas/requirement';

/** Findings of inspections, and the requirements (kiến nghị, yêu cầu khắc phục) that follow them. */
export const findingOperations = {
  /** By inspection or by facility; auto findings (origin 'rule') carry their verdict. */
  'findings.list': query<Finding[]>()(FindingListInput),
  'findings.create': mutation<Finding>()(FindingCreateInput),
  'findings.update': mutation<Finding>()(FindingUpdateInput),
  'findings.delete': mutation<Finding>()(IdInput),
  'findings.restore': mutation<Finding>()(IdInput),

  'requirements.list': query<RequirementPage>()(RequirementListInput),
  'requirements.create': mutation<Requirement>()(RequirementCreateInput),
  'requirements.update': mutation<Requirement>()(RequirementUpdateInput),
  /** A follow-up inspection records done / not done. */
  'requirements.close': mutation<Requirement>()(RequirementCloseInput),
  /** What the follow-up form lists for a facility, earliest deadline first. */
  'requirements.openForFacility': query<Requirement[]>()(FacilityIdInput),
} as const;
