import { CreateActionPrograms1764403400000 } from './1764403400000-CreateActionPrograms';
import { ActionProgramRowSecurity1764489800000 } from './1764489800000-ActionProgramRowSecurity';
import { ProgrammesAndCommitments1764662400000 } from './1764662400000-ProgrammesAndCommitments';
import { Library1764748800000 } from './1764748800000-Library';
import { NationalScale1764835300000 } from './1764835300000-NationalScale';
import { FiguresVersions1765008200000 } from './1765008200000-FiguresVersions';
import { CommitmentDirectory1765094600000 } from './1765094600000-CommitmentDirectory';
import { CommitmentDirectoryTruncate1765181000000 } from './1765181000000-CommitmentDirectoryTruncate';
import { AdoptionHolds1765310000000 } from './1765310000000-AdoptionHolds';
import { ReviewRepliesAndProgramReports1765400000000 } from './1765400000000-ReviewRepliesAndProgramReports';
import { MemberFacts1765400100000 } from './1765400100000-MemberFacts';
import { IncrementalSync1765600500002 } from './1765600500002-IncrementalSync';

/** In order of application. */
export const migrations = [CreateActionPrograms1764403400000, ActionProgramRowSecurity1764489800000, ProgrammesAndCommitments1764662400000, Library1764748800000, NationalScale1764835300000, FiguresVersions1765008200000, CommitmentDirectory1765094600000, CommitmentDirectoryTruncate1765181000000, AdoptionHolds1765310000000, ReviewRepliesAndProgramReports1765400000000, MemberFacts1765400100000, IncrementalSync1765600500002];
