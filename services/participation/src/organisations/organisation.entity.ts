import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType } from '@infitah/server-kit';

export enum PartnerStatus {
  NONE = 'NONE',
  PARTNER = 'PARTNER',
  FORMER_PARTNER = 'FORMER_PARTNER',
}
registerEnumType(PartnerStatus, { name: 'PartnerStatus' });

/** A civil-society association of a commune's registry (جمعية المجتمع المدني). */
@ObjectType()
@Entity({ name: 'organisation' })
export class Organisation {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'name_ar', type: 'text', nullable: true })
  nameAr: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'name_fr', type: 'text', nullable: true })
  nameFr: string | null;

  @Field(() => String, { nullable: true, description: 'Its field of action: youth, women, environment…' })
  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => PartnerStatus)
  @Column({ name: 'partner_status', type: 'text', default: PartnerStatus.NONE })
  partnerStatus: PartnerStatus;

  @Field()
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
export class OrganisationConnection extends ConnectionType(Organisation) {}
