export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type Account = {
  active: Scalars['Boolean']['output'];
  /** Null for a network account. */
  collectivity?: Maybe<Collectivity>;
  createdAt: Scalars['DateTimeISO']['output'];
  displayName: Scalars['String']['output'];
  /** Lower-case; unique whatever its case. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  role: Role;
};

export type AccountConnection = {
  nodes: Array<Account>;
  /** Rows matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type AccountFilter = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
};

/** An openness action programme (programme d'action d'ouverture). */
export type ActionProgram = {
  /** Council adoption, ISO-8601 at the precision known ("2025-10"). */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  collectivity?: Maybe<Collectivity>;
  /** Its commitments the caller may see. */
  commitments: Array<Commitment>;
  /** The council session that adopted it, e.g. "October 2025 ordinary session". */
  councilSession?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Last day of the programme (ISO-8601 date). */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** First day of the programme (ISO-8601 date); programmes run two years. */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Its priority axes, in order. */
  priorityAxes: Array<PriorityAxis>;
  /** Its progress reports the caller may see, newest first. */
  progressReports: Array<ProgressReport>;
  published: Scalars['Boolean']['output'];
  status: ProgramStatus;
  /** Every change of status, oldest first, with the reason for any step back. */
  statusHistory: Array<ProgramStatusChange>;
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  titleAr?: Maybe<Scalars['String']['output']>;
  titleFr?: Maybe<Scalars['String']['output']>;
};


/** An openness action programme (programme d'action d'ouverture). */
export type ActionProgramTitleArgs = {
  language?: InputMaybe<Language>;
};

export type ActionProgramConnection = {
  nodes: Array<ActionProgram>;
  /** Rows matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type ActionProgramFilter = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ProgramStatus>;
};

export type ActionProgramInput = {
  /** ISO-8601 date. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** ISO-8601 date. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  titleAr?: InputMaybe<Scalars['String']['input']>;
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

/** One slot of an event’s agenda. */
export type AgendaItem = {
  endsAt: Scalars['DateTimeISO']['output'];
  /** Morocco local time, e.g. "10:45". */
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: AgendaItemKind;
  speakers: Array<Speaker>;
  startsAt: Scalars['DateTimeISO']['output'];
  /** Morocco local time, e.g. "10:30". */
  startsOn: Scalars['String']['output'];
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  titleAr?: Maybe<Scalars['String']['output']>;
  titleFr?: Maybe<Scalars['String']['output']>;
};


/** One slot of an event’s agenda. */
export type AgendaItemTitleArgs = {
  language?: InputMaybe<Language>;
};

export type AgendaItemInput = {
  endsAt: Scalars['DateTimeISO']['input'];
  kind: AgendaItemKind;
  speakers?: InputMaybe<Array<SpeakerInput>>;
  startsAt: Scalars['DateTimeISO']['input'];
  titleAr?: InputMaybe<Scalars['String']['input']>;
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

export const AgendaItemKind = {
  Break: 'BREAK',
  Discussion: 'DISCUSSION',
  Other: 'OTHER',
  Presentation: 'PRESENTATION',
  Speech: 'SPEECH',
  Welcome: 'WELCOME',
  Workshop: 'WORKSHOP'
} as const;

export type AgendaItemKind = typeof AgendaItemKind[keyof typeof AgendaItemKind];
export type Attendance = {
  category: AttendeeCategory;
  /** Null when the category was present but not counted. */
  count?: Maybe<Scalars['Int']['output']>;
  gender: Gender;
};

export type AttendanceFigure = {
  category: AttendeeCategory;
  /** People counted. */
  count: Scalars['Int']['output'];
  gender: Gender;
  /** Events where this category was present but not counted. */
  uncountedEvents: Scalars['Int']['output'];
};

export type AttendanceInput = {
  category: AttendeeCategory;
  /** Null: present, number not known. */
  count?: InputMaybe<Scalars['Int']['input']>;
  gender: Gender;
};

/** Council members, members of the equity and gender advisory body (IEPEG), associations, school directors, students and researchers, staff, citizens, trainers or network. */
export const AttendeeCategory = {
  Citizen: 'CITIZEN',
  CivilSociety: 'CIVIL_SOCIETY',
  CouncilMember: 'COUNCIL_MEMBER',
  IepegMember: 'IEPEG_MEMBER',
  SchoolDirector: 'SCHOOL_DIRECTOR',
  Staff: 'STAFF',
  StudentResearcher: 'STUDENT_RESEARCHER',
  TrainerNetwork: 'TRAINER_NETWORK'
} as const;

export type AttendeeCategory = typeof AttendeeCategory[keyof typeof AttendeeCategory];
export type AuditEntry = {
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  actorRole: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  /** The tenant; null for network-level records. */
  collectivityId?: Maybe<Scalars['ID']['output']>;
  entity: Scalars['String']['output'];
  entityId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The subgraph that made the change. */
  service: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  nodes: Array<AuditEntry>;
  /** Rows matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type AuditLogFilter = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
};

export type AuthPayload = {
  account: Account;
  expiresAt: Scalars['DateTimeISO']['output'];
  /** A signed JWT: send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

/** A citizen's proposal to a commune's open public consultation. */
export type CitizenProposalInput = {
  body: Scalars['String']['input'];
  collectivityId: Scalars['ID']['input'];
  /** Whether the commune may publish the proposal. Nothing is public until it does. */
  consentToPublish: Scalars['Boolean']['input'];
  /** The PUBLIC_CONSULTATION event, open now. */
  consultationId: Scalars['ID']['input'];
  /** Optional; kept private to the commune. */
  contact?: InputMaybe<Scalars['String']['input']>;
  principle: OpennessPrinciple;
  submitterCategory?: InputMaybe<AttendeeCategory>;
  title: Scalars['String']['input'];
};

/** The receipt of a citizen proposal: keep the reference to follow its answer. */
export type CitizenProposalReceipt = {
  id: Scalars['ID']['output'];
  /** Give it to proposalFollowUp(reference) to read the status and answer. */
  reference: Scalars['String']['output'];
};

/** A territorial collectivity: region, prefecture, province or commune. */
export type Collectivity = {
  /** Its programmes, as the root list shows them. */
  actionPrograms?: Maybe<ActionProgramConnection>;
  /** The collectivities directly below this one. */
  children: Array<Collectivity>;
  /** Official code where known (regions: 01–12). */
  code?: Maybe<Scalars['String']['output']>;
  /** Its programme now open (not closed), if the caller may see it. */
  currentProgram?: Maybe<ActionProgram>;
  /** Its events and the network events it attended, as the root `events` list shows them. */
  events?: Maybe<EventConnection>;
  id: Scalars['ID']['output'];
  /** True for made-up demo records, which stand for no real place. */
  isFictional: Scalars['Boolean']['output'];
  kind: CollectivityKind;
  /** Membership of the network, if any. */
  membership?: Maybe<NetworkMembership>;
  /** Name in Arabic. */
  nameAr: Scalars['String']['output'];
  /** Name in French. */
  nameFr: Scalars['String']['output'];
  /** The collectivity above this one, when known. */
  parent?: Maybe<Collectivity>;
  /** Its participation figures. */
  participation?: Maybe<ParticipationFigures>;
  /** What the collectivity says of itself. */
  profile?: Maybe<CollectivityProfile>;
  /** Its proposals, as the root `proposals` list shows them. */
  proposals?: Maybe<ProposalConnection>;
};


/** A territorial collectivity: region, prefecture, province or commune. */
export type CollectivityActionProgramsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** A territorial collectivity: region, prefecture, province or commune. */
export type CollectivityEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** A territorial collectivity: region, prefecture, province or commune. */
export type CollectivityProposalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type CollectivityConnection = {
  nodes: Array<Collectivity>;
  /** Rows matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type CollectivityFilter = {
  kind?: InputMaybe<CollectivityKind>;
  /** Matches Arabic and French names and codes, ignoring case, accents and Arabic letter variants. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Territorial collectivity kinds: région, préfecture, province, commune. */
export const CollectivityKind = {
  Commune: 'COMMUNE',
  Prefecture: 'PREFECTURE',
  Province: 'PROVINCE',
  Region: 'REGION'
} as const;

export type CollectivityKind = typeof CollectivityKind[keyof typeof CollectivityKind];
export type CollectivityProfile = {
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  descriptionAr?: Maybe<Scalars['String']['output']>;
  descriptionFr?: Maybe<Scalars['String']['output']>;
  /** The focal point (نقطة ارتكاز) who represents it in the network. */
  focalPointName?: Maybe<Scalars['String']['output']>;
  focalPointRole?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type CollectivityProfileInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  descriptionAr?: InputMaybe<Scalars['String']['input']>;
  descriptionFr?: InputMaybe<Scalars['String']['input']>;
  focalPointName?: InputMaybe<Scalars['String']['input']>;
  focalPointRole?: InputMaybe<Scalars['String']['input']>;
};

export type Commitment = {
  /** What will be done. */
  action?: Maybe<Scalars['String']['output']>;
  axis?: Maybe<PriorityAxis>;
  collectivity?: Maybe<Collectivity>;
  /** The commitment’s collectivity: links to it resolve only within it. */
  collectivityId: Scalars['ID']['output'];
  completion: CompletionLevel;
  /** How it contributes to solving the problem. */
  contribution?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  indicators: Array<Indicator>;
  /** True for illustrative demo records. */
  isIllustrative: Scalars['Boolean']['output'];
  leadUnit?: Maybe<Scalars['String']['output']>;
  milestones: Array<Milestone>;
  partners: Array<Scalars['String']['output']>;
  principles: Array<OpennessPrinciple>;
  /** The public problem it addresses. */
  problem?: Maybe<Scalars['String']['output']>;
  program?: Maybe<ActionProgram>;
  /** Done share of the weighted milestones, 0–100; derived, never typed. */
  progress: Scalars['Int']['output'];
  published: Scalars['Boolean']['output'];
  /** The network's reviews the caller may see, newest first. */
  reviews: Array<Review>;
  /** The proposals it came from that the caller may see, of the commitment's own collectivity only. */
  sourceProposals?: Maybe<Array<Proposal>>;
  startsOn?: Maybe<Scalars['String']['output']>;
  statusQuo?: Maybe<Scalars['String']['output']>;
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  titleAr?: Maybe<Scalars['String']['output']>;
  titleFr?: Maybe<Scalars['String']['output']>;
};


export type CommitmentTitleArgs = {
  language?: InputMaybe<Language>;
};

export type CommitmentConnection = {
  nodes: Array<Commitment>;
  /** Rows matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type CommitmentFilter = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  completion?: InputMaybe<CompletionLevel>;
  principle?: InputMaybe<OpennessPrinciple>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches titles, problem and action, ignoring case, accents and Arabic letter variants. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The OGP commitment template; on update, any subset. */
export type CommitmentInput = {
  action?: InputMaybe<Scalars['String']['input']>;
  /** A priority axis of the commitment's own programme. */
  axisId?: InputMaybe<Scalars['ID']['input']>;
  completion?: InputMaybe<CompletionLevel>;
  contribution?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  leadUnit?: InputMaybe<Scalars['String']['input']>;
  partners?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At least one of the five. */
  principles?: InputMaybe<Array<OpennessPrinciple>>;
  problem?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  statusQuo?: InputMaybe<Scalars['String']['input']>;
  titleAr?: InputMaybe<Scalars['String']['input']>;
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

export type CommitmentPrincipleCount = {
  /** Commitments naming this principle (a commitment may name several). */
  count: Scalars['Int']['output'];
  principle: OpennessPrinciple;
};

export type CompletionCount = {
  completion: CompletionLevel;
  count: Scalars['Int']['output'];
};

/** The OGP IRM completion scale. */
export const CompletionLevel = {
  Complete: 'COMPLETE',
  Limited: 'LIMITED',
  NotStarted: 'NOT_STARTED',
  NoEvidence: 'NO_EVIDENCE',
  Substantial: 'SUBSTANTIAL'
} as const;

export type CompletionLevel = typeof CompletionLevel[keyof typeof CompletionLevel];
export type CreateAccountInput = {
  /** Required for commune roles; a collectivity admin may omit it (its own). */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  role: Role;
};

export type CreateCollectivityInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  kind: CollectivityKind;
  nameAr: Scalars['String']['input'];
  nameFr: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateEventInput = {
  descriptionAr?: InputMaybe<Scalars['String']['input']>;
  descriptionFr?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  kind: EventKind;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** ISO-8601 instant. */
  startsAt: Scalars['DateTimeISO']['input'];
  /** How much of startsAt is known; MINUTE by default. */
  startsAtPrecision?: InputMaybe<TimePrecision>;
  /** Stored as the Arabic or the French title, by its script. */
  title: Scalars['String']['input'];
  titleAr?: InputMaybe<Scalars['String']['input']>;
  titleFr?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** Programmes and commitments across the network, as the caller may see them. */
export type EvaluationFigures = {
  /** collectivitiesWithAdoptedProgram over the active members, 0–1; null without members. */
  adoptionShare?: Maybe<Scalars['Float']['output']>;
  /** Collectivities with a programme adopted by their council (adopted, in implementation or closed). */
  collectivitiesWithAdoptedProgram: Scalars['Int']['output'];
  /** Equals `commitments.totalCount` for the same caller. */
  commitmentCount: Scalars['Int']['output'];
  commitmentsByCompletion: Array<CompletionCount>;
  commitmentsByPrinciple: Array<CommitmentPrincipleCount>;
  /** Equals `actionPrograms.totalCount` for the same caller. */
  programCount: Scalars['Int']['output'];
  programsByStatus: Array<ProgramStatusCount>;
};

/** An event of the co-creation process. */
export type Event = {
  /** The agenda, in order. */
  agenda: Array<AgendaItem>;
  /** Attendees counted by category and gender. */
  attendance: Array<Attendance>;
  /** For a network event: the collectivities that attended. */
  attendingCollectivities: Array<Collectivity>;
  /** The organising collectivity; null for a network event. */
  collectivity?: Maybe<Collectivity>;
  /** The description in the asked language, else in the other. */
  description?: Maybe<Scalars['String']['output']>;
  descriptionAr?: Maybe<Scalars['String']['output']>;
  descriptionFr?: Maybe<Scalars['String']['output']>;
  endsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Morocco local time of the end, to the minute. */
  endsOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** For a network event: the collectivities invited. */
  invitedCollectivities: Array<Collectivity>;
  kind: EventKind;
  onlineUrl?: Maybe<Scalars['String']['output']>;
  /** Civil-society organisations present. */
  organisations: Array<Organisation>;
  organizer: EventOrganizer;
  /** Minutes or outcome, once held. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** Unpublished events are seen only by their collectivity and the network. */
  published: Scalars['Boolean']['output'];
  /** ISO-8601 instant (Morocco local time is Africa/Casablanca). */
  startsAt: Scalars['DateTimeISO']['output'];
  /** How much of startsAt is known. */
  startsAtPrecision: TimePrecision;
  /** Morocco local time at the precision known: "2025-03-07T10:30", "2025-02-11" or "2025-10". */
  startsOn: Scalars['String']['output'];
  status: EventStatus;
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  /** Title in Arabic. */
  titleAr?: Maybe<Scalars['String']['output']>;
  /** Title in French. */
  titleFr?: Maybe<Scalars['String']['output']>;
  venue?: Maybe<Scalars['String']['output']>;
};


/** An event of the co-creation process. */
export type EventDescriptionArgs = {
  language?: InputMaybe<Language>;
};


/** An event of the co-creation process. */
export type EventTitleArgs = {
  language?: InputMaybe<Language>;
};

export type EventConnection = {
  nodes: Array<Event>;
  /** Rows matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type EventFilter = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EventKind>;
  organizer?: InputMaybe<EventOrganizer>;
};

export const EventKind = {
  CommitteeMeeting: 'COMMITTEE_MEETING',
  CouncilSession: 'COUNCIL_SESSION',
  CoCreationWorkshop: 'CO_CREATION_WORKSHOP',
  InformationMeeting: 'INFORMATION_MEETING',
  NetworkMeeting: 'NETWORK_MEETING',
  PublicConsultation: 'PUBLIC_CONSULTATION',
  Training: 'TRAINING'
} as const;

export type EventKind = typeof EventKind[keyof typeof EventKind];
export const EventOrganizer = {
  Collectivity: 'COLLECTIVITY',
  Network: 'NETWORK'
} as const;

export type EventOrganizer = typeof EventOrganizer[keyof typeof EventOrganizer];
export type EventParticipantInput = {
  attended?: Scalars['Boolean']['input'];
  collectivityId: Scalars['ID']['input'];
  invited?: Scalars['Boolean']['input'];
};

export const EventStatus = {
  Cancelled: 'CANCELLED',
  Held: 'HELD',
  Planned: 'PLANNED'
} as const;

export type EventStatus = typeof EventStatus[keyof typeof EventStatus];
export const Gender = {
  Female: 'FEMALE',
  Male: 'MALE',
  Unspecified: 'UNSPECIFIED'
} as const;

export type Gender = typeof Gender[keyof typeof Gender];
export type Indicator = {
  baseline: Scalars['Float']['output'];
  direction: IndicatorDirection;
  /** How far the latest value (or the baseline) still is from the target, in the indicator’s direction; 0 once reached. */
  distanceToTarget: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** The latest measurement. */
  latest?: Maybe<IndicatorReading>;
  /** Oldest first. */
  measurements: Array<Measurement>;
  target: Scalars['Float']['output'];
  title: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

export const IndicatorDirection = {
  Decrease: 'DECREASE',
  Increase: 'INCREASE'
} as const;

export type IndicatorDirection = typeof IndicatorDirection[keyof typeof IndicatorDirection];
export type IndicatorInput = {
  baseline: Scalars['Float']['input'];
  direction: IndicatorDirection;
  target: Scalars['Float']['input'];
  title: Scalars['String']['input'];
  unit?: Scalars['String']['input'];
};

export type IndicatorReading = {
  measuredOn: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/** Active members of one kind. */
export type KindCount = {
  count: Scalars['Int']['output'];
  kind: CollectivityKind;
};

/** Arabic or French. */
export const Language = {
  Ar: 'AR',
  Fr: 'FR'
} as const;

export type Language = typeof Language[keyof typeof Language];
export type Measurement = {
  id: Scalars['ID']['output'];
  /** ISO-8601 date. */
  measuredOn: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

export type MeasurementInput = {
  measuredOn: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
};

export const MembershipStatus = {
  Active: 'ACTIVE',
  Ended: 'ENDED',
  Suspended: 'SUSPENDED'
} as const;

export type MembershipStatus = typeof MembershipStatus[keyof typeof MembershipStatus];
export type Milestone = {
  /** Set once done. */
  doneOn?: Maybe<Scalars['String']['output']>;
  dueOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** Its share of the commitment’s progress. */
  weight: Scalars['Int']['output'];
};

export type MilestoneInput = {
  doneOn?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  weight?: Scalars['Int']['input'];
};

export type Mutation = {
  /** Adds an indicator with its baseline, target and direction. */
  addIndicator: Commitment;
  /** The network admits a collectivity as a member. */
  admitMember: Collectivity;
  /** Moves a proposal under review, or answers it publicly: retained, merged into another (named), or rejected with a reason. */
  answerProposal: Proposal;
  /** Changes the caller's own password; every earlier token ends, a new one is returned. */
  changePassword: AuthPayload;
  /** The network creates any account; a collectivity admin, commune accounts of its own collectivity. */
  createAccount: Account;
  /** Starts a programme of the caller's collectivity, in co-creation and unpublished. */
  createActionProgram: ActionProgram;
  /** The network records a collectivity (reference data). */
  createCollectivity: Collectivity;
  /** Adds a commitment to one of the caller's collectivity's programmes, unpublished. */
  createCommitment: Commitment;
  /** Creates an unpublished event of the caller's collectivity (from the token); a network admin creates a network event. */
  createEvent: Event;
  /** Adds an organisation to the caller's collectivity's registry, unpublished. */
  createOrganisation: Organisation;
  /** Files a progress report on one of the caller's collectivity's programmes, unpublished. */
  createProgressReport: ProgressReport;
  /** Records a proposal in the caller's collectivity (e.g. from a workshop), unpublished. */
  createProposal: Proposal;
  /** Deletes a programme still in co-creation: the collectivity's administrators only. */
  deleteActionProgram: Scalars['Boolean']['output'];
  /** Deletes a commitment with its milestones and indicators: the collectivity's administrators only. */
  deleteCommitment: Scalars['Boolean']['output'];
  /** Deletes an event, its agenda and attendance: the collectivity's administrators only. */
  deleteEvent: Scalars['Boolean']['output'];
  /** Removes an organisation from the registry: the collectivity's administrators only. */
  deleteOrganisation: Scalars['Boolean']['output'];
  /** Deletes a proposal: the collectivity's administrators only. */
  deleteProposal: Scalars['Boolean']['output'];
  /** Signs in. Wrong email, wrong password and a disabled account all answer UNAUTHENTICATED. */
  login: AuthPayload;
  /** Makes an event public: the collectivity's administrators only. */
  publishEvent: Event;
  /** Records a dated measurement of an indicator (one per day; a second replaces the first). */
  recordMeasurement: Indicator;
  /** Replaces an event's whole agenda; each item must lie within the event. */
  replaceAgenda: Event;
  /** Replaces a commitment's milestones, in order; its progress follows from them. */
  replaceMilestones: Commitment;
  /** Replaces a programme's priority axes, in order. */
  replacePriorityAxes: ActionProgram;
  /** The network reviews a commitment: verified completion, 'did it open government?', potential for results. */
  reviewCommitment: Review;
  /** Disables (ending its tokens) or re-enables an account the caller manages. */
  setAccountActive: Account;
  /** Makes a programme public, or withdraws it: the collectivity's administrators only. */
  setActionProgramPublished: ActionProgram;
  /** Replaces an event's attendance counts (category × gender). */
  setAttendance: Event;
  /** Makes a commitment public, or withdraws it: the collectivity's administrators only. */
  setCommitmentPublished: Commitment;
  /** Sets the organisations of the collectivity's registry present at an event. */
  setEventOrganisations: Event;
  /** The network sets which collectivities it invited to one of its events, and which attended. */
  setEventParticipants: Event;
  /** The network suspends, ends or reactivates a membership. */
  setMembershipStatus: Collectivity;
  /** Makes an organisation public, or withdraws it: the collectivity's administrators only. */
  setOrganisationPublished: Organisation;
  /** Moves a programme through CO_CREATION → CONSULTATION → ADOPTED → IMPLEMENTATION → CLOSED: the collectivity's administrators only. */
  setProgramStatus: ActionProgram;
  /** Makes a proposal public, or withdraws it: the collectivity's administrators only. */
  setProposalPublished: Proposal;
  /** Anyone submits a proposal to a commune's public consultation while it is open. It stays private until the commune publishes it. */
  submitProposal: CitizenProposalReceipt;
  /** Withdraws an event from the public: the collectivity's administrators only. */
  unpublishEvent: Event;
  updateActionProgram: ActionProgram;
  /** The network edits reference data: names, code, place in the hierarchy. */
  updateCollectivity: Collectivity;
  /** A collectivity admin edits its own collectivity's profile. */
  updateCollectivityProfile: Collectivity;
  updateCommitment: Commitment;
  /** Changes any subset of an event's fields. */
  updateEvent: Event;
  updateOrganisation: Organisation;
  updateProposal: Proposal;
};


export type MutationAddIndicatorArgs = {
  commitmentId: Scalars['ID']['input'];
  input: IndicatorInput;
};


export type MutationAdmitMemberArgs = {
  collectivityId: Scalars['ID']['input'];
  joinedOn: Scalars['String']['input'];
};


export type MutationAnswerProposalArgs = {
  id: Scalars['ID']['input'];
  input: ProposalAnswerInput;
};


export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateActionProgramArgs = {
  input: ActionProgramInput;
};


export type MutationCreateCollectivityArgs = {
  input: CreateCollectivityInput;
};


export type MutationCreateCommitmentArgs = {
  input: CommitmentInput;
  programId: Scalars['ID']['input'];
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


export type MutationCreateOrganisationArgs = {
  input: OrganisationInput;
};


export type MutationCreateProgressReportArgs = {
  input: ProgressReportInput;
  programId: Scalars['ID']['input'];
};


export type MutationCreateProposalArgs = {
  input: ProposalInput;
};


export type MutationDeleteActionProgramArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordMeasurementArgs = {
  indicatorId: Scalars['ID']['input'];
  input: MeasurementInput;
};


export type MutationReplaceAgendaArgs = {
  eventId: Scalars['ID']['input'];
  items: Array<AgendaItemInput>;
};


export type MutationReplaceMilestonesArgs = {
  commitmentId: Scalars['ID']['input'];
  milestones: Array<MilestoneInput>;
};


export type MutationReplacePriorityAxesArgs = {
  axes: Array<PriorityAxisInput>;
  programId: Scalars['ID']['input'];
};


export type MutationReviewCommitmentArgs = {
  commitmentId: Scalars['ID']['input'];
  input: ReviewInput;
};


export type MutationSetAccountActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetActionProgramPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


export type MutationSetAttendanceArgs = {
  counts: Array<AttendanceInput>;
  eventId: Scalars['ID']['input'];
};


export type MutationSetCommitmentPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


export type MutationSetEventOrganisationsArgs = {
  eventId: Scalars['ID']['input'];
  organisationIds: Array<Scalars['ID']['input']>;
};


export type MutationSetEventParticipantsArgs = {
  eventId: Scalars['ID']['input'];
  participants: Array<EventParticipantInput>;
};


export type MutationSetMembershipStatusArgs = {
  collectivityId: Scalars['ID']['input'];
  status: MembershipStatus;
};


export type MutationSetOrganisationPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


export type MutationSetProgramStatusArgs = {
  id: Scalars['ID']['input'];
  input: ProgramStatusInput;
};


export type MutationSetProposalPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


export type MutationSubmitProposalArgs = {
  input: CitizenProposalInput;
};


export type MutationUnpublishEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateActionProgramArgs = {
  id: Scalars['ID']['input'];
  input: ActionProgramInput;
};


export type MutationUpdateCollectivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCollectivityInput;
};


export type MutationUpdateCollectivityProfileArgs = {
  input: CollectivityProfileInput;
};


export type MutationUpdateCommitmentArgs = {
  id: Scalars['ID']['input'];
  input: CommitmentInput;
};


export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};


export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: OrganisationInput;
};


export type MutationUpdateProposalArgs = {
  id: Scalars['ID']['input'];
  input: ProposalInput;
};

/** The Moroccan network of open territorial collectivities. */
export type Network = {
  evaluation?: Maybe<EvaluationFigures>;
  /** ISO-8601 date. */
  foundedOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Active members of every kind. */
  memberCount: Scalars['Int']['output'];
  /** Active members by kind of collectivity. */
  membersByKind: Array<KindCount>;
  /** Active members by region (a region counts itself), in code order; then those of unknown region. */
  membersByRegion: Array<RegionCount>;
  nameAr: Scalars['String']['output'];
  nameFr: Scalars['String']['output'];
  /** Events, proposals and attendance across the network. */
  participation?: Maybe<ParticipationFigures>;
  website?: Maybe<Scalars['String']['output']>;
};

export type NetworkMembership = {
  /** ISO-8601 at the precision known: "2023", "2024-12" or "2024-12-03". */
  joinedOn: Scalars['String']['output'];
  status: MembershipStatus;
};

/** The IRM's "did it open government?" rating. */
export const OpenGovernmentEffect = {
  DidNotChange: 'DID_NOT_CHANGE',
  Major: 'MAJOR',
  Marginal: 'MARGINAL',
  Outstanding: 'OUTSTANDING',
  Worsened: 'WORSENED'
} as const;

export type OpenGovernmentEffect = typeof OpenGovernmentEffect[keyof typeof OpenGovernmentEffect];
/** Transparency, accountability, access to information, citizen participation, digitalisation. */
export const OpennessPrinciple = {
  AccessToInformation: 'ACCESS_TO_INFORMATION',
  Accountability: 'ACCOUNTABILITY',
  CitizenParticipation: 'CITIZEN_PARTICIPATION',
  Digitalization: 'DIGITALIZATION',
  Transparency: 'TRANSPARENCY'
} as const;

export type OpennessPrinciple = typeof OpennessPrinciple[keyof typeof OpennessPrinciple];
export type Organisation = {
  collectivity?: Maybe<Collectivity>;
  /** Seen only by its commune and the network. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Seen only by its commune and the network. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** Its field of action: youth, women, environment… */
  field?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  nameAr?: Maybe<Scalars['String']['output']>;
  nameFr?: Maybe<Scalars['String']['output']>;
  partnerStatus: PartnerStatus;
  published: Scalars['Boolean']['output'];
};

export type OrganisationConnection = {
  nodes: Array<Organisation>;
  /** Rows matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type OrganisationFilter = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches Arabic and French names, ignoring case, accents and Arabic letter variants. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type OrganisationInput = {
  /** Seen only by the commune and the network. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Seen only by the commune and the network. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  nameAr?: InputMaybe<Scalars['String']['input']>;
  nameFr?: InputMaybe<Scalars['String']['input']>;
  partnerStatus?: InputMaybe<PartnerStatus>;
};

/** Participation figures as the caller may see them: each count equals the matching list’s totalCount. */
export type ParticipationFigures = {
  /** Attendees by category and gender, over the visible events. */
  attendance: Array<AttendanceFigure>;
  /** Equals `events.totalCount` for the same caller and scope. */
  eventCount: Scalars['Int']['output'];
  /** Equals `proposals.totalCount` for the same caller and scope. */
  proposalCount: Scalars['Int']['output'];
  proposalsByPrinciple: Array<PrincipleCount>;
  proposalsByStatus: Array<ProposalStatusCount>;
};

export const PartnerStatus = {
  FormerPartner: 'FORMER_PARTNER',
  None: 'NONE',
  Partner: 'PARTNER'
} as const;

export type PartnerStatus = typeof PartnerStatus[keyof typeof PartnerStatus];
export const PotentialForResults = {
  Modest: 'MODEST',
  Substantial: 'SUBSTANTIAL',
  Unclear: 'UNCLEAR'
} as const;

export type PotentialForResults = typeof PotentialForResults[keyof typeof PotentialForResults];
export type PrincipleCount = {
  count: Scalars['Int']['output'];
  principle: OpennessPrinciple;
};

export type PriorityAxis = {
  id: Scalars['ID']['output'];
  principles: Array<OpennessPrinciple>;
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  titleAr?: Maybe<Scalars['String']['output']>;
  titleFr?: Maybe<Scalars['String']['output']>;
};


export type PriorityAxisTitleArgs = {
  language?: InputMaybe<Language>;
};

export type PriorityAxisInput = {
  principles?: Array<OpennessPrinciple>;
  titleAr?: InputMaybe<Scalars['String']['input']>;
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

export const ProgramStatus = {
  Adopted: 'ADOPTED',
  Closed: 'CLOSED',
  Consultation: 'CONSULTATION',
  CoCreation: 'CO_CREATION',
  Implementation: 'IMPLEMENTATION'
} as const;

export type ProgramStatus = typeof ProgramStatus[keyof typeof ProgramStatus];
export type ProgramStatusChange = {
  changedAt: Scalars['DateTimeISO']['output'];
  fromStatus: ProgramStatus;
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: ProgramStatus;
};

export type ProgramStatusCount = {
  count: Scalars['Int']['output'];
  status: ProgramStatus;
};

export type ProgramStatusInput = {
  /** Required for ADOPTED: ISO-8601 at the precision known. */
  adoptedOn?: InputMaybe<Scalars['String']['input']>;
  /** Required for ADOPTED: e.g. "October 2025 ordinary session". */
  councilSession?: InputMaybe<Scalars['String']['input']>;
  /** Required to step back. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ProgramStatus;
};

export type ProgressReport = {
  createdAt: Scalars['DateTimeISO']['output'];
  entries: Array<ReportEntry>;
  id: Scalars['ID']['output'];
  narrative: Scalars['String']['output'];
  /** ISO-8601 date. */
  periodEnd: Scalars['String']['output'];
  /** ISO-8601 date. */
  periodStart: Scalars['String']['output'];
  published: Scalars['Boolean']['output'];
};

export type ProgressReportInput = {
  entries?: Array<ReportEntryInput>;
  narrative?: Scalars['String']['input'];
  periodEnd: Scalars['String']['input'];
  periodStart: Scalars['String']['input'];
};

export type Proposal = {
  /** The commune's public answer: required once retained, merged or rejected. */
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  body: Scalars['String']['output'];
  /** Submitted by a citizen during a public consultation. */
  citizenSubmitted: Scalars['Boolean']['output'];
  collectivity?: Maybe<Collectivity>;
  /** For a retained proposal: the commitment it became, resolved only within the proposal's collectivity. */
  commitment?: Maybe<Commitment>;
  /** Whether the citizen consented to publication: seen by the commune. */
  consentToPublish?: Maybe<Scalars['Boolean']['output']>;
  /** A citizen's contact: seen only by the commune that received it. */
  contact?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The event where it was collected. */
  event?: Maybe<Event>;
  id: Scalars['ID']['output'];
  /** True for illustrative demo records. */
  isIllustrative: Scalars['Boolean']['output'];
  /** When merged: the proposal it joined. */
  mergedInto?: Maybe<Proposal>;
  organisation?: Maybe<Organisation>;
  principle: OpennessPrinciple;
  published: Scalars['Boolean']['output'];
  source: ProposalSource;
  status: ProposalStatus;
  submitterCategory?: Maybe<AttendeeCategory>;
  supportsCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ProposalAnswerInput = {
  /** Required when retaining, merging or rejecting. */
  answer?: InputMaybe<Scalars['String']['input']>;
  /** When retaining: the commitment of the same collectivity's programme it became. */
  commitmentId?: InputMaybe<Scalars['ID']['input']>;
  /** When merging: the proposal this one joins. */
  mergedIntoId?: InputMaybe<Scalars['ID']['input']>;
  status: ProposalStatus;
};

export type ProposalConnection = {
  nodes: Array<Proposal>;
  /** Rows matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type ProposalFilter = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Proposals collected at this event. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  principle?: InputMaybe<OpennessPrinciple>;
  /** Matches title and text, ignoring case, accents and Arabic letter variants. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProposalStatus>;
};

/** What a citizen sees of a proposal they submitted, by its reference. */
export type ProposalFollowUp = {
  answer?: Maybe<Scalars['String']['output']>;
  collectivityId: Scalars['ID']['output'];
  /** Whether the commune has published it. */
  published: Scalars['Boolean']['output'];
  status: ProposalStatus;
  submittedAt: Scalars['DateTimeISO']['output'];
  title: Scalars['String']['output'];
};

/** A proposal as the commune records it, e.g. from a workshop. */
export type ProposalInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  /** An event of the proposal's own collectivity. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** An organisation of the proposal's own collectivity. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  principle?: InputMaybe<OpennessPrinciple>;
  source?: InputMaybe<ProposalSource>;
  submitterCategory?: InputMaybe<AttendeeCategory>;
  supportsCount?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Collected at an event, in a public consultation, or online. */
export const ProposalSource = {
  Consultation: 'CONSULTATION',
  Event: 'EVENT',
  Online: 'ONLINE'
} as const;

export type ProposalSource = typeof ProposalSource[keyof typeof ProposalSource];
export const ProposalStatus = {
  Merged: 'MERGED',
  Rejected: 'REJECTED',
  Retained: 'RETAINED',
  Submitted: 'SUBMITTED',
  UnderReview: 'UNDER_REVIEW'
} as const;

export type ProposalStatus = typeof ProposalStatus[keyof typeof ProposalStatus];
export type ProposalStatusCount = {
  count: Scalars['Int']['output'];
  status: ProposalStatus;
};

export type Query = {
  /** Accounts: all for the network, its own for a collectivity admin. */
  accounts: AccountConnection;
  /** A programme the caller may see, or null. */
  actionProgram?: Maybe<ActionProgram>;
  /** Openness action programmes the caller may see. */
  actionPrograms: ActionProgramConnection;
  /** The audit trail, newest first: a collectivity reads its own, the network all of it. */
  auditLog: AuditEntryConnection;
  /** Collectivities, regions first, then by code and French name. */
  collectivities: CollectivityConnection;
  /** A collectivity by id, or null. */
  collectivity?: Maybe<Collectivity>;
  /** A commitment the caller may see, or null. */
  commitment?: Maybe<Commitment>;
  /** Commitments the caller may see, by programme then creation. */
  commitments: CommitmentConnection;
  /** An event the caller may see, or null. */
  event?: Maybe<Event>;
  /** Events the caller may see, in chronological order. A collectivity's list includes the network events it attended. */
  events: EventConnection;
  /** The signed-in account; null when anonymous. */
  me?: Maybe<Account>;
  /** The network, with figures computed from the data. */
  network: Network;
  /** Civil-society organisations the caller may see, by name. */
  organisations: OrganisationConnection;
  /** A proposal the caller may see, or null. */
  proposal?: Maybe<Proposal>;
  /** A citizen follows the answer to their proposal with its reference. */
  proposalFollowUp?: Maybe<ProposalFollowUp>;
  /** Proposals the caller may see, newest first. */
  proposals: ProposalConnection;
};


export type QueryAccountsArgs = {
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActionProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionProgramsArgs = {
  filter?: InputMaybe<ActionProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCollectivitiesArgs = {
  filter?: InputMaybe<CollectivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCollectivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitmentsArgs = {
  filter?: InputMaybe<CommitmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganisationsArgs = {
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalFollowUpArgs = {
  reference: Scalars['String']['input'];
};


export type QueryProposalsArgs = {
  filter?: InputMaybe<ProposalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** Active members under one region (through the hierarchy); region null for members whose region is not recorded. */
export type RegionCount = {
  count: Scalars['Int']['output'];
  region?: Maybe<Collectivity>;
};

/** What a progress report says of one commitment. */
export type ReportEntry = {
  commitmentId: Scalars['ID']['output'];
  completion: CompletionLevel;
  /** Links to the evidence. */
  evidence: Array<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
};

export type ReportEntryInput = {
  commitmentId: Scalars['ID']['input'];
  completion: CompletionLevel;
  evidence?: Array<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type Review = {
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  didItOpenGovernment?: Maybe<OpenGovernmentEffect>;
  id: Scalars['ID']['output'];
  potentialForResults?: Maybe<PotentialForResults>;
  published: Scalars['Boolean']['output'];
  verifiedCompletion: CompletionLevel;
};

export type ReviewInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  didItOpenGovernment?: InputMaybe<OpenGovernmentEffect>;
  potentialForResults?: InputMaybe<PotentialForResults>;
  published?: Scalars['Boolean']['input'];
  verifiedCompletion: CompletionLevel;
};

/** NETWORK_ADMIN oversees every member; a collectivity admin manages its own tenant; an editor edits its records. */
export const Role = {
  CollectivityAdmin: 'COLLECTIVITY_ADMIN',
  CollectivityEditor: 'COLLECTIVITY_EDITOR',
  NetworkAdmin: 'NETWORK_ADMIN'
} as const;

export type Role = typeof Role[keyof typeof Role];
export type Speaker = {
  /** Only where the role needs a name. */
  name?: Maybe<Scalars['String']['output']>;
  role: SpeakerRole;
};

export type SpeakerInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  role: SpeakerRole;
};

/** The role a speaker holds: president, focal point, trainer… */
export const SpeakerRole = {
  CivilSociety: 'CIVIL_SOCIETY',
  CouncilMember: 'COUNCIL_MEMBER',
  FocalPoint: 'FOCAL_POINT',
  Network: 'NETWORK',
  Other: 'OTHER',
  President: 'PRESIDENT',
  Staff: 'STAFF',
  Trainer: 'TRAINER'
} as const;

export type SpeakerRole = typeof SpeakerRole[keyof typeof SpeakerRole];
/** How much of a start is known: the minute, only the day, or only the month. */
export const TimePrecision = {
  Day: 'DAY',
  Minute: 'MINUTE',
  Month: 'MONTH'
} as const;

export type TimePrecision = typeof TimePrecision[keyof typeof TimePrecision];
export type UpdateCollectivityInput = {
  clearParent?: InputMaybe<Scalars['Boolean']['input']>;
  /** An empty string clears the code. */
  code?: InputMaybe<Scalars['String']['input']>;
  nameAr?: InputMaybe<Scalars['String']['input']>;
  nameFr?: InputMaybe<Scalars['String']['input']>;
  /** Set `clearParent` to remove the parent. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Any subset of the create fields. */
export type UpdateEventInput = {
  descriptionAr?: InputMaybe<Scalars['String']['input']>;
  descriptionFr?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  kind?: InputMaybe<EventKind>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Minutes or outcome, once held. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** How much of startsAt is known; MINUTE by default. */
  startsAtPrecision?: InputMaybe<TimePrecision>;
  status?: InputMaybe<EventStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  titleAr?: InputMaybe<Scalars['String']['input']>;
  titleFr?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
};
