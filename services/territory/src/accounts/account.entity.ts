import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType } from '@infitah/server-kit';

export enum Role {
  NETWORK_ADMIN = 'NETWORK_ADMIN',
  COLLECTIVITY_ADMIN = 'COLLECTIVITY_ADMIN',
  COLLECTIVITY_EDITOR = 'COLLECTIVITY_EDITOR',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do. NETWORK_ADMIN oversees every member; a collectivity admin manages its own tenant; an editor edits its records.',
  valuesConfig: {
    NETWORK_ADMIN: {
      description:
        "Network staff, with no collectivity: reads every collectivity's records, published or not, manages reference data, memberships and accounts, but does not edit a collectivity's own records.",
    },
    COLLECTIVITY_ADMIN: {
      description:
        "Administrator of one collectivity: edits its records, publishes and deletes them, edits its profile and manages its collectivity's commune accounts.",
    },
    COLLECTIVITY_EDITOR: {
      description:
        "Editor of one collectivity: creates and edits its records; publishing, most deletions, the profile and accounts are left to its admins.",
    },
  },
});

/** A person's account. Network accounts have no collectivity; commune accounts have exactly one. */
@ObjectType({
  description:
    'A person\'s account: a network account (no collectivity) or a commune account of exactly one collectivity. Seen only by its owner, its collectivity\'s admins and the network.',
})
@Entity({ name: 'account' })
export class Account {
  @Field(() => ID, { description: "The account's UUID." })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Sign-in email, stored lower-case; unique whatever its case.' })
  @Column({ type: 'text' })
  email: string;

  @Field({ description: "The person's name as displayed, 1–200 characters." })
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Field(() => Role, { description: 'What the account may do; fixed at creation.' })
  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'collectivity_id', type: 'uuid', nullable: true })
  collectivityId: string | null;

  @Field({ description: 'False once disabled by `setAccountActive`: a disabled account cannot sign in and its earlier tokens are refused.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  @Field(() => Date, { nullable: true, description: 'Instant of the last successful sign-in; null if never.' })
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Field({ description: 'Instant the account was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of accounts, by email.' })
export class AccountConnection extends ConnectionType(Account) {}

@ObjectType({ description: 'The answer to a sign-in or a password change: a token and the account it speaks for.' })
export class AuthPayload {
  @Field({ description: 'A signed JWT: send it as `Authorization: Bearer <token>`.' })
  token: string;

  @Field({ description: "Instant the token expires; its lifetime is the server's configured token lifetime." })
  expiresAt: Date;

  @Field(() => Account, { description: 'The signed-in account.' })
  account: Account;
}
