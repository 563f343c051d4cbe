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
  description: 'Kind of territorial collectivity; it fixes which kind may sit directly above: commune → prefecture or province → region.',
  valuesConfig: {
    REGION: { description: 'Region (جهة, région): the top level, 12 since the 2015 division, coded 01–12; has no parent.' },
    PREFECTURE: { description: 'Prefecture council (مجلس عمالة, conseil préfectoral); its parent is a region.' },
    PROVINCE: { description: 'Province council (مجلس إقليم, conseil provincial); its parent is a region.' },
    COMMUNE: { description: 'Commune (جماعة); its parent is a prefecture or a province.' },
  },
});

/** A territorial collectivity (جماعة ترابية), the tenant of every per-commune record. Public reference data. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A territorial collectivity (جماعة ترابية): region, prefecture, province or commune. Public reference data that only the network writes; the tenant of every per-collectivity record.',
})
@Entity({ name: 'collectivity' })
export class Collectivity {
  @Field(() => ID, { description: "The collectivity's UUID, also the tenant id (`collectivityId`) of its records in every subgraph." })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => CollectivityKind, { description: 'Region, prefecture, province or commune.' })
  @Column({ type: 'text' })
  kind: CollectivityKind;

  @Field(() => String, {
    nullable: true,
    description: 'Official code where known (regions: 01–12), unique within a kind; null when unknown.',
  })
  @Column({ type: 'text', nullable: true })
  code: string | null;

  @Field({ description: 'Official name in Arabic.' })
  @Column({ name: 'name_ar', type: 'text' })
  nameAr: string;

  @Field({ description: 'Official name in French.' })
  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Field({ description: 'True for made-up demo records, which stand for no real place.' })
  @Column({ name: 'is_fictional', type: 'boolean', default: false })
  isFictional: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of collectivities: regions first, then prefectures, provinces and communes; by code, then French name.' })
export class CollectivityConnection extends ConnectionType(Collectivity) {}
