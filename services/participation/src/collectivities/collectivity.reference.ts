import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The territory subgraph's Collectivity, which this subgraph extends with its participation data. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A territorial collectivity (جماعة ترابية): region, prefecture, province or commune. Public reference data that only the network writes; the tenant of every per-collectivity record.',
})
export class Collectivity {
  @Field(() => ID, { description: "The collectivity's UUID, also the tenant id (`collectivityId`) of its records in every subgraph." })
  id: string;
}
