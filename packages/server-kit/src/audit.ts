import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput } from './errors';
import type { Caller } from './caller';
import type { RequestScope } from './context';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'PUBLISH' | 'UNPUBLISH' | 'DISABLE' | 'ENABLE' | 'PASSWORD_CHANGE' | 'EXPORT' | 'ERASE' | 'IMPORT' | 'REVOKE';

export interface AuditRecord {
  service: string;
  /** The tenant the record belongs to; null for network-level records. */
  collectivityId: string | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

/** Keys never written to the trail: secrets, and a citizen's private contact. */
const SECRET_KEYS = new Set(['passwordHash', 'password_hash', 'password', 'contact', 'secretHash', 'secret_hash', 'secret']);

function redact(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (key, inner) => (SECRET_KEYS.has(key) ? undefined : inner)));
}

/**
 * Appends to the audit trail inside the request's transaction, so the entry and the change commit or roll
 * back together. Row-level security checks the actor and tenant named here against the caller.
 */
export async function recordAudit(manager: EntityManager, caller: Caller, record: AuditRecord): Promise<void> {
  await manager.query(
    `INSERT INTO audit.entry (collectivity_id, service, actor_id, actor_role, entity, entity_id, action, before, after, api_key_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      record.collectivityId,
      record.service,
      caller.userId,
      caller.role,
      record.entity,
      record.entityId,
      record.action,
      JSON.stringify(redact(record.before)),
      JSON.stringify(redact(record.after)),
      // a write made with an API key is the key's: the trail names it beside the account that created it
      caller.apiKey?.id ?? null,
    ],
  );
}

/** Audits a change to one tenant record in the request's transaction; the record itself is the `after`. */
export async function auditRecord(
  scope: RequestScope,
  service: string,
  entity: string,
  record: { collectivityId: string; id: string },
  action: AuditAction,
  before: unknown,
): Promise<void> {
  await recordAudit(await scope.manager(), scope.caller, {
    service,
    collectivityId: record.collectivityId,
    entity,
    entityId: record.id,
    action,
    before,
    after: action === 'DELETE' ? null : record,
  });
}

/**
 * A person's email as the personal-data operations take it (trimmed, lower-case, BAD_USER_INPUT naming
 * `email` otherwise), and the pseudonym the audit trail records instead of it: the erasure itself must
 * not leave the email behind.
 */
export function personalDataSubject(email: string): { email: string; pseudonym: string } {
  const normalised = email.trim().toLowerCase();
  if (normalised.length > 320 || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(normalised)) throw badUserInput('email', 'must be an email address');
  return { email: normalised, pseudonym: `sha256:${createHash('sha256').update(normalised).digest('hex').slice(0, 32)}` };
}
