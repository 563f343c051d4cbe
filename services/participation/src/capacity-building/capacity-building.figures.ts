import { Field, Int, ObjectType } from 'type-graphql';
import { AttendeeCategory, Gender } from '../events/attendance.entity';

@ObjectType({ description: 'People trained of one stakeholder category and gender.' })
export class TrainedPeopleCount {
  @Field(() => AttendeeCategory, { description: 'The stakeholder category counted.' })
  category: AttendeeCategory;

  @Field(() => Gender, { description: 'The gender counted.' })
  gender: Gender;

  @Field(() => Int, { description: 'People counted, over every training counted by the figure.' })
  count: number;
}

@ObjectType({
  description:
    "The network's capacity building (axis 3 of the support programme), over the held network trainings the caller may see: published ones for everyone, all of them for the network.",
})
export class CapacityBuildingFigures {
  @Field(() => Int, {
    description: 'Held network trainings the caller may see; equals `events(filter: { organizer: NETWORK, kind: TRAINING, status: HELD }).totalCount` for the same caller.',
  })
  trainingCount: number;

  @Field(() => Int, {
    description: 'Distinct collectivities that attended at least one of those trainings: those whose `capacityBuilding.trained` is true for the same caller.',
  })
  collectivitiesTrained: number;

  @Field(() => [TrainedPeopleCount], {
    description: 'People the attending collectivities sent to those trainings, by category and gender; categories and genders never counted are left out.',
  })
  peopleTrained: TrainedPeopleCount[];

  @Field(() => Int, { description: 'The sum of `peopleTrained`.' })
  peopleTrainedTotal: number;
}

@ObjectType({ description: "One collectivity's capacity building, over the held network trainings the caller may see." })
export class CollectivityCapacityBuilding {
  @Field({ description: 'True when it attended at least one held network training the caller may see.' })
  trained: boolean;

  @Field(() => Int, {
    description:
      'Held network trainings it attended; equals `events(filter: { collectivityId, organizer: NETWORK, kind: TRAINING, status: HELD }).totalCount` for the same caller.',
  })
  trainingsAttended: number;

  @Field(() => String, {
    nullable: true,
    description: 'Morocco local date of the latest training it attended, at the precision known ("2025-02-11" or "2025-02"); null when none.',
  })
  lastTrainedOn: string | null;

  @Field(() => [TrainedPeopleCount], { description: 'People it sent to those trainings, by category and gender; zeros left out.' })
  peopleTrained: TrainedPeopleCount[];

  @Field(() => Int, { description: 'The sum of `peopleTrained`.' })
  peopleTrainedTotal: number;
}

@ObjectType({ description: 'How many active members of a wave have attended a held network training the caller may see, and how many have not.' })
export class CohortTraining {
  @Field(() => Int, { description: 'Active members of the wave that attended at least one such training.' })
  trainedCount: number;

  @Field(() => Int, { description: 'Active members of the wave that attended none; equals `untrainedMembers.totalCount`.' })
  untrainedCount: number;
}
