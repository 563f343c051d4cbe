import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType } from '@infitah/server-kit';

export enum CollectivityKind {
  REGION = 'REGION',
  PREFECTURE = 'PREFECTURE',
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
}
registerEnumType(CollectivityKind, {
  name: 'CollectivityKind',
  description: 'Territorial collectivity kinds: région, préfecture, province, commune.',
});

/** A territorial collectivity (جماعة ترابية), the tenant of every per-commune record. Public reference data. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A territorial collectivity: region, prefecture, province or commune.' })
@Entity({ name: 'collectivity' })
export class Collectivity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => CollectivityKind)
  @Column({ type: 'text' })
  kind: CollectivityKind;

  @Field(() => String, { nullable: true, description: 'Official code where known (regions: 01–12).' })
  @Column({ type: 'text', nullable: true })
  code: string | null;

  @Field({ description: 'Name in Arabic.' })
  @Column({ name: 'name_ar', type: 'text' })
  nameAr: string;

  @Field({ description: 'Name in French.' })
  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Field({ description: 'True for made-up demo records, which stand for no real place.' })
  @Column({ name: 'is_fictional', type: 'boolean', default: false })
  isFictional: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
export class CollectivityConnection extends ConnectionType(Collectivity) {}
