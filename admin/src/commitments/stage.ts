import type { RaRecord } from 'react-admin';

/**
 * Where a commitment's programme stands for the console: OPEN to every change before adoption; ADOPTED (adopted or in
 * implementation) when its plan changes only through an amendment while carrying it out stays open; CLOSED, read only.
 */
export type ProgramStage = 'OPEN' | 'ADOPTED' | 'CLOSED';

export function stageOfStatus(status: string | null | undefined): ProgramStage {
  if (status === 'ADOPTED' || status === 'IMPLEMENTATION') return 'ADOPTED';
  if (status === 'CLOSED') return 'CLOSED';
  return 'OPEN';
}

export const programStage = (commitment: RaRecord): ProgramStage => stageOfStatus((commitment.program as { status?: string } | null)?.status);
