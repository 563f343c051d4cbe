import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ConnectionType } from '@infitah/server-kit';

/** One write, as recorded in the shared, append-only audit trail (`audit.entry`). */
@ObjectType()
@Entity({ schema: 'audit', name: 'entry' })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'The tenant; null for network-level records.' })
  @Column({ name: 'collectivity_id', type: 'uuid', nullable: true })
  collectivityId: string | null;

  @Field()
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Field({ description: 'The subgraph that made the change.' })
  @Column({ type: 'text' })
  service: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Field()
  @Column({ type: 'text' })
  entity: string;

  @Field()
  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Field()
  @Column({ type: 'text' })
  action: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: unknown;
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}
