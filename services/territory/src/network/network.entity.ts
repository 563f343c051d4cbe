import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Collectivity, CollectivityKind } from '../collectivities/collectivity.entity';

/**
 * The network itself. One entity assembled from the three subgraphs: territory gives its members,
 * participation and evaluation add their figures.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'The Moroccan network of open territorial collectivities.' })
@Entity({ name: 'network' })
export class Network {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Field()
  @Column({ name: 'name_ar', type: 'text' })
  nameAr: string;

  @Field()
  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Field({ description: 'ISO-8601 date.' })
  @Column({ name: 'founded_on', type: 'text' })
  foundedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;
}

@ObjectType({ description: 'Active members of one kind.' })
export class KindCount {
  @Field(() => CollectivityKind)
  kind: CollectivityKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Active members under one region (through the hierarchy); region null for members whose region is not recorded.' })
export class RegionCount {
  @Field(() => Collectivity, { nullable: true })
  region: Collectivity | null;

  @Field(() => Int)
  count: number;
}
