import { IsEmail, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from './account.entity';

export const PASSWORD_MIN_LENGTH = 10;

@InputType()
export class CreateAccountInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @Length(1, 200, { message: 'must be between 1 and 200 characters' })
  displayName: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters.` })
  @Length(PASSWORD_MIN_LENGTH, 200, { message: `must be between ${PASSWORD_MIN_LENGTH} and 200 characters` })
  password: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: "Required for commune roles; a collectivity admin may omit it (its own)." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;
}

@InputType()
export class AccountFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;
}
