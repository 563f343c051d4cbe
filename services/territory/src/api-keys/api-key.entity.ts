import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType } from '@infitah/server-kit';

/** A key for machines: it acts as the account that created it, never more. Its secret is shown once, at creation. */
@ObjectType({
  description:
    "An API key for a machine: sent as `Authorization: Bearer <secret>`, it acts with the rights of the account that created it (row-level security included), never more; a read-only key is refused every mutation. Seen and revoked by its collectivity's admins, or by the network for the network's keys.",
})
@Entity({ name: 'api_key' })
export class ApiKey {
  @Field(() => ID, { description: "The key's UUID; the audit trail names it (`AuditEntry.apiKeyId`) for every change made with it." })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'What the key is for, as its creator named it (1–100 characters).' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: "The secret's public beginning (`ifk_<prefix>_…`), to tell keys apart; the rest of the secret is never shown again." })
  @Column({ type: 'text' })
  prefix: string;

  @Field({ description: 'True: the key only reads; every mutation it sends is refused with FORBIDDEN (`extensions.reason` API_KEY_READ_ONLY).' })
  @Column({ name: 'read_only', type: 'boolean' })
  readOnly: boolean;

  @Field({ description: 'Instant the key was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Instant the key was last accepted, to the minute; null if never used.' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Instant the key was revoked; from then on it is refused. Null while it is active.' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, {
    description:
      'When the key was created or last changed (its last use, its revocation), set by the database on every write (ISO-8601 date-time, UTC); `apiKeys` takes `filter.updatedSince` to read what changed.',
  })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'collectivity_id', type: 'uuid', nullable: true })
  collectivityId: string | null;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'secret_hash', type: 'bytea', select: false })
  secretHash: Buffer;
}

@ObjectType({ description: 'A page of API keys, newest first (in sync order with `filter.updatedSince` or a sync cursor).' })
export class ApiKeyConnection extends ConnectionType(ApiKey) {}

@ObjectType({ description: 'A key just created, with its secret: the only time the secret is shown.' })
export class CreatedApiKey {
  @Field({ description: 'The secret to send as `Authorization: Bearer <secret>`. Shown this once: only a hash of it is kept.' })
  secret: string;

  @Field(() => ApiKey, { description: 'The key, as `apiKeys` lists it.' })
  apiKey: ApiKey;
}
