import type { Role } from '@infitah/contract';

/** Who is asking. The tenant is resolved once, at the edge, and passed down explicitly. */
export type { Role };

export interface Caller {
  role: Role | 'ANONYMOUS';
  userId: string | null;
  collectivityId: string | null;
}

export const ANONYMOUS: Caller = Object.freeze({ role: 'ANONYMOUS', userId: null, collectivityId: null });
