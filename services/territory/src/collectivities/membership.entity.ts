import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  ENDED = 'ENDED',
}
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

/** A collectivity's membership of the network. Memberships are public. */
@ObjectType()
@Entity({ name: 'network_membership' })
export class NetworkMembership {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field({ description: 'ISO-8601 at the precision known: "2023", "2024-12" or "2024-12-03".' })
  @Column({ name: 'joined_on', type: 'text' })
  joinedOn: string;

  @Field(() => MembershipStatus)
  @Column({ type: 'text', default: MembershipStatus.ACTIVE })
  status: MembershipStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
