import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CollectivityKind } from './collectivity.entity';

@InputType()
export class CollectivityFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Matches Arabic and French names and codes, ignoring case, accents and Arabic letter variants.',
  })
  @MaxLength(200)
  search?: string | null;

  @Field(() => CollectivityKind, { nullable: true })
  kind?: CollectivityKind | null;
}
