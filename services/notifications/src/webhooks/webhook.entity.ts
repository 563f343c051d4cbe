import { ConnectionType, SyncFilter } from '@infitah/server-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NotificationKind } from '../inbox/notification.entity';

@ObjectType({
  description:
    'An address the platform calls (HTTP POST, signed per Standard Webhooks) when an event of one of its kinds happens. Owned by a collectivity (registered by one of its admins) or by the network; only its owner reads it.',
})
@Entity({ name: 'webhook' })
export class Webhook {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'Its id (UUID).' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field({ description: 'Where deliveries are sent (https; http and local addresses only outside production).' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => [NotificationKind], { description: 'The kinds of events it receives.' })
  @Column({ type: 'text', array: true })
  kinds: NotificationKind[];

  /** The signing secret (`whsec_…`): the worker signs with it; no field returns it after creation. */
  @Column({ type: 'text', select: false })
  secret: string;

  @Field({ description: 'False once disabled after a delivery failed every retry; a disabled endpoint receives nothing.' })
  @Column({ type: 'boolean' })
  active: boolean;

  @Field({ description: 'When it was registered, ISO-8601 date-time in UTC.' })
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was disabled; null while active.' })
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, {
    description:
      'When it was registered or last changed (disabled), set by the database on every write (ISO-8601 date-time, UTC); `webhooks` takes `filter.updatedSince` to read what changed, and `deletedWebhooks` lists those deleted.',
  })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}

@ObjectType({ description: "A page of the caller's webhooks, newest first (in sync order with `filter.updatedSince` or a sync cursor)." })
export class WebhookConnection extends ConnectionType(Webhook) {}

@InputType({ description: 'Narrows `webhooks`; it never widens what the caller may see.' })
export class WebhookFilter extends SyncFilter {}

@ObjectType({ description: 'A webhook just registered, with its signing secret: shown this once, never again.' })
export class CreatedWebhook {
  @Field({ description: 'The signing secret in the Standard Webhooks form `whsec_<base64>`: keep it to verify deliveries. It is never shown again.' })
  secret: string;

  @Field(() => Webhook, { description: 'The endpoint registered.' })
  webhook: Webhook;
}

@InputType({ description: 'A webhook to register.' })
export class WebhookInput {
  @Field({ description: 'The https address to POST deliveries to (http and local addresses are refused in production).' })
  url: string;

  @Field(() => [NotificationKind], { description: 'The kinds of events to receive, at least one.' })
  kinds: NotificationKind[];
}

@ObjectType({ description: "One attempt to deliver one message to a webhook: the owner's delivery log." })
@Entity({ name: 'webhook_delivery' })
export class WebhookDelivery {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The attempt’s id (UUID).' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @Field(() => NotificationKind, { description: 'The kind of event delivered.' })
  @Column({ type: 'text' })
  kind: NotificationKind;

  @Field(() => Int, { description: 'Which attempt at this message it was, from 1.' })
  @Column({ type: 'integer' })
  attempt: number;

  @Field({ description: 'Whether the endpoint answered with a 2xx status.' })
  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Field(() => Int, { nullable: true, description: 'The HTTP status the endpoint answered; null when no answer came.' })
  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, when it did.' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => Int, { description: 'How long the attempt took, in milliseconds.' })
  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs: number;

  @Field({ description: 'When it was made, ISO-8601 date-time in UTC.' })
  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}

@ObjectType({ description: "A page of a webhook's delivery attempts, newest first: a log that only grows, read in its own order (no sync order)." })
export class WebhookDeliveryConnection extends ConnectionType(WebhookDelivery) {}
