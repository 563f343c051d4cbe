import { CreateEvents1764403300000 } from './1764403300000-CreateEvents';

/** In order of application. */
export const migrations = [CreateEvents1764403300000];
