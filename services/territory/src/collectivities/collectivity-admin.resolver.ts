import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { assertNetworkAdmin, assertUuid, badUserInput, enqueueNotification, forbidden, notFound, recordAudit, unauthenticated } from '@infitah/server-kit';
import type { TerritoryContext } from '../context';
import { Collectivity, CollectivityKind } from './collectivity.entity';
import { CollectivityProfileInput, CreateCollectivityInput, UpdateCollectivityInput } from './collectivity.input';
import { MembershipStatus, NetworkMembership } from './membership.entity';
import { CollectivityProfile } from './profile.entity';

/** Which kind of collectivity may sit directly above each kind. */
const PARENT_KINDS: Record<CollectivityKind, CollectivityKind[]> = {
  [CollectivityKind.REGION]: [],
  [CollectivityKind.PREFECTURE]: [CollectivityKind.REGION],
  [CollectivityKind.PROVINCE]: [CollectivityKind.REGION],
  [CollectivityKind.COMMUNE]: [CollectivityKind.PREFECTURE, CollectivityKind.PROVINCE],
};

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

async function assertParent(manager: EntityManager, kind: CollectivityKind, parentId: string | null): Promise<void> {
  if (!parentId) return;
  const parent = await manager.findOne(Collectivity, { where: { id: parentId } });
  if (!parent) throw badUserInput('parentId', 'names no collectivity');
  if (!PARENT_KINDS[kind].includes(parent.kind)) {
    throw badUserInput('parentId', `a ${kind.toLowerCase()} cannot sit under a ${parent.kind.toLowerCase()}`);
  }
}

function uniqueCodeViolation(error: { code?: string; constraint?: string }): never {
  if (error.code === '23505') throw badUserInput('code', 'is already used by another collectivity of this kind');
  throw error;
}

@Resolver(() => Collectivity)
export class CollectivityAdminResolver {
  @Mutation(() => Collectivity, {
    description:
      'Records a collectivity (reference data). Requires NETWORK_ADMIN (FORBIDDEN for other roles, UNAUTHENTICATED when anonymous); BAD_USER_INPUT names `parentId` or `code` when they break the rules of the input.',
  })
  async createCollectivity(@Arg('input', () => CreateCollectivityInput, { description: 'The new collectivity.' }) input: CreateCollectivityInput, @Ctx() context: TerritoryContext) {
    assertNetworkAdmin(context.caller);
    const manager = await context.manager();
    const parentId = input.parentId?.toLowerCase() ?? null;
    await assertParent(manager, input.kind, parentId);
    const collectivity = manager.create(Collectivity, {
      kind: input.kind,
      nameAr: input.nameAr.trim(),
      nameFr: input.nameFr.trim(),
      code: input.code?.trim() || null,
      parentId,
    });
    const saved = await manager.save(collectivity).catch(uniqueCodeViolation);
    await recordAudit(manager, context.caller, {
      service: 'territory',
      collectivityId: null,
      entity: 'Collectivity',
      entityId: saved.id,
      action: 'CREATE',
      after: saved,
    });
    return saved;
  }

  @Mutation(() => Collectivity, {
    description:
      'Edits reference data: names, code, place in the hierarchy. Requires NETWORK_ADMIN (FORBIDDEN otherwise, UNAUTHENTICATED when anonymous); NOT_FOUND for an unknown id, BAD_USER_INPUT naming `id`, `parentId` or `code` for invalid values.',
  })
  async updateCollectivity(
    @Arg('id', () => ID, { description: "The collectivity's UUID." }) id: string,
    @Arg('input', () => UpdateCollectivityInput, { description: 'The changes; fields left out stay as they are.' }) input: UpdateCollectivityInput,
    @Ctx() context: TerritoryContext,
  ) {
    assertNetworkAdmin(context.caller);
    const collectivityId = assertUuid('id', id);
    const manager = await context.manager();
    const collectivity = await manager.findOne(Collectivity, { where: { id: collectivityId } });
    if (!collectivity) throw notFound('Collectivity', collectivityId);
    const before = { ...collectivity };
    if (input.nameAr != null) collectivity.nameAr = input.nameAr.trim();
    if (input.nameFr != null) collectivity.nameFr = input.nameFr.trim();
    if (input.code != null) collectivity.code = input.code.trim() || null;
    if (input.clearParent) collectivity.parentId = null;
    else if (input.parentId) {
      if (input.parentId.toLowerCase() === collectivityId) throw badUserInput('parentId', 'cannot be the collectivity itself');
      collectivity.parentId = input.parentId.toLowerCase();
    }
    await assertParent(manager, collectivity.kind, collectivity.parentId);
    const saved = await manager.save(collectivity).catch(uniqueCodeViolation);
    await recordAudit(manager, context.caller, {
      service: 'territory',
      collectivityId: null,
      entity: 'Collectivity',
      entityId: saved.id,
      action: 'UPDATE',
      before,
      after: saved,
    });
    context.loaders.collectivityById.clear(saved.id).prime(saved.id, saved);
    return saved;
  }

  @Mutation(() => Collectivity, {
    description:
      'Admits a collectivity as an ACTIVE member, or re-admits one whose membership ENDED; returns the collectivity. Requires NETWORK_ADMIN (FORBIDDEN otherwise, UNAUTHENTICATED when anonymous); NOT_FOUND for an unknown collectivity, BAD_USER_INPUT naming `collectivityId` when it is already an ACTIVE or SUSPENDED member.',
  })
  async admitMember(
    @Arg('collectivityId', () => ID, { description: "The collectivity's UUID." }) id: string,
    @Arg('joinedOn', {
      description:
        'When it joins, ISO-8601 at the precision known: "2025", "2025-01" or "2025-01-15"; anything else is BAD_USER_INPUT naming `joinedOn`.',
    })
    joinedOn: string,
    @Ctx() context: TerritoryContext,
  ) {
    assertNetworkAdmin(context.caller);
    const collectivityId = assertUuid('collectivityId', id);
    if (!PARTIAL_DATE.test(joinedOn)) throw badUserInput('joinedOn', 'must be an ISO-8601 date such as 2025, 2025-01 or 2025-01-15');
    const manager = await context.manager();
    const collectivity = await manager.findOne(Collectivity, { where: { id: collectivityId } });
    if (!collectivity) throw notFound('Collectivity', collectivityId);
    const existing = await manager.findOne(NetworkMembership, { where: { collectivityId } });
    if (existing && existing.status !== MembershipStatus.ENDED) throw badUserInput('collectivityId', 'is already a member');
    const membership = await manager.save(
      Object.assign(existing ?? manager.create(NetworkMembership, { collectivityId }), { joinedOn, status: MembershipStatus.ACTIVE }),
    );
    await recordAudit(manager, context.caller, {
      service: 'territory',
      collectivityId,
      entity: 'NetworkMembership',
      entityId: collectivityId,
      action: existing ? 'UPDATE' : 'CREATE',
      before: existing ? { joinedOn: existing.joinedOn, status: existing.status } : null,
      after: { joinedOn: membership.joinedOn, status: membership.status },
    });
    await notifyMembershipChanged(context, collectivity, existing?.status ?? null, membership);
    context.loaders.membershipByCollectivityId.clear(collectivityId).prime(collectivityId, membership);
    return collectivity;
  }

  @Mutation(() => Collectivity, {
    description:
      'Suspends, ends or reactivates a membership; returns the collectivity. Requires NETWORK_ADMIN (FORBIDDEN otherwise, UNAUTHENTICATED when anonymous); NOT_FOUND when the collectivity has no membership.',
  })
  async setMembershipStatus(
    @Arg('collectivityId', () => ID, { description: "The member collectivity's UUID." }) id: string,
    @Arg('status', () => MembershipStatus, { description: 'The new status.' }) status: MembershipStatus,
    @Ctx() context: TerritoryContext,
  ) {
    assertNetworkAdmin(context.caller);
    const collectivityId = assertUuid('collectivityId', id);
    const manager = await context.manager();
    const membership = await manager.findOne(NetworkMembership, { where: { collectivityId } });
    if (!membership) throw notFound('NetworkMembership', collectivityId);
    const before = { joinedOn: membership.joinedOn, status: membership.status };
    membership.status = status;
    const saved = await manager.save(membership);
    await recordAudit(manager, context.caller, {
      service: 'territory',
      collectivityId,
      entity: 'NetworkMembership',
      entityId: collectivityId,
      action: 'UPDATE',
      before,
      after: { joinedOn: saved.joinedOn, status: saved.status },
    });
    const collectivity = await context.loaders.collectivityById.load(collectivityId);
    if (collectivity && before.status !== saved.status) await notifyMembershipChanged(context, collectivity, before.status, saved);
    context.loaders.membershipByCollectivityId.clear(collectivityId).prime(collectivityId, saved);
    return collectivity;
  }

  @Mutation(() => Collectivity, {
    description:
      "Edits the profile of the caller's own collectivity, creating it on first use; returns the collectivity. Requires COLLECTIVITY_ADMIN (FORBIDDEN for other roles, UNAUTHENTICATED when anonymous).",
  })
  async updateCollectivityProfile(
    @Arg('input', () => CollectivityProfileInput, { description: 'The changes; fields left out stay as they are.' }) input: CollectivityProfileInput,
    @Ctx() context: TerritoryContext,
  ) {
    const { caller } = context;
    if (caller.role === 'ANONYMOUS') throw unauthenticated();
    if (caller.role !== 'COLLECTIVITY_ADMIN' || !caller.collectivityId) throw forbidden("Only a collectivity's administrators edit its profile");
    const collectivityId = caller.collectivityId;
    const manager = await context.manager();
    const existing = await manager.findOne(CollectivityProfile, { where: { collectivityId } });
    const profile = existing ?? manager.create(CollectivityProfile, { collectivityId });
    const before = existing ? { ...existing } : null;
    for (const key of ['focalPointName', 'focalPointRole', 'contactEmail', 'contactPhone', 'descriptionAr', 'descriptionFr'] as const) {
      if (input[key] !== undefined) profile[key] = input[key]?.trim() || null;
    }
    const saved = await manager.save(profile);
    await recordAudit(manager, caller, {
      service: 'territory',
      collectivityId,
      entity: 'CollectivityProfile',
      entityId: collectivityId,
      action: existing ? 'UPDATE' : 'CREATE',
      before,
      after: saved,
    });
    context.loaders.profileByCollectivityId.clear(collectivityId).prime(collectivityId, saved);
    return context.loaders.collectivityById.load(collectivityId);
  }

  @FieldResolver(() => CollectivityProfile, { nullable: true, description: 'What the collectivity says of itself (focal point, contact, description); null until its admins fill it in. Public.' })
  profile(@Root() collectivity: Collectivity, @Ctx() context: TerritoryContext) {
    return context.loaders.profileByCollectivityId.load(collectivity.id);
  }
}

/** The collectivity's admins hear of their membership's new status, in the transaction that changes it. */
async function notifyMembershipChanged(context: TerritoryContext, collectivity: Collectivity, fromStatus: MembershipStatus | null, membership: NetworkMembership): Promise<void> {
  // one notification per change: the queue's key names the change, made unique by the moment of the transaction
  const [{ at }]: Array<{ at: string }> = await (await context.manager()).query("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD\"T\"HH24MISS.US') AS at");
  const changeId = `${collectivity.id}:${membership.status}:${at}`;
  await enqueueNotification(
    context,
    'MEMBERSHIP_CHANGED',
    { collectivityId: collectivity.id, nameAr: collectivity.nameAr, nameFr: collectivity.nameFr, fromStatus, toStatus: membership.status, joinedOn: membership.joinedOn, changeId },
    `MEMBERSHIP_CHANGED:${changeId}`,
  );
}
