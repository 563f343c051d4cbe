import { CreateActionPrograms1764403400000 } from './1764403400000-CreateActionPrograms';

/** In order of application. */
export const migrations = [CreateActionPrograms1764403400000];
