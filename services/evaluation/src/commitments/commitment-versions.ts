import type { EntityManager } from 'typeorm';
import type { Caller } from '@infitah/server-kit';
import { Commitment, Indicator, Milestone } from './commitment.entity';
import { CommitmentChange, CommitmentVersion, CommitmentVersionKind } from './commitment-version.entity';

/** The parts of a commitment that make its plan, as adopted and amended; doing it (completion, done, evidence) is not one. */
const PLAN_FIELDS = [
  'titleAr',
  'titleFr',
  'problem',
  'causes',
  'statusQuo',
  'objective',
  'action',
  'contribution',
  'principles',
  'relevance',
  'leadUnit',
  'partners',
  'supportingActors',
  'startsOn',
  'endsOn',
  'axisId',
] as const;

export type PlanSnapshot = Record<string, unknown>;

/** The plan of a commitment with its milestones and indicators, as stored now. */
export async function planOf(manager: EntityManager, commitment: Commitment): Promise<PlanSnapshot> {
  const key = { collectivityId: commitment.collectivityId, commitmentId: commitment.id };
  const milestones = await manager.find(Milestone, { where: key, order: { position: 'ASC' } });
  const indicators = await manager.find(Indicator, { where: key, order: { title: 'ASC', id: 'ASC' } });
  const snapshot: PlanSnapshot = {};
  for (const field of PLAN_FIELDS) snapshot[field] = commitment[field] ?? null;
  snapshot.contact = { name: commitment.contactName, role: commitment.contactRole, email: commitment.contactEmail, phone: commitment.contactPhone };
  snapshot.milestones = milestones.map(({ title, startsOn, dueOn, deliverable, weight }) => ({ title, startsOn, dueOn, deliverable, weight }));
  snapshot.indicators = indicators.map(({ id, title, unit, baseline, target, direction }) => ({ id, title, unit, baseline, target, direction }));
  return snapshot;
}

/** What changed from one plan to the next, field by field (milestones and indicators as whole lists). */
export function changesBetween(before: PlanSnapshot, after: PlanSnapshot): CommitmentChange[] {
  const changes: CommitmentChange[] = [];
  for (const field of Object.keys(after)) {
    const was = JSON.stringify(before[field] ?? null);
    const now = JSON.stringify(after[field] ?? null);
    if (was !== now) changes.push({ field, before: before[field] == null ? null : was, after: after[field] == null ? null : now });
  }
  return changes;
}

export async function appendVersion(
  manager: EntityManager,
  caller: Caller,
  commitment: Commitment,
  version: {
    kind: CommitmentVersionKind;
    snapshot: PlanSnapshot;
    changes?: CommitmentChange[];
    reason?: string | null;
    councilSessionEventId?: string | null;
    councilSessionText?: string | null;
    amendedOn?: string | null;
    createdBy?: string | null;
  },
): Promise<CommitmentVersion> {
  const [{ next }] = await manager.query(
    'SELECT coalesce(max(number), 0) + 1 AS next FROM evaluation.commitment_version WHERE collectivity_id = $1 AND commitment_id = $2',
    [commitment.collectivityId, commitment.id],
  );
  return manager.save(
    manager.create(CommitmentVersion, {
      collectivityId: commitment.collectivityId,
      commitmentId: commitment.id,
      number: Number(next),
      kind: version.kind,
      reason: version.reason ?? null,
      councilSessionEventId: version.councilSessionEventId ?? null,
      councilSessionText: version.councilSessionText ?? null,
      amendedOn: version.amendedOn ?? null,
      changes: version.changes ?? [],
      snapshot: version.snapshot,
      createdBy: version.createdBy === undefined ? (caller.role === 'ANONYMOUS' ? null : caller.userId ?? null) : version.createdBy,
    }),
  );
}
