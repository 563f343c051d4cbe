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
  description: 'NETWORK_ADMIN oversees every member; a collectivity admin manages its own tenant; an editor edits its records.',
});

/** A person's account. Network accounts have no collectivity; commune accounts have exactly one. */
@ObjectType()
@Entity({ name: 'account' })
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Lower-case; unique whatever its case.' })
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'collectivity_id', type: 'uuid', nullable: true })
  collectivityId: string | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
export class AccountConnection extends ConnectionType(Account) {}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'A signed JWT: send it as `Authorization: Bearer <token>`.' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Account)
  account: Account;
}
