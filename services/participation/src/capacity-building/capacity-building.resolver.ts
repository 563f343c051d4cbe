import { Args, Ctx, Directive, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { connectionOf, ConnectionType, PageArgs, pageOf } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.reference';
import type { ParticipationContext } from '../context';
import { Event, EventOrganizer } from '../events/event.entity';
import { networkFigures } from '../network/figures';
import { Network } from '../network/network.reference';
import { CapacityBuildingFigures, CohortTraining, CollectivityCapacityBuilding } from './capacity-building.figures';
import { Cohort } from './cohort.reference';
import { ParticipantAttendance } from './participant-attendance.entity';
import { TrainingMaterial } from './training-material.entity';

@ObjectType({ description: 'A page of the active members of a wave that have not attended any held network training the caller may see.' })
export class UntrainedMemberConnection extends ConnectionType(Collectivity) {}

const keyOf = (event: Event) => ({ collectivityId: event.collectivityId, id: event.id });

@Resolver(() => Event)
export class EventCapacityBuildingResolver {
  @FieldResolver(() => [ParticipantAttendance], {
    description: 'For a network event: people each attending collectivity sent, by category and gender (counts only); empty for a collectivity’s own event.',
  })
  collectivityAttendance(@Root() event: Event, @Ctx() context: ParticipationContext) {
    return event.organizer === EventOrganizer.NETWORK ? context.loaders.participantAttendanceByEvent.load(keyOf(event)) : [];
  }

  @FieldResolver(() => [TrainingMaterial], { description: 'For a network event: its training materials, in order; empty for a collectivity’s own event.' })
  materials(@Root() event: Event, @Ctx() context: ParticipationContext) {
    return event.organizer === EventOrganizer.NETWORK ? context.loaders.materialsByEvent.load(keyOf(event)) : [];
  }
}

@Resolver(() => ParticipantAttendance)
export class ParticipantAttendanceResolver {
  @FieldResolver(() => Collectivity, { description: 'The collectivity these people came from.' })
  collectivity(@Root() attendance: ParticipantAttendance): Collectivity {
    return { id: attendance.participantId };
  }
}

@Resolver(() => Network)
export class NetworkCapacityBuildingResolver {
  @FieldResolver(() => CapacityBuildingFigures, {
    nullable: true,
    description: 'Trainings held, collectivities trained and people trained by category and gender, over the network trainings the caller may see.',
  })
  capacityBuilding(@Root() network: Network, @Ctx() context: ParticipationContext) {
    return networkFigures.get(context, `capacityBuilding:${network.id}`, () => context.loaders.networkCapacityBuilding.load(network.id));
  }
}

@Resolver(() => Collectivity)
export class CollectivityCapacityBuildingResolver {
  @FieldResolver(() => CollectivityCapacityBuilding, {
    nullable: true,
    description: 'The network trainings it attended and the people it sent, over the trainings the caller may see.',
  })
  capacityBuilding(@Root() collectivity: Collectivity, @Ctx() context: ParticipationContext) {
    return context.loaders.collectivityCapacityBuilding.load(collectivity.id);
  }
}

/** The wave's active members that attended no training, in territory's order; one SQL statement for every wave of a request. */
async function untrainedOf(cohort: Cohort, context: ParticipationContext): Promise<string[]> {
  const memberIds = cohort.memberIds ?? [];
  const figures = await context.loaders.collectivityCapacityBuilding.loadMany(memberIds);
  return memberIds.filter((_id, index) => {
    const figure = figures[index];
    if (figure instanceof Error) throw figure;
    return !figure.trained;
  });
}

@Resolver(() => Cohort)
export class CohortTrainingResolver {
  @Directive('@requires(fields: "memberIds")')
  @FieldResolver(() => UntrainedMemberConnection, {
    nullable: true,
    description:
      'Active members of the wave that have not attended any held network training the caller may see, in the order of `members`; filtered over the whole wave, then paginated.',
  })
  async untrainedMembers(@Root() cohort: Cohort, @Args() pageArgs: PageArgs, @Ctx() context: ParticipationContext): Promise<UntrainedMemberConnection> {
    const page = pageOf(pageArgs);
    const untrained = await untrainedOf(cohort, context);
    return connectionOf(
      untrained.slice(page.skip, page.skip + page.take).map((id) => ({ id })),
      untrained.length,
      page,
    );
  }

  @Directive('@requires(fields: "memberIds")')
  @FieldResolver(() => CohortTraining, { nullable: true, description: 'How many active members of the wave have been trained, and how many not yet.' })
  async training(@Root() cohort: Cohort, @Ctx() context: ParticipationContext): Promise<CohortTraining> {
    const untrained = await untrainedOf(cohort, context);
    return { trainedCount: (cohort.memberIds ?? []).length - untrained.length, untrainedCount: untrained.length };
  }
}
