import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OpennessPrinciple } from '@infitah/server-kit';
import { CompletionLevel } from '../commitments/commitment.entity';
import { ProgramStatus } from '../programs/action-program.entity';

/** The territory subgraph's Network, which this subgraph extends with programme and commitment figures. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Network {
  @Field(() => ID)
  id: string;

  // territory's figure, fetched by the gateway for `evaluation` (see its @requires)
  @Directive('@external')
  @Field(() => Int)
  memberCount: number;
}

@ObjectType()
export class ProgramStatusCount {
  @Field(() => ProgramStatus)
  status: ProgramStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class CompletionCount {
  @Field(() => CompletionLevel)
  completion: CompletionLevel;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class CommitmentPrincipleCount {
  @Field(() => OpennessPrinciple)
  principle: OpennessPrinciple;

  @Field(() => Int, { description: 'Commitments naming this principle (a commitment may name several).' })
  count: number;
}

@ObjectType({ description: 'Programmes and commitments across the network, as the caller may see them.' })
export class EvaluationFigures {
  @Field(() => Int, { description: 'Equals `actionPrograms.totalCount` for the same caller.' })
  programCount: number;

  @Field(() => Int, { description: 'Equals `commitments.totalCount` for the same caller.' })
  commitmentCount: number;

  @Field(() => [ProgramStatusCount])
  programsByStatus: ProgramStatusCount[];

  @Field(() => [CompletionCount])
  commitmentsByCompletion: CompletionCount[];

  @Field(() => [CommitmentPrincipleCount])
  commitmentsByPrinciple: CommitmentPrincipleCount[];

  @Field(() => Int, { description: 'Collectivities with a programme adopted by their council (adopted, in implementation or closed).' })
  collectivitiesWithAdoptedProgram: number;

  @Field(() => Float, { nullable: true, description: 'collectivitiesWithAdoptedProgram over the active members, 0–1; null without members.' })
  adoptionShare: number | null;
}
