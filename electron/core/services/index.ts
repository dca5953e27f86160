import type { contract } from '../../../shared/contract';
import type { Handlers } from '../context';
import { adminHandlers } from './admin';
import { partiesHandlers } from './parties';
import { systemHandlers } from './system';

// A route of the contract without its handler here, or with the wrong types, does not compile.
export const handlers = {
  ...systemHandlers,
  ...adminHandlers,
  ...partiesHandlers,
} satisfies Handlers<typeof contract>;
