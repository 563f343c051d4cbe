import { ConnectionType } from '@infitah/server-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NotificationKind } from '../inbox/notification.entity';

export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED';

@ObjectType({ description: 'An e-mail the platform could not deliver after every retry: for the network to act on.' })
@Entity({ name: 'delivery' })
export class Delivery {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'Its id (UUID).' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  channel: 'EMAIL';

  @Field(() => NotificationKind, { description: 'What it was about.' })
  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody: string;

  @Column({ name: 'source_key', type: 'text' })
  sourceKey: string;

  @Column({ type: 'text' })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'How many times sending was tried.' })
  @Column({ type: 'integer' })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'The last error the mail server gave.' })
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Field({ description: 'When the notification was due, ISO-8601 date-time in UTC.' })
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: "True for a daily digest (one e-mail listing a day's notifications; its kind is its first item's)." })
  @Column({ type: 'boolean', default: false })
  digest: boolean;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of failed deliveries, newest first.' })
export class DeliveryConnection extends ConnectionType(Delivery) {}
