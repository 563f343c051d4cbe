import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.entity';

/** Where a member stands on the network's path, in order; derived from records, never typed in. */
export enum MemberStage {
  JOINED = 'JOINED',
  TRAINED = 'TRAINED',
  COMMITTEE_FORMED = 'COMMITTEE_FORMED',
  CO_CREATION = 'CO_CREATION',
  CONSULTATION = 'CONSULTATION',
  ADOPTED = 'ADOPTED',
  IMPLEMENTING = 'IMPLEMENTING',
  REVIEWED = 'REVIEWED',
}
registerEnumType(MemberStage, {
  name: 'MemberStage',
  description:
    'Where a member stands on the network’s path: the furthest stage its records prove (directory.member_fact, kept by participation and evaluation), never typed in. Anonymous callers see the stage its published records prove.',
  valuesConfig: {
    JOINED: { description: 'A member with no later record yet.' },
    TRAINED: { description: 'It attended a training held by the network (its support programme).' },
    COMMITTEE_FORMED: { description: 'Its committee monitoring the openness programme held a meeting.' },
    CO_CREATION: { description: 'It held a co-creation workshop.' },
    CONSULTATION: { description: 'It held a public consultation.' },
    ADOPTED: { description: 'Its council adopted its openness action programme.' },
    IMPLEMENTING: { description: 'Its programme is in implementation, or it wrote a progress report.' },
    REVIEWED: { description: 'The network published a review of one of its commitments.' },
  },
});

/** The stages in order; a stage's index is its rank. */
export const STAGE_ORDER = Object.values(MemberStage);

/**
 * The network's calendar for a wave: months after the wave's start (its period, or the member's joining date when it
 * is in no wave) by which a member is expected to have reached each stage. It follows the network's published method
 * (training soon after joining, committee and co-creation within the first half-year, adoption at the council's
 * autumn session within a year, implementation next, a review in the programme's second year).
 */
export const EXPECTED_MONTHS: Record<MemberStage, number> = {
  JOINED: 0,
  TRAINED: 3,
  COMMITTEE_FORMED: 4,
  CO_CREATION: 6,
  CONSULTATION: 9,
  ADOPTED: 12,
  IMPLEMENTING: 15,
  REVIEWED: 24,
};

@ObjectType({ description: 'How many active members stand at one stage.' })
export class StageCount {
  @Field(() => MemberStage, { description: 'The stage.' })
  stage: MemberStage;

  @Field(() => Int, { description: 'Active members at that stage, 0 or more.' })
  count: number;
}

@ObjectType({ description: 'One active member and where it stands.' })
export class MemberProgress {
  @Field(() => Collectivity, { description: 'The member.' })
  collectivity: Collectivity;

  @Field(() => MemberStage, { description: 'The furthest stage its records prove.' })
  stage: MemberStage;

  @Field({ description: 'Since when: the day of the first record of that stage ("2025-03-18"), or its joining date at JOINED ("2024-12").' })
  since: string;

  @Field({ description: 'Whether it is behind the network’s calendar for its wave: a later stage was expected by today (Morocco time).' })
  overdue: boolean;

  @Field(() => MemberStage, { description: 'The stage the calendar expects by today for its wave.' })
  expectedStage: MemberStage;

  @Field(() => ID, { nullable: true, description: 'The wave it joined with; null when in none.' })
  cohortId: string | null;

  @Field(() => String, { nullable: true, description: 'The code (01–12) of its region; null when its region is not recorded.' })
  regionCode: string | null;
}

@ObjectType({ description: 'A page of members and where they stand: regions first, then prefectures, provinces and communes; by code, then French name.' })
export class MemberProgressConnection extends ConnectionType(MemberProgress) {}

@InputType({ description: 'Narrows the members listed.' })
export class MemberProgressFilter {
  @Field(() => MemberStage, { nullable: true, description: 'Only members at this stage.' })
  stage?: MemberStage | null;

  @Field(() => String, { nullable: true, description: 'Only members in the region of this code ("01"–"12"); BAD_USER_INPUT naming `regionCode` otherwise.' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only members of this wave; BAD_USER_INPUT naming `cohortId` when not a UUID.' })
  cohortId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only members whose current stage was reached at or after this instant, compared at the precision `since` is known (a month-precision "2025-10" is kept for any instant of October 2025). Progress is computed, so it has no sync order or deletions: read it again whole when in doubt.',
  })
  updatedSince?: Date | null;
}

@ObjectType({ description: 'The network’s figures for one region (members through the hierarchy, the region itself included); region null for those whose region is not recorded.' })
export class RegionFigures {
  @Field(() => Collectivity, { nullable: true, description: 'The region; null for the rows whose region is not recorded.' })
  region: Collectivity | null;

  @Field(() => String, { nullable: true, description: 'Its code, "01"–"12"; null with the region.' })
  regionCode: string | null;

  @Field(() => Int, { description: 'ACTIVE members in the region; equals `membersByRegion`’s count.' })
  members: number;

  @Field(() => Int, { description: 'Of them, members at ADOPTED or beyond (IMPLEMENTING, REVIEWED), as the caller sees their records.' })
  adopted: number;

  @Field(() => Float, { nullable: true, description: 'adopted / members, 0–1; null when the region has no member.' })
  adoptionShare: number | null;

  @Field(() => Int, { description: 'Commitments of the collectivities of the region the caller may see; over all rows they sum to `commitments.totalCount`.' })
  commitments: number;
}
