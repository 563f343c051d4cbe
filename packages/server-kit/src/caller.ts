import type { Role } from '@infitah/contract';

/** Who is asking. The tenant is resolved once, at the edge, and passed down explicitly. */
export type { Role };

export interface Caller {
  role: Role | 'ANONYMOUS';
  userId: string | null;
  collectivityId: string | null;
  /**
   * The API key the request was made with: it acts as the account that created it (`userId`, `role`, `collectivityId`),
   * never more; a read-only key is refused every mutation. Absent or null for a person's session.
   */
  apiKey?: { id: string; readOnly: boolean } | null;
}

export const ANONYMOUS: Caller = Object.freeze({ role: 'ANONYMOUS', userId: null, collectivityId: null });
