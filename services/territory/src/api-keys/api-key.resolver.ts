import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertAuthenticated, assertUuid, badUserInput, forbidden, notFound, pageAndCount, pageOf, PageArgs, recordAudit, type Caller } from '@infitah/server-kit';
import { Account } from '../accounts/account.entity';
import type { TerritoryContext } from '../context';
import { ApiKey, ApiKeyConnection, CreatedApiKey } from './api-key.entity';
import { ApiKeyFilter, CreateApiKeyInput } from './api-key.input';
import { hashApiKeySecret, newApiKeySecret } from './api-key.secret';

/**
 * Keys are managed by people: a collectivity's admins for its collectivity, the network for its own. A key never
 * manages keys (a key that could make another would outlive its own revocation).
 */
function assertManagesKeys(caller: Caller): void {
  assertAuthenticated(caller);
  if (caller.apiKey) throw forbidden('API keys are managed by a person signed in, not with an API key');
  if (caller.role === 'COLLECTIVITY_EDITOR') throw forbidden("Only the collectivity's administrators manage its API keys");
}

const auditView = (key: ApiKey) => ({ id: key.id, name: key.name, prefix: key.prefix, readOnly: key.readOnly, accountId: key.accountId, revokedAt: key.revokedAt });

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, {
    description:
      "The API keys of the caller's collectivity (for its admins) or of the network (for NETWORK_ADMIN), newest first, revoked ones included; in sync order with `filter.updatedSince` or a sync cursor (a key changes when it is used or revoked; keys are never deleted). UNAUTHENTICATED when anonymous; FORBIDDEN for a COLLECTIVITY_EDITOR and for a request made with an API key.",
  })
  async apiKeys(
    @Arg('filter', () => ApiKeyFilter, { nullable: true, description: 'Narrows the list; omitted, every key the caller manages.' }) filter: ApiKeyFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: TerritoryContext,
  ): Promise<ApiKeyConnection> {
    assertManagesKeys(context.caller);
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    // row-level security shows a tenant's keys to its own managers only; the filter keeps counts exact
    const query = manager.createQueryBuilder(ApiKey, 'k');
    if (context.caller.collectivityId) query.where('k.collectivity_id = :own', { own: context.caller.collectivityId });
    else query.where('k.collectivity_id IS NULL');
    return pageAndCount(query.orderBy('k.created_at', 'DESC').addOrderBy('k.id'), page);
  }

  @Mutation(() => CreatedApiKey, {
    description:
      "Creates an API key acting as the caller, for the caller's collectivity (a COLLECTIVITY_ADMIN) or the network (NETWORK_ADMIN), and returns its secret: shown this once, only a hash is kept. UNAUTHENTICATED when anonymous; FORBIDDEN for a COLLECTIVITY_EDITOR and for a request made with an API key; BAD_USER_INPUT naming `name`.",
  })
  async createApiKey(@Arg('input', () => CreateApiKeyInput, { description: 'The new key.' }) input: CreateApiKeyInput, @Ctx() context: TerritoryContext): Promise<CreatedApiKey> {
    const { caller } = context;
    assertManagesKeys(caller);
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) throw badUserInput('name', 'must be between 1 and 100 characters');
    const { secret, prefix } = newApiKeySecret();
    const manager = await context.manager();
    const key = manager.create(ApiKey, {
      name,
      prefix,
      readOnly: input.readOnly,
      collectivityId: caller.collectivityId,
      accountId: caller.userId!,
      secretHash: hashApiKeySecret(context.security.jwtSecret, secret),
    });
    const saved = await manager.save(key);
    await recordAudit(manager, caller, {
      service: 'territory',
      collectivityId: caller.collectivityId,
      entity: 'ApiKey',
      entityId: saved.id,
      action: 'CREATE',
      after: auditView(saved),
    });
    const apiKey = await manager.findOneOrFail(ApiKey, { where: { id: saved.id } });
    return { secret, apiKey };
  }

  @Mutation(() => ApiKey, {
    description:
      'Revokes an API key: the next request made with it is refused (UNAUTHENTICATED). Revoking a revoked key changes nothing. UNAUTHENTICATED when anonymous; FORBIDDEN for a COLLECTIVITY_EDITOR and for a request made with an API key; NOT_FOUND for a key the caller does not manage; BAD_USER_INPUT naming `id` when it is not a UUID.',
  })
  async revokeApiKey(@Arg('id', () => ID, { description: "The key's UUID." }) id: string, @Ctx() context: TerritoryContext): Promise<ApiKey> {
    const { caller } = context;
    assertManagesKeys(caller);
    const keyId = assertUuid('id', id);
    const manager = await context.manager();
    // row-level security hides the keys of other tenants
    const key = await manager.findOne(ApiKey, { where: { id: keyId }, lock: { mode: 'pessimistic_write' } });
    if (!key || key.collectivityId !== caller.collectivityId) throw notFound('ApiKey', keyId);
    if (key.revokedAt) return key;
    const before = auditView(key);
    await manager.query('UPDATE territory.api_key SET revoked_at = now() WHERE id = $1', [keyId]);
    const revoked = await manager.findOneOrFail(ApiKey, { where: { id: keyId } });
    await recordAudit(manager, caller, {
      service: 'territory',
      collectivityId: key.collectivityId,
      entity: 'ApiKey',
      entityId: keyId,
      action: 'REVOKE',
      before,
      after: auditView(revoked),
    });
    return revoked;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account the key acts as (the one that created it); null if the caller may not see it.' })
  createdBy(@Root() key: ApiKey, @Ctx() context: TerritoryContext): Promise<Account | null> {
    return context.loaders.accountById.load(key.accountId);
  }
}
