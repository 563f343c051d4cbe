import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Arg, Args, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { assertAuthenticated, pageOf, PageArgs } from '@infitah/server-kit';
import type { TerritoryContext } from '../context';
import { AuditEntry, AuditEntryConnection } from './audit-entry.entity';

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  entity?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  entityId?: string | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: "The audit trail, newest first: a collectivity reads its own, the network all of it." })
  async auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
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
    if (filter?.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    const [nodes, totalCount] = await query
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .offset(page.skip)
      .limit(page.take)
      .getManyAndCount();
    return { totalCount, nodes };
  }
}
