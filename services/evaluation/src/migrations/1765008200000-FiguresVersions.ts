import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropFiguresVersionSql, figuresVersionSql } from '@infitah/server-kit';

/** The tables the network figures count. */
export const FIGURE_TABLES = ['evaluation.action_program', 'evaluation.commitment'];

/**
 * National scale: the network's programme and commitment figures are kept in memory per caller class and reused while
 * no collectivity's rows have changed (server-kit's FiguresCache); each write raises its collectivity's version in the
 * same transaction.
 */
export class FiguresVersions1765008200000 implements MigrationInterface {
  name = 'FiguresVersions1765008200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of figuresVersionSql('evaluation', FIGURE_TABLES, 'infitah_evaluation')) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of dropFiguresVersionSql('evaluation', FIGURE_TABLES)) await queryRunner.query(statement);
  }
}
