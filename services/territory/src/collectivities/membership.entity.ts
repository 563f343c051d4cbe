import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  ENDED = 'ENDED',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: "State of a collectivity's membership of the network; only ACTIVE members count in the network's figures.",
  valuesConfig: {
    ACTIVE: { description: "A member in good standing, counted in the network's figures." },
    SUSPENDED: { description: 'Suspended by the network: not counted; `setMembershipStatus` may reactivate it.' },
    ENDED: { description: 'Ended: not counted; `admitMember` may admit the collectivity again.' },
  },
});

/** A collectivity's membership of the network. Memberships are public. */
@ObjectType({ description: "A collectivity's membership of the network. Public; only the network admits members and changes their status." })
@Entity({ name: 'network_membership' })
export class NetworkMembership {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field({ description: 'When it joined (or last re-joined), ISO-8601 at the precision known: "2023", "2024-12" or "2024-12-03".' })
  @Column({ name: 'joined_on', type: 'text' })
  joinedOn: string;

  @Field(() => MembershipStatus, { description: 'ACTIVE, SUSPENDED or ENDED; set by the network.' })
  @Column({ type: 'text', default: MembershipStatus.ACTIVE })
  status: MembershipStatus;

  /** The wave it joined with, exposed as `cohort` (see cohorts/membership.resolver.ts). */
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
