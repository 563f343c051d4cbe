import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What a collectivity says of itself: its focal point, contact and description. Public. */
@ObjectType({
  description:
    "What a collectivity says of itself: its focal point, contact and description. Public, except the focal point's name and contacts (personal data), which only signed-in callers read; written only by the collectivity's own admins (`updateCollectivityProfile`).",
})
@Entity({ name: 'collectivity_profile' })
export class CollectivityProfile {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => String, { nullable: true, description: 'Name of the focal point (نقطة ارتكاز) who represents it in the network, up to 200 characters. Personal data: null for anonymous callers.' })
  @Column({ name: 'focal_point_name', type: 'text', nullable: true })
  focalPointName: string | null;

  @Field(() => String, { nullable: true, description: "The focal point's position or role in the collectivity, up to 200 characters." })
  @Column({ name: 'focal_point_role', type: 'text', nullable: true })
  focalPointRole: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email address (often the focal point\'s). Personal data: null for anonymous callers.' })
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number, as entered (digits, spaces and + ( ) . -). Personal data: null for anonymous callers.' })
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true, description: 'Presentation of the collectivity in Arabic, up to 5,000 characters.' })
  @Column({ name: 'description_ar', type: 'text', nullable: true })
  descriptionAr: string | null;

  @Field(() => String, { nullable: true, description: 'Presentation of the collectivity in French, up to 5,000 characters.' })
  @Column({ name: 'description_fr', type: 'text', nullable: true })
  descriptionFr: string | null;

  @Field({ description: 'Instant of the last change to the profile.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
