import { mutation, query } from './define';
import {
  FacilityInput,
  FacilityListInput,
  FacilityUpdateInput,
  DeleteInput,
  IdInput,
  type Facility,
  type FacilityPage,
} from '../schemas/facility';

export const facilityOperations = {
  'facilities.list': query<FacilityPage>()(FacilityListInput),
  'facilities.get': query<Facility>()(IdInput),
  'facilities.create': mutation<Facility>()(FacilityInput),
  'facilities.update': mutation<Facility>()(FacilityUpdateInput),
  /** Marks the facility deleted (a tombstone that syncs); `facilities.restore` undoes it. */
  'facilities.delete': mutation<Facility>()(DeleteInput),
  'facilities.restore': mutation<Facility>()(IdInput),
} as const;
