import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropFiguresVersionSql, figuresVersionSql } from '@infitah/server-kit';

/** The tables the network figures count (events, proposals, attendance, training participants and their numbers). */
export const FIGURE_TABLES = [
  'participation.event',
  'participation.proposal',
  'participation.attendance',
  'participation.event_participant',
  'participation.participant_attendance',
];

/**
 * National scale: the network's figures are kept in memory per caller class and reused while no collectivity's rows
 * have changed (server-kit's FiguresCache); each write raises its collectivity's version in the same transaction.
 */
export class FiguresVersions1765008100000 implements MigrationInterface {
  name = 'FiguresVersions1765008100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of figuresVersionSql('participation', FIGURE_TABLES, 'infitah_participation')) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of dropFiguresVersionSql('participation', FIGURE_TABLES)) await queryRunner.query(statement);
  }
}
