import { NOTIFICATION_KINDS, type NotificationKind as Kind } from '@infitah/contract';
import { ConnectionType } from '@infitah/server-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The enum's values, from @infitah/contract's one list. */
export const NotificationKind = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, kind])) as { [K in Kind]: K };
export type NotificationKind = Kind;

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; one list for the inbox, e-mail and webhooks.',
  valuesConfig: {
    PROPOSAL_SUBMITTED: { description: "A new proposal in the commune (a citizen's or one the commune entered): to its editors and admins." },
    PROPOSAL_ANSWERED: { description: 'A proposal answered and published: to the citizen who left an e-mail address and agreed to be contacted.' },
    CONSULTATION_OPENED: { description: "A commune's public consultation opened: to the citizens who follow it." },
    MILESTONE_DUE: { description: 'A milestone due within 14 days or overdue: to the commune’s admins.' },
    REPORT_DUE: { description: 'A progress report due: to the commune’s admins.' },
    REVIEW_PUBLISHED: { description: 'A review or programme report published: to the commune’s admins.' },
    PROGRAM_STATUS_CHANGED: { description: 'A programme’s status changed: to the network.' },
    TRAINING_INVITATION: { description: 'A network training planned: to the focal points of the invited members.' },
    MEMBERSHIP_CHANGED: { description: 'A membership admitted or suspended: to the collectivity’s admins.' },
    EVENT_PUBLISHED: { description: 'An event published: to the webhooks subscribed to it.' },
    WEBHOOK_DISABLED: { description: 'A webhook endpoint disabled after its deliveries failed every retry: to its owner’s admins.' },
  },
});

@ObjectType({ description: "A message in an account's inbox. Only its recipient ever reads it." })
@Entity({ name: 'notification' })
export class Notification {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'Its id (UUID).' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'title_ar', type: 'text' })
  titleAr: string;

  @Column({ name: 'title_fr', type: 'text' })
  titleFr: string;

  @Column({ name: 'body_ar', type: 'text' })
  bodyAr: string;

  @Column({ name: 'body_fr', type: 'text' })
  bodyFr: string;

  @Field({ description: 'Where to act on it: an address of the console or the portal.' })
  @Column({ type: 'text' })
  link: string;

  @Column({ name: 'source_key', type: 'text' })
  sourceKey: string;

  @Field({ description: 'When it was delivered, ISO-8601 date-time in UTC.' })
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When its recipient marked it read; null while unread.' })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of notifications, newest first, with the number matching over all pages.' })
export class NotificationConnection extends ConnectionType(Notification) {}
