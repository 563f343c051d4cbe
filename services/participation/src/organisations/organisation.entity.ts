import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType } from '@infitah/server-kit';

export enum PartnerStatus {
  NONE = 'NONE',
  PARTNER = 'PARTNER',
  FORMER_PARTNER = 'FORMER_PARTNER',
}
registerEnumType(PartnerStatus, {
  name: 'PartnerStatus',
  description: 'Whether an organisation is a partner of the collectivity.',
  valuesConfig: {
    NONE: { description: 'Not a partner (the default).' },
    PARTNER: { description: 'A current partner of the collectivity.' },
    FORMER_PARTNER: { description: 'Was a partner, no longer is.' },
  },
});

/** A civil-society association of a commune's registry (جمعية المجتمع المدني). */
@ObjectType({
  description:
    "A civil-society association of a collectivity's registry. Created unpublished: until published it is seen only by its own collectivity's accounts and the network.",
})
@Entity({ name: 'organisation' })
export class Organisation {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'Name in Arabic; every organisation has a name in Arabic, in French or both.' })
  @Column({ name: 'name_ar', type: 'text', nullable: true })
  nameAr: string | null;

  @Field(() => String, { nullable: true, description: 'Name in French; every organisation has a name in Arabic, in French or both.' })
  @Column({ name: 'name_fr', type: 'text', nullable: true })
  nameFr: string | null;

  @Field(() => String, { nullable: true, description: 'Its field of action: youth, women, environment…' })
  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => PartnerStatus, { description: 'Whether it is a partner of the collectivity.' })
  @Column({ name: 'partner_status', type: 'text', default: PartnerStatus.NONE })
  partnerStatus: PartnerStatus;

  @Field({ description: 'False when created; setOrganisationPublished makes it visible to everyone.' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of organisations, with the number of organisations matching over all pages.' })
export class OrganisationConnection extends ConnectionType(Organisation) {}
