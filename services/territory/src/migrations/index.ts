import { CreateTerritory1764403200000 } from './1764403200000-CreateTerritory';

/** In order of application. */
export const migrations = [CreateTerritory1764403200000];
