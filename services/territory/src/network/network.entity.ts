import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Collectivity, CollectivityKind } from '../collectivities/collectivity.entity';

/**
 * The network itself. One entity assembled from the three subgraphs: territory gives its members,
 * participation and evaluation add their figures.
 */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'The Moroccan network of open territorial collectivities (one record). Public; its member figures are computed from the memberships, never stored.',
})
@Entity({ name: 'network' })
export class Network {
  @Field(() => ID, { description: 'The network\'s key, a text id ("moroccan-network"), not a UUID.' })
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Field({ description: "The network's name in Arabic." })
  @Column({ name: 'name_ar', type: 'text' })
  nameAr: string;

  @Field({ description: "The network's name in French." })
  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Field({ description: 'Founding date, ISO-8601 (YYYY-MM-DD).' })
  @Column({ name: 'founded_on', type: 'text' })
  foundedOn: string;

  @Field(() => String, { nullable: true, description: 'URL of its public website; null if none is recorded.' })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** Set by the demo seed only (see `demoData`). */
  @Column({ name: 'demo_as_of', type: 'text', nullable: true })
  demoAsOf: string | null;

  @Column({ name: 'demo_note_ar', type: 'text', nullable: true })
  demoNoteAr: string | null;

  @Column({ name: 'demo_note_fr', type: 'text', nullable: true })
  demoNoteFr: string | null;
}

@ObjectType({ description: 'Active members of one kind.' })
export class KindCount {
  @Field(() => CollectivityKind, { description: 'The kind of collectivity.' })
  kind: CollectivityKind;

  @Field(() => Int, { description: 'Members of that kind whose membership is ACTIVE, 0 or more.' })
  count: number;
}

@ObjectType({ description: 'Active members under one region (through the hierarchy); region null for members whose region is not recorded.' })
export class RegionCount {
  @Field(() => Collectivity, { nullable: true, description: 'The region; null for the members whose region is not recorded.' })
  region: Collectivity | null;

  @Field(() => Int, { description: 'ACTIVE members in the region, the region itself included, 0 or more.' })
  count: number;
}
