import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

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
  description: 'Council members, members of the consultative body for equality, equal opportunity and the gender approach (IEECAG), associations, school directors, students and researchers, staff, citizens, trainers or network.',
  valuesConfig: {
    COUNCIL_MEMBER: { description: 'Members of the collectivity council.' },
    IEPEG_MEMBER: {
      description:
        'Members of the consultative body for equality, equal opportunity and the gender approach attached to the council by organic law 113-14 (IEECAG in French usage; the code keeps an older, unofficial acronym).',
    },
    CIVIL_SOCIETY: { description: 'Representatives of civil-society associations.' },
    SCHOOL_DIRECTOR: { description: 'Directors of schools.' },
    STUDENT_RESEARCHER: { description: 'Students and researchers.' },
    STAFF: { description: "The collectivity's staff." },
    CITIZEN: { description: 'Citizens in their own name; the default category of a citizen proposal.' },
    TRAINER_NETWORK: { description: 'Trainers, and representatives of the network or its support programme.' },
  },
});

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  UNSPECIFIED = 'UNSPECIFIED',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: 'Gender of the people counted, for gender-disaggregated figures.',
  valuesConfig: {
    FEMALE: { description: 'Women.' },
    MALE: { description: 'Men.' },
    UNSPECIFIED: { description: 'Gender not recorded.' },
  },
});

/**
 * The most people one line of attendance (one category × gender at one event) may count: a commune's or the
 * network's event gathers tens to a few thousand people; a figure past this is a typing mistake that would
 * flatten every chart. Every attendance write (events and network trainings) refuses more.
 */
export const MAX_ATTENDANCE_COUNT = 100_000;

/** A count of attendees of one category and gender; personal data is never recorded, only counts. */
@ObjectType({ description: 'Number of people of one category and gender who attended an event; counts only, no names. Seen by whoever may see the event.' })
@Entity({ name: 'attendance' })
export class Attendance {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Field(() => AttendeeCategory, { description: 'The stakeholder category counted.' })
  @PrimaryColumn({ type: 'text' })
  category: AttendeeCategory;

  @Field(() => Gender, { description: 'The gender counted.' })
  @PrimaryColumn({ type: 'text' })
  gender: Gender;

  @Field(() => Int, { nullable: true, description: 'Number of people, 0 or more; null when the category was present but not counted.' })
  @Column({ type: 'integer', nullable: true })
  count: number | null;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
