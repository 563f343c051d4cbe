import { CreateEvents1764403300000 } from './1764403300000-CreateEvents';
import { EventRowSecurity1764489700000 } from './1764489700000-EventRowSecurity';
import { CoCreationProcess1764576000000 } from './1764576000000-CoCreationProcess';
import { ProposalCommitmentLink1764662500000 } from './1764662500000-ProposalCommitmentLink';
import { CapacityBuilding1764748900000 } from './1764748900000-CapacityBuilding';

/** In order of application. */
export const migrations = [
  CreateEvents1764403300000,
  EventRowSecurity1764489700000,
  CoCreationProcess1764576000000,
  ProposalCommitmentLink1764662500000,
  CapacityBuilding1764748900000,
];
