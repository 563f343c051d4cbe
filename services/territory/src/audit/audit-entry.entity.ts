import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ConnectionType } from '@infitah/server-kit';

/** One write, as recorded in the shared, append-only audit trail (`audit.entry`). */
@ObjectType({
  description:
    "One write, as recorded in the shared, append-only audit trail. The network reads every entry; a collectivity's accounts only those of their own collectivity.",
})
@Entity({ schema: 'audit', name: 'entry' })
export class AuditEntry {
  @Field(() => ID, { description: "The entry's UUID." })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The collectivity the changed record belongs to; null for network-level records (collectivities, network accounts).',
  })
  @Column({ name: 'collectivity_id', type: 'uuid', nullable: true })
  collectivityId: string | null;

  @Field({ description: 'Instant of the write, by the database clock.' })
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Field({ description: 'The subgraph that made the change: territory, participation or evaluation.' })
  @Column({ type: 'text' })
  service: string;

  @Field(() => ID, { nullable: true, description: 'UUID of the account that made the change; null when no account is recorded.' })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'UUID of the API key the change was made with (acting as `actorId`, the account that created it); null for a change made in a person\'s session.',
  })
  @Column({ name: 'api_key_id', type: 'uuid', nullable: true })
  apiKeyId: string | null;

  @Field({ description: "The actor's role at the time: NETWORK_ADMIN, COLLECTIVITY_ADMIN or COLLECTIVITY_EDITOR." })
  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Field({ description: 'Type of the changed record, e.g. Collectivity, NetworkMembership, CollectivityProfile or Account.' })
  @Column({ type: 'text' })
  entity: string;

  @Field({ description: "Id of the changed record; for a membership or a profile, the collectivity's id." })
  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Field({ description: 'CREATE, UPDATE, DELETE, PUBLISH, UNPUBLISH, DISABLE, ENABLE, PASSWORD_CHANGE, REVOKE (an API key), or IMPORT for a CSV import (one entry per import, its counts in `after`).' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The record before the change, as JSON; null for a creation. Secrets (passwords, their hashes) and citizens' private contacts are left out.",
  })
  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The record after the change, as JSON, with the same omissions; null for a deletion or a password change.',
  })
  @Column({ type: 'jsonb', nullable: true })
  after: unknown;
}

@ObjectType({ description: 'A page of audit entries, newest first.' })
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}
