import { IsEmail, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SyncFilter } from '@infitah/server-kit';
import { Role } from './account.entity';

export const PASSWORD_MIN_LENGTH = 10;

@InputType({ description: 'A new account.' })
export class CreateAccountInput {
  @Field({
    description:
      'Sign-in email, up to 254 characters, stored trimmed and lower-case; one already used by any account is BAD_USER_INPUT naming `email`.',
  })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: "The person's name as displayed, 1–200 characters; surrounding spaces are trimmed." })
  @Length(1, 200, { message: 'must be between 1 and 200 characters' })
  displayName: string;

  @Field({ description: `Initial password, ${PASSWORD_MIN_LENGTH}–200 characters; stored only as an Argon2 hash.` })
  @Length(PASSWORD_MIN_LENGTH, 200, { message: `must be between ${PASSWORD_MIN_LENGTH} and 200 characters` })
  password: string;

  @Field(() => Role, { description: 'Its role; a collectivity admin may not create a NETWORK_ADMIN (FORBIDDEN).' })
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description:
      "UUID of the account's collectivity: required for commune roles (a collectivity admin may omit it to mean its own), empty for NETWORK_ADMIN; BAD_USER_INPUT naming `collectivityId` otherwise or when it names no collectivity.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;
}

@InputType({ description: 'Narrows `accounts`; conditions combine with AND. It never widens what the caller may see.' })
export class AccountFilter extends SyncFilter {
  @Field(() => ID, { nullable: true, description: 'Only accounts of this collectivity (a UUID).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => Role, { nullable: true, description: 'Only accounts with this role.' })
  role?: Role | null;
}
