import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What a collectivity says of itself: its focal point, contact and description. Public. */
@ObjectType()
@Entity({ name: 'collectivity_profile' })
export class CollectivityProfile {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => String, { nullable: true, description: 'The focal point (نقطة ارتكاز) who represents it in the network.' })
  @Column({ name: 'focal_point_name', type: 'text', nullable: true })
  focalPointName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'focal_point_role', type: 'text', nullable: true })
  focalPointRole: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'description_ar', type: 'text', nullable: true })
  descriptionAr: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'description_fr', type: 'text', nullable: true })
  descriptionFr: string | null;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
