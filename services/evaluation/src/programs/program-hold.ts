import { GraphQLError } from 'graphql';
import { ErrorCode } from '@infitah/server-kit';
import type { EntityManager } from 'typeorm';
import { ProgramStatus } from './action-program.entity';

/** Statuses in which what the council adopted holds: the plan changes only through an amendment. */
export const ADOPTED_STATUSES: readonly ProgramStatus[] = [ProgramStatus.ADOPTED, ProgramStatus.IMPLEMENTATION];

/**
 * FORBIDDEN, with `extensions.reason` AMENDMENT_REQUIRED and `extensions.amendWith` naming the mutation to use: the
 * code is the contract's own, so it reaches clients through the gateway unmasked.
 */
export function amendmentRequired(what: string): GraphQLError {
  return new GraphQLError(
    `${what}: the programme is adopted, so its commitments, milestones and indicator targets change only through an amendment ` +
      "(amendCommitment, by the collectivity's administrators, with a reason, the council session that approved it and a date)",
    { extensions: { code: ErrorCode.FORBIDDEN, reason: 'AMENDMENT_REQUIRED', amendWith: 'amendCommitment' } },
  );
}

export function programClosed(): GraphQLError {
  return new GraphQLError('The programme is CLOSED, so it and its commitments are read only (step it back with setProgramStatus to change anything)', {
    extensions: { code: ErrorCode.FORBIDDEN, reason: 'PROGRAM_CLOSED' },
  });
}

/** The programme's status, read and locked against a concurrent status change until the write commits. */
export async function lockedProgramStatus(manager: EntityManager, collectivityId: string, programId: string): Promise<ProgramStatus> {
  const [row] = await manager.query('SELECT status FROM evaluation.action_program WHERE collectivity_id = $1 AND id = $2 FOR SHARE', [collectivityId, programId]);
  return row?.status ?? ProgramStatus.CO_CREATION;
}

/** Changing the plan (fields, milestones, indicators, axes): open before adoption only. */
export async function assertPlanEditable(manager: EntityManager, collectivityId: string, programId: string, what: string): Promise<void> {
  const status = await lockedProgramStatus(manager, collectivityId, programId);
  if (status === ProgramStatus.CLOSED) throw programClosed();
  if (ADOPTED_STATUSES.includes(status)) throw amendmentRequired(what);
}

/** Carrying the programme out (completion, milestones done, measurements, publication): open until it is closed. */
export async function assertNotClosed(manager: EntityManager, collectivityId: string, programId: string): Promise<void> {
  if ((await lockedProgramStatus(manager, collectivityId, programId)) === ProgramStatus.CLOSED) throw programClosed();
}
