import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OpennessPrinciple } from '@infitah/server-kit';
import { CompletionLevel } from '../commitments/commitment.entity';
import { ProgramStatus } from '../programs/action-program.entity';

/** The territory subgraph's Network, which this subgraph extends with programme and commitment figures. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'The Moroccan network of open territorial collectivities, owned by the territory subgraph; the evaluation subgraph adds its programme and commitment figures.',
})
export class Network {
  @Field(() => ID, { description: 'The network id (UUID), shared with the territory subgraph.' })
  id: string;

  // territory's figure, fetched by the gateway for `evaluation` (see its @requires)
  @Directive('@external')
  @Field(() => Int, { description: 'Active member collectivities, counted by the territory subgraph (suspended members excluded).' })
  memberCount: number;
}

@ObjectType({ description: 'How many programmes the caller may see are in one lifecycle status.' })
export class ProgramStatusCount {
  @Field(() => ProgramStatus, { description: 'The lifecycle status counted.' })
  status: ProgramStatus;

  @Field(() => Int, { description: 'Programmes in this status, 0 or more.' })
  count: number;
}

@ObjectType({ description: 'How many commitments the caller may see are at one completion level.' })
export class CompletionCount {
  @Field(() => CompletionLevel, { description: 'The completion level counted: the one the collectivity declares, not the network’s verified one.' })
  completion: CompletionLevel;

  @Field(() => Int, { description: 'Commitments at this level, 0 or more.' })
  count: number;
}

@ObjectType({ description: 'How many commitments the caller may see name one openness principle.' })
export class CommitmentPrincipleCount {
  @Field(() => OpennessPrinciple, { description: 'The openness principle counted.' })
  principle: OpennessPrinciple;

  @Field(() => Int, { description: 'Commitments naming this principle (a commitment may name several).' })
  count: number;
}

@ObjectType({ description: 'Programme and commitment figures across the network, counting only what the caller may see: published records for everyone, plus its own for a collectivity account, everything for the network.' })
export class EvaluationFigures {
  @Field(() => Int, { description: 'Equals `actionPrograms.totalCount` for the same caller.' })
  programCount: number;

  @Field(() => Int, { description: 'Equals `commitments.totalCount` for the same caller.' })
  commitmentCount: number;

  @Field(() => [ProgramStatusCount], { description: 'Programmes per lifecycle status: one entry per status, in lifecycle order, zeros included.' })
  programsByStatus: ProgramStatusCount[];

  @Field(() => [CompletionCount], { description: 'Commitments per declared completion level: one entry per level of the OGP IRM scale, in scale order, zeros included.' })
  commitmentsByCompletion: CompletionCount[];

  @Field(() => [CommitmentPrincipleCount], {
    description: 'Commitments per openness principle: one entry per principle, zeros included; a commitment naming several principles counts under each.',
  })
  commitmentsByPrinciple: CommitmentPrincipleCount[];

  @Field(() => Int, { description: 'Collectivities with a programme adopted by their council (adopted, in implementation or closed).' })
  collectivitiesWithAdoptedProgram: number;

  @Field(() => Float, { nullable: true, description: 'collectivitiesWithAdoptedProgram divided by memberCount (active members), a ratio 0–1; null when the network has no active members.' })
  adoptionShare: number | null;
}
