import { appHandlers } from './app';
import { facilityHandlers } from './facilities';
import type { Handlers } from './types';

/** Every operation's implementation; each area keeps its slice in its own file. */
export const handlers: Handlers = {
  ...appHandlers,
  ...facilityHandlers,
};
