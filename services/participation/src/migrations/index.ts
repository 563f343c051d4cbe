import { CreateEvents1764403300000 } from './1764403300000-CreateEvents';
import { EventRowSecurity1764489700000 } from './1764489700000-EventRowSecurity';
import { CoCreationProcess1764576000000 } from './1764576000000-CoCreationProcess';
import { ProposalCommitmentLink1764662500000 } from './1764662500000-ProposalCommitmentLink';
import { CapacityBuilding1764748900000 } from './1764748900000-CapacityBuilding';
import { NationalScale1764835200000 } from './1764835200000-NationalScale';
import { PersonalData1764921700000 } from './1764921700000-PersonalData';
import { FiguresVersions1765008100000 } from './1765008100000-FiguresVersions';
import { ProposalRateLimits1765300000000 } from './1765300000000-ProposalRateLimits';
import { EventDirectory1765310000000 } from './1765310000000-EventDirectory';
import { MemberFacts1765400000000 } from './1765400000000-MemberFacts';
import { ContactConsent1765500000000 } from './1765500000000-ContactConsent';
import { TrainingInvitationAnswers1765600100000 } from './1765600100000-TrainingInvitationAnswers';
import { ContactLanguage1765600300001 } from './1765600300001-ContactLanguage';
import { IncrementalSync1765600500001 } from './1765600500001-IncrementalSync';
import { InvitationAnswersAcrossShards1765600600001 } from './1765600600001-InvitationAnswersAcrossShards';

/** In order of application. */
export const migrations = [
  CreateEvents1764403300000,
  EventRowSecurity1764489700000,
  CoCreationProcess1764576000000,
  ProposalCommitmentLink1764662500000,
  CapacityBuilding1764748900000,
  NationalScale1764835200000,
  PersonalData1764921700000,
  FiguresVersions1765008100000,
  ProposalRateLimits1765300000000,
  EventDirectory1765310000000,
  MemberFacts1765400000000,
  ContactConsent1765500000000,
  TrainingInvitationAnswers1765600100000,
  ContactLanguage1765600300001,
  IncrementalSync1765600500001,
  InvitationAnswersAcrossShards1765600600001,
];
