import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who took part, by the stakeholder categories the press kit names. */
export enum AttendeeCategory {
  COUNCIL_MEMBER = 'COUNCIL_MEMBER',
  IEPEG_MEMBER = 'IEPEG_MEMBER',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  SCHOOL_DIRECTOR = 'SCHOOL_DIRECTOR',
  STUDENT_RESEARCHER = 'STUDENT_RESEARCHER',
  STAFF = 'STAFF',
  CITIZEN = 'CITIZEN',
  TRAINER_NETWORK = 'TRAINER_NETWORK',
}
registerEnumType(AttendeeCategory, {
  name: 'AttendeeCategory',
  description: 'Council members, members of the equity and gender advisory body (IEPEG), associations, school directors, students and researchers, staff, citizens, trainers or network.',
});

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  UNSPECIFIED = 'UNSPECIFIED',
}
registerEnumType(Gender, { name: 'Gender' });

/** A count of attendees of one category and gender; personal data is never recorded, only counts. */
@ObjectType()
@Entity({ name: 'attendance' })
export class Attendance {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Field(() => AttendeeCategory)
  @PrimaryColumn({ type: 'text' })
  category: AttendeeCategory;

  @Field(() => Gender)
  @PrimaryColumn({ type: 'text' })
  gender: Gender;

  @Field(() => Int, { nullable: true, description: 'Null when the category was present but not counted.' })
  @Column({ type: 'integer', nullable: true })
  count: number | null;
}
