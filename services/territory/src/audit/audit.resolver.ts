import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { assertAuthenticated, connectionOf, PageArgs, pageOf } from '@infitah/server-kit';
import { ApiKey } from '../api-keys/api-key.entity';
import type { TerritoryContext } from '../context';
import { AuditEntry, AuditEntryConnection } from './audit-entry.entity';

@InputType({ description: 'Narrows `auditLog`; conditions combine with AND. It never widens what the caller may read.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only entries of this collectivity (a UUID).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only entries recorded at or after this instant (ISO-8601); entries never change once written, so this is all a sync of the trail needs. In the trail\'s own order, newest first.',
  })
  updatedSince?: Date | null;

  @Field(() => String, { nullable: true, description: 'Only entries about this type of record, e.g. "Account"; exact match, up to 100 characters.' })
  @IsOptional()
  @MaxLength(100)
  entity?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries about the record with this id; exact match, up to 100 characters.' })
  @IsOptional()
  @MaxLength(100)
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the changes made with this API key (a UUID).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  apiKeyId?: string | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description:
      "The audit trail, newest first: any signed-in account of a collectivity reads its own collectivity's entries, NETWORK_ADMIN all of them. UNAUTHENTICATED when anonymous.",
  })
  async auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Narrows the trail; omitted, every entry the caller may read.' }) filter: AuditLogFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: TerritoryContext,
  ): Promise<AuditEntryConnection> {
    assertAuthenticated(context.caller);
    const page = pageOf(pageArgs);
    const manager = await context.manager();
    // row-level security limits a commune to its own entries; the filter only narrows
    const query = manager.createQueryBuilder(AuditEntry, 'e');
    if (filter?.collectivityId) query.andWhere('e.collectivity_id = :collectivityId', { collectivityId: filter.collectivityId });
    if (filter?.entity) query.andWhere('e.entity = :entity', { entity: filter.entity });
    if (filter?.apiKeyId) query.andWhere('e.api_key_id = :apiKeyId', { apiKeyId: filter.apiKeyId });
    if (filter?.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter?.updatedSince) query.andWhere('e.occurred_at >= :updatedSince', { updatedSince: filter.updatedSince });
    const [nodes, totalCount] = await query
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .offset(page.skip)
      .limit(page.take)
      .getManyAndCount();
    return connectionOf(nodes, totalCount, page);
  }

  @FieldResolver(() => ApiKey, {
    nullable: true,
    description:
      "The API key the change was made with (`apiKeyId`), for those who manage it: its collectivity's admins, the network for its own keys. Null for a change made in a person's session, and for a caller who may not see the key (an editor, another collectivity, the network for a collectivity's key, a request made with a key): `apiKeyId` still names it.",
  })
  apiKey(@Root() entry: AuditEntry, @Ctx() context: TerritoryContext): Promise<ApiKey | null> | null {
    return entry.apiKeyId ? context.loaders.apiKeyById.load(entry.apiKeyId) : null;
  }
}
