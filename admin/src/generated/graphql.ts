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

/** A person's account: a network account (no collectivity) or a commune account of exactly one collectivity. Seen only by its owner, its collectivity's admins and the network. */
export type Account = {
  /** False once disabled by `setAccountActive`: a disabled account cannot sign in and its earlier tokens are refused. */
  active: Scalars['Boolean']['output'];
  /** The collectivity the account works for; null for a network account. */
  collectivity?: Maybe<Collectivity>;
  /** Instant the account was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The person's name as displayed, 1–200 characters. */
  displayName: Scalars['String']['output'];
  /** Sign-in email, stored lower-case; unique whatever its case. */
  email: Scalars['String']['output'];
  /** The account's UUID. */
  id: Scalars['ID']['output'];
  /** Instant of the last successful sign-in; null if never. */
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the account may do; fixed at creation. */
  role: Role;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of accounts, by email. */
export type AccountConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Account>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows `accounts`; conditions combine with AND. It never widens what the caller may see. */
export type AccountFilter = {
  /** Only accounts of this collectivity (a UUID). */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only accounts with this role. */
  role?: InputMaybe<Role>;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A collectivity's openness action programme (programme d'action d'ouverture), co-created with local civil society. Created unpublished: until published it is seen only by its collectivity's accounts and the network. */
export type ActionProgram = {
  /** Date of council adoption, ISO-8601 at the precision known (YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025-10"); null before ADOPTED. */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  /** The collectivity that owns the programme (its other fields come from the territory subgraph). */
  collectivity?: Maybe<Collectivity>;
  /** Its commitments the caller may see, oldest first: published ones for everyone, all of them for the programme's collectivity and the network. */
  commitments: Array<Commitment>;
  /** The PUBLIC_CONSULTATION held for it before adoption (consultationEventId), as participation shows it to the caller; null when none is linked. */
  consultationEvent?: Maybe<Event>;
  /** The id of the PUBLIC_CONSULTATION event of the programme's collectivity held before its adoption (see consultationEvent); null before ADOPTED or when the consultation was waived (consultationWaiver). */
  consultationEventId?: Maybe<Scalars['ID']['output']>;
  /** Why the programme was adopted without a public consultation held for it, as stated at adoption; null otherwise. */
  consultationWaiver?: Maybe<Scalars['String']['output']>;
  /**
   * The council session that adopted it as free text, e.g. "October 2025 ordinary session"; null before ADOPTED.
   * @deprecated Use councilSessionEvent: the COUNCIL_SESSION event of the collectivity that adopted the programme.
   */
  councilSession?: Maybe<Scalars['String']['output']>;
  /** The COUNCIL_SESSION event that adopted it (councilSessionEventId), as participation shows it to the caller; null when none is linked. */
  councilSessionEvent?: Maybe<Event>;
  /** The id of the COUNCIL_SESSION event of the programme's collectivity that adopted it (see councilSessionEvent); null before ADOPTED, or for a programme adopted before events were linked. */
  councilSessionEventId?: Maybe<Scalars['ID']['output']>;
  /** The programme id (UUID). */
  id: Scalars['ID']['output'];
  /** Last day of the programme, ISO-8601 date (YYYY-MM-DD), after periodStart; null until set. */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** First day of the programme, ISO-8601 date (YYYY-MM-DD); programmes usually run two years. Null until set. */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Its priority axes, in the order last given to replacePriorityAxes. */
  priorityAxes: Array<PriorityAxis>;
  /** The network's reports on it, DESIGN before RESULTS: published ones for everyone, drafts too for the network and the programme's collectivity. */
  programReports: Array<ProgramReport>;
  /** Its progress reports, latest period first: published ones for everyone, all of them for the programme's collectivity and the network. */
  progressReports: Array<ProgressReport>;
  /** Whether the public can see it: false at creation, changed by setActionProgramPublished. Unpublished, it is seen only by its collectivity's accounts and the network. */
  published: Scalars['Boolean']['output'];
  /** Its lifecycle status, CO_CREATION at creation; changed only by setProgramStatus, which records each change in statusHistory. */
  status: ProgramStatus;
  /** Every change of status, oldest first, with the reason for any step back. */
  statusHistory: Array<ProgramStatusChange>;
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  /** Title in Arabic, 1–300 characters; null when only the French title is set. */
  titleAr?: Maybe<Scalars['String']['output']>;
  /** Title in French, 1–300 characters; null when only the Arabic title is set. */
  titleFr?: Maybe<Scalars['String']['output']>;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A collectivity's openness action programme (programme d'action d'ouverture), co-created with local civil society. Created unpublished: until published it is seen only by its collectivity's accounts and the network. */
export type ActionProgramTitleArgs = {
  language?: InputMaybe<Language>;
};

/** A page of openness action programmes the caller may see, most recent first. */
export type ActionProgramConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<ActionProgram>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows the programme list; the fields given combine with AND. */
export type ActionProgramFilter = {
  /** Only this collectivity's programmes (UUID; BAD_USER_INPUT on filter.collectivityId otherwise). */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes in this lifecycle status. */
  status?: InputMaybe<ProgramStatus>;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The titles and period of a programme; on update, omitted fields keep their value. It must keep a title in Arabic or French (BAD_USER_INPUT on titleFr otherwise). */
export type ActionProgramInput = {
  /** Last day, ISO-8601 date (YYYY-MM-DD), after periodStart (BAD_USER_INPUT on periodEnd otherwise). */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** First day, ISO-8601 date (YYYY-MM-DD). The period may not overlap that of another programme of the collectivity that is not CLOSED (BAD_USER_INPUT on periodStart). */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Title in Arabic, 1–300 characters and not blank; null clears it. */
  titleAr?: InputMaybe<Scalars['String']['input']>;
  /** Title in French, 1–300 characters and not blank; null clears it. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

/** The kinds of supporting actors the OGP Local commitment template lists. */
export const ActorKind = {
  /** A civil-society organisation, association, academic or citizens’ group. */
  CivilSociety: 'CIVIL_SOCIETY',
  /** A public body: a ministry, an agency, another collectivity, a deconcentrated service… */
  Government: 'GOVERNMENT',
  /** A company, a business association or another private actor. */
  PrivateSector: 'PRIVATE_SECTOR'
} as const;

export type ActorKind = typeof ActorKind[keyof typeof ActorKind];
/** One slot of an event’s agenda; seen by whoever may see the event. */
export type AgendaItem = {
  /** End, ISO-8601 date-time in UTC, not before startsAt; replaceAgenda checks it is not after the event ends, when that is known. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** Morocco local time, e.g. "10:45". */
  endsOn: Scalars['String']['output'];
  /** Unique identifier (UUID); replaceAgenda gives every item a new one. */
  id: Scalars['ID']['output'];
  /** What happens in the slot. */
  kind: AgendaItemKind;
  /** Who speaks, in order; empty when nobody is named. */
  speakers: Array<Speaker>;
  /** Start, ISO-8601 date-time in UTC; replaceAgenda checks it is not before the event starts. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** Morocco local time, e.g. "10:30". */
  startsOn: Scalars['String']['output'];
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  /** Title in Arabic; every item has a title in Arabic, in French or both. */
  titleAr?: Maybe<Scalars['String']['output']>;
  /** Title in French; every item has a title in Arabic, in French or both. */
  titleFr?: Maybe<Scalars['String']['output']>;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** One slot of an event’s agenda; seen by whoever may see the event. */
export type AgendaItemTitleArgs = {
  language?: InputMaybe<Language>;
};

/** One agenda slot: it needs a title in Arabic or French and must lie within the event. */
export type AgendaItemInput = {
  /** End, ISO-8601 date-time with its UTC offset; not before startsAt, nor after the event ends (else BAD_USER_INPUT naming items.N.endsAt). */
  endsAt: Scalars['DateTimeISO']['input'];
  /** What happens in the slot. */
  kind: AgendaItemKind;
  /** Who speaks, in order, at most 20; null or omitted for nobody. */
  speakers?: InputMaybe<Array<SpeakerInput>>;
  /** Start, ISO-8601 date-time with its UTC offset; not before the event starts (else BAD_USER_INPUT naming items.N.startsAt). */
  startsAt: Scalars['DateTimeISO']['input'];
  /** Title in Arabic, 1–300 characters; give titleAr, titleFr or both (else BAD_USER_INPUT naming items.N.titleAr). */
  titleAr?: InputMaybe<Scalars['String']['input']>;
  /** Title in French, 1–300 characters; give titleAr, titleFr or both. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

/** What happens in an agenda slot. */
export const AgendaItemKind = {
  /** A break. */
  Break: 'BREAK',
  /** Open discussion, questions and answers. */
  Discussion: 'DISCUSSION',
  /** Anything else. */
  Other: 'OTHER',
  /** A presentation, e.g. of the membership by the focal point or of the co-creation method by the trainer. */
  Presentation: 'PRESENTATION',
  /** Opening words or a speech, e.g. by the council president. */
  Speech: 'SPEECH',
  /** Welcome of participants. */
  Welcome: 'WELCOME',
  /** Work in groups, e.g. collecting ideas and proposals. */
  Workshop: 'WORKSHOP'
} as const;

export type AgendaItemKind = typeof AgendaItemKind[keyof typeof AgendaItemKind];
/** An API key for a machine: sent as `Authorization: Bearer <secret>`, it acts with the rights of the account that created it (row-level security included), never more; a read-only key is refused every mutation. Seen and revoked by its collectivity's admins, or by the network for the network's keys. */
export type ApiKey = {
  /** Instant the key was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The account the key acts as (the one that created it); null if the caller may not see it. */
  createdBy?: Maybe<Account>;
  /** The key's UUID; the audit trail names it (`AuditEntry.apiKeyId`) for every change made with it. */
  id: Scalars['ID']['output'];
  /** Instant the key was last accepted, to the minute; null if never used. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the key is for, as its creator named it (1–100 characters). */
  name: Scalars['String']['output'];
  /** The secret's public beginning (`ifk_<prefix>_…`), to tell keys apart; the rest of the secret is never shown again. */
  prefix: Scalars['String']['output'];
  /** True: the key only reads; every mutation it sends is refused with FORBIDDEN (`extensions.reason` API_KEY_READ_ONLY). */
  readOnly: Scalars['Boolean']['output'];
  /** Instant the key was revoked; from then on it is refused. Null while it is active. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the key was created or last changed (its last use, its revocation), set by the database on every write (ISO-8601 date-time, UTC); `apiKeys` takes `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of API keys, newest first (in sync order with `filter.updatedSince` or a sync cursor). */
export type ApiKeyConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<ApiKey>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows `apiKeys`; it never widens what the caller may see. */
export type ApiKeyFilter = {
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Number of people of one category and gender who attended an event; counts only, no names. Seen by whoever may see the event. */
export type Attendance = {
  /** The stakeholder category counted. */
  category: AttendeeCategory;
  /** Number of people, 0 or more; null when the category was present but not counted. */
  count?: Maybe<Scalars['Int']['output']>;
  /** The gender counted. */
  gender: Gender;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Attendees of one category and gender, summed over the events in scope that the caller may see; counts only, no names. */
export type AttendanceFigure = {
  /** The stakeholder category counted. */
  category: AttendeeCategory;
  /** People counted, summed over the events that gave a number. */
  count: Scalars['Int']['output'];
  /** The gender counted. */
  gender: Gender;
  /** Events where this category was present but not counted. */
  uncountedEvents: Scalars['Int']['output'];
};

/** Number of people of one category and gender who attended; counts only, no names. */
export type AttendanceInput = {
  /** The stakeholder category counted; each category × gender pair at most once per call (else BAD_USER_INPUT naming counts.N). */
  category: AttendeeCategory;
  /** Number of people, 0 to 100,000 (BAD_USER_INPUT naming count otherwise); null when the category was present but not counted. */
  count?: InputMaybe<Scalars['Int']['input']>;
  /** The gender counted. */
  gender: Gender;
};

/** Council members, members of the consultative body for equality, equal opportunity and the gender approach (IEECAG), associations, school directors, students and researchers, staff, citizens, trainers or network. */
export const AttendeeCategory = {
  /** Citizens in their own name; the default category of a citizen proposal. */
  Citizen: 'CITIZEN',
  /** Representatives of civil-society associations. */
  CivilSociety: 'CIVIL_SOCIETY',
  /** Members of the collectivity council. */
  CouncilMember: 'COUNCIL_MEMBER',
  /** Members of the consultative body for equality, equal opportunity and the gender approach attached to the council by organic law 113-14 (IEECAG in French usage; the code keeps an older, unofficial acronym). */
  IepegMember: 'IEPEG_MEMBER',
  /** Directors of schools. */
  SchoolDirector: 'SCHOOL_DIRECTOR',
  /** The collectivity's staff. */
  Staff: 'STAFF',
  /** Students and researchers. */
  StudentResearcher: 'STUDENT_RESEARCHER',
  /** Trainers, and representatives of the network or its support programme. */
  TrainerNetwork: 'TRAINER_NETWORK'
} as const;

export type AttendeeCategory = typeof AttendeeCategory[keyof typeof AttendeeCategory];
/** One write, as recorded in the shared, append-only audit trail. The network reads every entry; a collectivity's accounts only those of their own collectivity. */
export type AuditEntry = {
  /** CREATE, UPDATE, DELETE, PUBLISH, UNPUBLISH, DISABLE, ENABLE, PASSWORD_CHANGE, REVOKE (an API key), or IMPORT for a CSV import (one entry per import, its counts in `after`). */
  action: Scalars['String']['output'];
  /** UUID of the account that made the change; null when no account is recorded. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The actor's role at the time: NETWORK_ADMIN, COLLECTIVITY_ADMIN or COLLECTIVITY_EDITOR. */
  actorRole: Scalars['String']['output'];
  /** The record after the change, as JSON, with the same omissions; null for a deletion or a password change. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The API key the change was made with (`apiKeyId`), for those who manage it: its collectivity's admins, the network for its own keys. Null for a change made in a person's session, and for a caller who may not see the key (an editor, another collectivity, the network for a collectivity's key, a request made with a key): `apiKeyId` still names it. */
  apiKey?: Maybe<ApiKey>;
  /** UUID of the API key the change was made with (acting as `actorId`, the account that created it); null for a change made in a person's session. */
  apiKeyId?: Maybe<Scalars['ID']['output']>;
  /** The record before the change, as JSON; null for a creation. Secrets (passwords, their hashes) and citizens' private contacts are left out. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The collectivity the changed record belongs to; null for network-level records (collectivities, network accounts). */
  collectivityId?: Maybe<Scalars['ID']['output']>;
  /** Type of the changed record, e.g. Collectivity, NetworkMembership, CollectivityProfile or Account. */
  entity: Scalars['String']['output'];
  /** Id of the changed record; for a membership or a profile, the collectivity's id. */
  entityId: Scalars['String']['output'];
  /** The entry's UUID. */
  id: Scalars['ID']['output'];
  /** Instant of the write, by the database clock. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The subgraph that made the change: territory, participation or evaluation. */
  service: Scalars['String']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<AuditEntry>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows `auditLog`; conditions combine with AND. It never widens what the caller may read. */
export type AuditLogFilter = {
  /** Only the changes made with this API key (a UUID). */
  apiKeyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries of this collectivity (a UUID). */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries about this type of record, e.g. "Account"; exact match, up to 100 characters. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Only entries about the record with this id; exact match, up to 100 characters. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** Only entries recorded at or after this instant (ISO-8601); entries never change once written, so this is all a sync of the trail needs. In the trail's own order, newest first. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The answer to a sign-in or a password change: a token and the account it speaks for. */
export type AuthPayload = {
  /** The signed-in account. */
  account: Account;
  /** Instant the token expires; its lifetime is the server's configured token lifetime. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** A signed JWT: send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

/** The network's capacity building (axis 3 of the support programme), over the held network trainings the caller may see: published ones for everyone, all of them for the network. */
export type CapacityBuildingFigures = {
  /** Distinct collectivities that attended at least one of those trainings: those whose `capacityBuilding.trained` is true for the same caller. */
  collectivitiesTrained: Scalars['Int']['output'];
  /** People the attending collectivities sent to those trainings, by category and gender; categories and genders never counted are left out. */
  peopleTrained: Array<TrainedPeopleCount>;
  /** The sum of `peopleTrained`. */
  peopleTrainedTotal: Scalars['Int']['output'];
  /** Held network trainings the caller may see; equals `events(filter: { organizer: NETWORK, kind: TRAINING, status: HELD }).totalCount` for the same caller. */
  trainingCount: Scalars['Int']['output'];
};

/** The network’s charter: its preamble, what an open collectivity is, the aims of openness, the network’s values and its members’ commitments. Public; the network edits it. */
export type Charter = {
  /** What the members commit to. */
  commitments: Array<CharterText>;
  /** The decision that closes the preamble (the network is created; this document is its charter), in Arabic. */
  decisionAr: Scalars['String']['output'];
  /** The same, in French. */
  decisionFr: Scalars['String']['output'];
  /** What a collectivity’s openness aims at, in order. */
  objectives: Array<CharterText>;
  /** What an open territorial collectivity is, in Arabic. */
  openCollectivityAr: Scalars['String']['output'];
  /** What an open territorial collectivity is, in French. */
  openCollectivityFr: Scalars['String']['output'];
  /** The recitals of its preamble, in order. */
  preamble: Array<CharterText>;
  /** What the charter sets out, in Arabic. */
  purposeAr: Scalars['String']['output'];
  /** What the charter sets out, in French. */
  purposeFr: Scalars['String']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The network’s values. */
  values: Array<CharterText>;
};

/** The charter as a whole: every field is replaced. */
export type CharterInput = {
  /** The members’ commitments, 1–20. */
  commitments: Array<CharterTextInput>;
  /** The decision closing the preamble, in Arabic, up to 4,000 characters. */
  decisionAr: Scalars['String']['input'];
  /** The decision closing the preamble, in French, up to 4,000 characters. */
  decisionFr: Scalars['String']['input'];
  /** The aims of openness, 1–20. */
  objectives: Array<CharterTextInput>;
  /** What an open collectivity is, in Arabic, 1–4,000 characters. */
  openCollectivityAr: Scalars['String']['input'];
  /** What an open collectivity is, in French, 1–4,000 characters. */
  openCollectivityFr: Scalars['String']['input'];
  /** The recitals of its preamble, 0–20. */
  preamble: Array<CharterTextInput>;
  /** What the charter sets out, in Arabic, up to 4,000 characters. */
  purposeAr: Scalars['String']['input'];
  /** What the charter sets out, in French, up to 4,000 characters. */
  purposeFr: Scalars['String']['input'];
  /** The network’s values, 1–20. */
  values: Array<CharterTextInput>;
};

/** One paragraph or item of the charter, in both languages. */
export type CharterText = {
  /** In Arabic. */
  textAr: Scalars['String']['output'];
  /** In French. */
  textFr: Scalars['String']['output'];
};

/** One paragraph or item of the charter, in both languages. */
export type CharterTextInput = {
  /** In Arabic. */
  textAr: Scalars['String']['input'];
  /** In French. */
  textFr: Scalars['String']['input'];
};

/** A citizen's proposal to a commune's open public consultation. */
export type CitizenProposalInput = {
  /** Full text, 1–5,000 characters, not blank. */
  body: Scalars['String']['input'];
  /** The commune holding the consultation (UUID). */
  collectivityId: Scalars['ID']['input'];
  /** Whether the citizen agrees to be contacted at `email` about this proposal; false when not given. */
  consentToContact?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the commune may publish the proposal. Nothing is public until it does. */
  consentToPublish: Scalars['Boolean']['input'];
  /** The commune's PUBLIC_CONSULTATION event, open now: published, not CANCELLED, started and not yet ended (else BAD_USER_INPUT naming consultationId). */
  consultationId: Scalars['ID']['input'];
  /** Optional contact, at most 300 characters; kept private to the commune. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** Optional e-mail address (at most 254 characters) to which the commune's answer is sent once it is answered and published; kept only with consentToContact true (BAD_USER_INPUT naming consentToContact otherwise), private to the commune, covered by the personal-data export and erasure. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The language the citizen writes in (the portal's): the commune's answer is mailed in it alone; in Arabic and French when not given. */
  language?: InputMaybe<Language>;
  /** The openness principle it serves. */
  principle: OpennessPrinciple;
  /** Who is proposing; CITIZEN when not given. */
  submitterCategory?: InputMaybe<AttendeeCategory>;
  /** Short title, 3–300 characters, not blank. */
  title: Scalars['String']['input'];
};

/** The receipt of a citizen proposal: keep the reference to follow its answer. */
export type CitizenProposalReceipt = {
  /** Id of the new proposal (UUID). */
  id: Scalars['ID']['output'];
  /** Give it to proposalFollowUp(reference) to read the status and answer. */
  reference: Scalars['String']['output'];
};

/** A wave of members admitted to the network together, owned by the territory subgraph; the participation subgraph adds who of it has been trained. */
export type Cohort = {
  /** The wave id (UUID), shared with the territory subgraph. */
  id: Scalars['ID']['output'];
  /** Its name in the asked language (Arabic by default). */
  label: Scalars['String']['output'];
  /** Its name in Arabic, unique among waves. */
  labelAr: Scalars['String']['output'];
  /** Its name in French, unique among waves. */
  labelFr: Scalars['String']['output'];
  /** Its active members; equals `members(status: ACTIVE).totalCount`. */
  memberCount: Scalars['Int']['output'];
  /** The ids of its active members, in the order of `members`: what another subgraph needs to filter them (e.g. who is not yet trained). */
  memberIds: Array<Scalars['ID']['output']>;
  /** Its members, regions first then by code and French name; each member’s `membership.onboarding` tells where it stands. */
  members: CollectivityConnection;
  /** The year or month the wave stands for, ISO-8601: "2023" or "2024-12". */
  period: Scalars['String']['output'];
  /** Where the wave stands: for each onboarding step in order, how many of its active members completed it. */
  progress: Array<OnboardingStepCount>;
  /** How many active members of the wave have been trained, and how many not yet. */
  training?: Maybe<CohortTraining>;
  /** Active members of the wave that have not attended any held network training the caller may see, in the order of `members`; filtered over the whole wave, then paginated. */
  untrainedMembers?: Maybe<UntrainedMemberConnection>;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A wave of members admitted to the network together, owned by the territory subgraph; the participation subgraph adds who of it has been trained. */
export type CohortLabelArgs = {
  language?: InputMaybe<Language>;
};


/** A wave of members admitted to the network together, owned by the territory subgraph; the participation subgraph adds who of it has been trained. */
export type CohortMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MembershipStatus>;
};


/** A wave of members admitted to the network together, owned by the territory subgraph; the participation subgraph adds who of it has been trained. */
export type CohortUntrainedMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of waves, oldest period first. */
export type CohortConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Cohort>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows the list of waves. */
export type CohortFilter = {
  /** Matches Arabic and French labels and the period, ignoring case, accents and Arabic letter variants. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A new wave of members. */
export type CohortInput = {
  /** Its name in Arabic, 1–200 characters, unique among waves. */
  labelAr: Scalars['String']['input'];
  /** Its name in French, 1–200 characters, unique among waves. */
  labelFr: Scalars['String']['input'];
  /** The year or month it stands for, ISO-8601: "2024" or "2024-12". */
  period: Scalars['String']['input'];
};

/** How many active members of a wave have attended a held network training the caller may see, and how many have not. */
export type CohortTraining = {
  /** Active members of the wave that attended at least one such training. */
  trainedCount: Scalars['Int']['output'];
  /** Active members of the wave that attended none; equals `untrainedMembers.totalCount`. */
  untrainedCount: Scalars['Int']['output'];
};

/** A territorial collectivity (جماعة ترابية): region, prefecture, province or commune. Public reference data that only the network writes; the tenant of every per-collectivity record. */
export type Collectivity = {
  /** Its openness action programmes the caller may see, most recent first: published ones for everyone, all of them for its own accounts and the network. */
  actionPrograms?: Maybe<ActionProgramConnection>;
  /** The network trainings it attended and the people it sent, over the trainings the caller may see. */
  capacityBuilding?: Maybe<CollectivityCapacityBuilding>;
  /** The collectivities directly below this one, by French name; empty for a commune. */
  children: Array<Collectivity>;
  /** Official code where known (regions: 01–12), unique within a kind; null when unknown. */
  code?: Maybe<Scalars['String']['output']>;
  /** Its most recently created programme that is not CLOSED, or null when it has none the caller may see (unpublished programmes are seen only by its own accounts and the network). */
  currentProgram?: Maybe<ActionProgram>;
  /** Its events and the network events it attended, as the root `events` list shows them. */
  events?: Maybe<EventConnection>;
  /** The collectivity's UUID, also the tenant id (`collectivityId`) of its records in every subgraph. */
  id: Scalars['ID']['output'];
  /** True for made-up demo records, which stand for no real place. */
  isFictional: Scalars['Boolean']['output'];
  /** Region, prefecture, province or commune. */
  kind: CollectivityKind;
  /** Its membership of the network, whatever its status; null if it never joined. Public. */
  membership?: Maybe<NetworkMembership>;
  /** Official name in Arabic. */
  nameAr: Scalars['String']['output'];
  /** Official name in French. */
  nameFr: Scalars['String']['output'];
  /** The collectivity directly above this one; null for a region or when unknown. */
  parent?: Maybe<Collectivity>;
  /** Its participation figures as the caller may see them; events include the network events it attended. */
  participation?: Maybe<ParticipationFigures>;
  /** What the collectivity says of itself (focal point, contact, description); null until its admins fill it in. Public. */
  profile?: Maybe<CollectivityProfile>;
  /** Its proposals, as the root `proposals` list shows them. */
  proposals?: Maybe<ProposalConnection>;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A territorial collectivity (جماعة ترابية): region, prefecture, province or commune. Public reference data that only the network writes; the tenant of every per-collectivity record. */
export type CollectivityActionProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** A territorial collectivity (جماعة ترابية): region, prefecture, province or commune. Public reference data that only the network writes; the tenant of every per-collectivity record. */
export type CollectivityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** A territorial collectivity (جماعة ترابية): region, prefecture, province or commune. Public reference data that only the network writes; the tenant of every per-collectivity record. */
export type CollectivityProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** One collectivity's capacity building, over the held network trainings the caller may see. */
export type CollectivityCapacityBuilding = {
  /** Morocco local date of the latest training it attended, at the precision known ("2025-02-11" or "2025-02"); null when none. */
  lastTrainedOn?: Maybe<Scalars['String']['output']>;
  /** People it sent to those trainings, by category and gender; zeros left out. */
  peopleTrained: Array<TrainedPeopleCount>;
  /** The sum of `peopleTrained`. */
  peopleTrainedTotal: Scalars['Int']['output'];
  /** True when it attended at least one held network training the caller may see. */
  trained: Scalars['Boolean']['output'];
  /** Held network trainings it attended; equals `events(filter: { collectivityId, organizer: NETWORK, kind: TRAINING, status: HELD }).totalCount` for the same caller. */
  trainingsAttended: Scalars['Int']['output'];
};

/** A page of collectivities: regions first, then prefectures, provinces and communes; by code, then French name. */
export type CollectivityConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Collectivity>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows `collectivities`; conditions combine with AND. */
export type CollectivityFilter = {
  /** Only collectivities of this kind. */
  kind?: InputMaybe<CollectivityKind>;
  /** Text found anywhere in the Arabic name, French name or code, ignoring case, accents and Arabic letter variants; up to 200 characters, blank matches all. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Kind of territorial collectivity; it fixes which kind may sit directly above: commune → prefecture or province → region. */
export const CollectivityKind = {
  /** Commune (جماعة); its parent is a prefecture or a province. */
  Commune: 'COMMUNE',
  /** Prefecture council (مجلس عمالة, conseil préfectoral); its parent is a region. */
  Prefecture: 'PREFECTURE',
  /** Province council (مجلس إقليم, conseil provincial); its parent is a region. */
  Province: 'PROVINCE',
  /** Region (جهة, région): the top level, 12 since the 2015 division, coded 01–12; has no parent. */
  Region: 'REGION'
} as const;

export type CollectivityKind = typeof CollectivityKind[keyof typeof CollectivityKind];
/** What a collectivity says of itself: its focal point, contact and description. Public, except the focal point's name and contacts (personal data), which only signed-in callers read; written only by the collectivity's own admins (`updateCollectivityProfile`). */
export type CollectivityProfile = {
  /** Contact email address (often the focal point's). Personal data: null for anonymous callers. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Contact phone number, as entered (digits, spaces and + ( ) . -). Personal data: null for anonymous callers. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** Presentation of the collectivity in Arabic, up to 5,000 characters. */
  descriptionAr?: Maybe<Scalars['String']['output']>;
  /** Presentation of the collectivity in French, up to 5,000 characters. */
  descriptionFr?: Maybe<Scalars['String']['output']>;
  /** Name of the focal point (نقطة ارتكاز) who represents it in the network, up to 200 characters. Personal data: null for anonymous callers. */
  focalPointName?: Maybe<Scalars['String']['output']>;
  /** The focal point's position or role in the collectivity, up to 200 characters. */
  focalPointRole?: Maybe<Scalars['String']['output']>;
  /** Instant of the last change to the profile. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Changes to a profile: a field omitted stays as it is, null clears it; text is trimmed. */
export type CollectivityProfileInput = {
  /** Public contact email; must be an email address (BAD_USER_INPUT otherwise). */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Public contact phone: an optional leading + then 6–30 digits, spaces or ( ) . - (BAD_USER_INPUT otherwise). */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Presentation of the collectivity in Arabic, up to 5,000 characters. */
  descriptionAr?: InputMaybe<Scalars['String']['input']>;
  /** Presentation of the collectivity in French, up to 5,000 characters. */
  descriptionFr?: InputMaybe<Scalars['String']['input']>;
  /** Name of the focal point (نقطة ارتكاز), up to 200 characters. */
  focalPointName?: InputMaybe<Scalars['String']['input']>;
  /** The focal point's position or role, up to 200 characters. */
  focalPointRole?: InputMaybe<Scalars['String']['input']>;
};

/** A commitment of an openness action programme, on the OGP commitment template. Created unpublished: until published it, with its milestones and indicators, is seen only by its collectivity's accounts and the network. */
export type Commitment = {
  /** What will be done (OGP template), up to 5,000 characters. */
  action?: Maybe<Scalars['String']['output']>;
  /** The priority axis of its programme it falls under, or null when none is set (replacing the programme's axes unsets it). */
  axis?: Maybe<PriorityAxis>;
  /** The causes of the problem (OGP template), up to 5,000 characters. */
  causes?: Maybe<Scalars['String']['output']>;
  /** The collectivity that owns the commitment (its other fields come from the territory subgraph). */
  collectivity?: Maybe<Collectivity>;
  /** The id (UUID) of the commitment’s collectivity, part of its federation key: a reference from another subgraph resolves only within that collectivity. */
  collectivityId: Scalars['ID']['output'];
  /** Completion on the OGP IRM scale as declared by the collectivity (NOT_STARTED at creation); the network's verified level is in reviews. */
  completion: CompletionLevel;
  /** Whom to contact about it (OGP template); null when no part is given. */
  contact?: Maybe<CommitmentContact>;
  /** How it contributes to solving the problem (OGP template), up to 5,000 characters. */
  contribution?: Maybe<Scalars['String']['output']>;
  /** Last day of implementation, ISO-8601 date (YYYY-MM-DD), not before startsOn and within the programme's period; null until set. */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** The commitment id (UUID). */
  id: Scalars['ID']['output'];
  /** Its indicators, by title (A–Z). */
  indicators: Array<Indicator>;
  /** True for illustrative demo records (not real commitments of the collectivity); false for every record created through the API. */
  isIllustrative: Scalars['Boolean']['output'];
  /** The collectivity's unit or department leading its implementation, up to 300 characters. */
  leadUnit?: Maybe<Scalars['String']['output']>;
  /** Its milestones, in the order last given to replaceMilestones. */
  milestones: Array<Milestone>;
  /** The objective: the results expected once it is done (OGP template), up to 5,000 characters. */
  objective?: Maybe<Scalars['String']['output']>;
  /** Partners in its implementation (civil-society associations, public bodies…) by name, at most 30; empty when none. */
  partners: Array<Scalars['String']['output']>;
  /** The openness principles it serves: at least one, without duplicates. */
  principles: Array<OpennessPrinciple>;
  /** The public problem it addresses (OGP template), up to 5,000 characters. */
  problem?: Maybe<Scalars['String']['output']>;
  /** The programme it belongs to, or null when the caller may not see that programme (a published commitment of an unpublished programme). */
  program?: Maybe<ActionProgram>;
  /** Progress 0–100, derived from weighted milestones: the weight of those done over the total weight, rounded; 0 without milestones. */
  progress: Scalars['Int']['output'];
  /** Whether the public can see it, with its milestones, indicators and measurements: false at creation, changed by setCommitmentPublished. */
  published: Scalars['Boolean']['output'];
  /** How it is relevant to each openness principle it names (OGP template), at most one text per principle; empty when not stated. */
  relevance: Array<PrincipleRelevance>;
  /** The network's reviews of it, newest first: published ones for everyone, all of them for the network and the commitment's own collectivity. */
  reviews: Array<Review>;
  /** The proposals it came from that the caller may see, of the commitment's own collectivity only: each retained proposal that became it, followed by the proposals merged into that one (status MERGED, mergedInto naming it). */
  sourceProposals?: Maybe<Array<Proposal>>;
  /** First day of implementation, ISO-8601 date (YYYY-MM-DD), within the programme's period; null until set. */
  startsOn?: Maybe<Scalars['String']['output']>;
  /** The situation before the commitment (OGP template), up to 5,000 characters. */
  statusQuo?: Maybe<Scalars['String']['output']>;
  /** Actors supporting it, by kind (government, civil society, private sector), at most 30; empty when none. */
  supportingActors: Array<SupportingActor>;
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  /** Title in Arabic, 1–300 characters; null when only the French title is set. */
  titleAr?: Maybe<Scalars['String']['output']>;
  /** Title in French, 1–300 characters; null when only the Arabic title is set. */
  titleFr?: Maybe<Scalars['String']['output']>;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Its versions since its programme was adopted, oldest first: the text adopted, then one per amendment (amendCommitment), each with who, when, why and what changed; empty before adoption. */
  versions: Array<CommitmentVersion>;
};


/** A commitment of an openness action programme, on the OGP commitment template. Created unpublished: until published it, with its milestones and indicators, is seen only by its collectivity's accounts and the network. */
export type CommitmentTitleArgs = {
  language?: InputMaybe<Language>;
};

/** An amendment of a commitment of an adopted programme, approved by the council: why, at which council session, from which day, and what changes. Any field of CommitmentInput, the whole list of milestones, and the indicators (added, corrected — targets included — or removed) may change in one amendment; at least one thing must change (BAD_USER_INPUT on changes). */
export type CommitmentAmendmentInput = {
  /** The day the amendment takes effect, ISO-8601 date (YYYY-MM-DD), not in the future. */
  amendedOn: Scalars['String']['input'];
  /** The fields to change, checked as by createCommitment (field paths are prefixed with changes., e.g. changes.endsOn); omitted ones keep their value. */
  changes?: InputMaybe<CommitmentInput>;
  /** The COUNCIL_SESSION event of the commitment's collectivity that approved the amendment, held (started) no later than amendedOn (BAD_USER_INPUT on councilSessionEventId otherwise). */
  councilSessionEventId: Scalars['ID']['input'];
  /** Indicators to add, correct or remove, at most 50; null leaves them. */
  indicators?: InputMaybe<Array<IndicatorChangeInput>>;
  /** The whole new list of milestones, at most 100, each within the commitment's period as amended (BAD_USER_INPUT naming milestones.N.dueOn); null leaves them. */
  milestones?: InputMaybe<Array<MilestoneInput>>;
  /** Why the commitment is amended, 1–2,000 characters and not blank. */
  reason: Scalars['String']['input'];
};

/** What a programme report says of one commitment, on the OGP IRM criteria of its kind. */
export type CommitmentAssessment = {
  /** The analysis in Arabic, up to 5,000 characters. */
  analysisAr?: Maybe<Scalars['String']['output']>;
  /** The analysis in French, up to 5,000 characters. */
  analysisFr?: Maybe<Scalars['String']['output']>;
  /** The commitment assessed; null when the caller may not see it. */
  commitment?: Maybe<Commitment>;
  /** The commitment assessed (UUID), one of the report's programme. */
  commitmentId: Scalars['ID']['output'];
  /** RESULTS: its completion on the OGP IRM scale as verified at the end of the period; null when not assessed. */
  completion?: Maybe<CompletionLevel>;
  /** RESULTS: "did it open government?"; null when not assessed. */
  didItOpenGovernment?: Maybe<OpenGovernmentEffect>;
  /** DESIGN: whether it has an open-government lens (relevant to transparency, participation or accountability); null when not assessed. */
  openGovernmentLens?: Maybe<Scalars['Boolean']['output']>;
  /** DESIGN: its potential for results; null when not assessed. */
  potentialForResults?: Maybe<PotentialForResults>;
  /** DESIGN: whether the IRM would call it promising; null when not assessed. */
  promising?: Maybe<Scalars['Boolean']['output']>;
  /** DESIGN: whether its milestones and results are specific enough to be verified; null when not assessed. */
  verifiable?: Maybe<Scalars['Boolean']['output']>;
};

/** What a programme report says of one commitment: the DESIGN criteria, or the RESULTS ones, never both. */
export type CommitmentAssessmentInput = {
  /** The analysis in Arabic, up to 5,000 characters. */
  analysisAr?: InputMaybe<Scalars['String']['input']>;
  /** The analysis in French, up to 5,000 characters. */
  analysisFr?: InputMaybe<Scalars['String']['input']>;
  /** A commitment of the report's programme (UUID; BAD_USER_INPUT on commitmentAssessments.N.commitmentId otherwise). */
  commitmentId: Scalars['ID']['input'];
  /** RESULTS only: verified completion. */
  completion?: InputMaybe<CompletionLevel>;
  /** RESULTS only: "did it open government?". */
  didItOpenGovernment?: InputMaybe<OpenGovernmentEffect>;
  /** DESIGN only: has an open-government lens. */
  openGovernmentLens?: InputMaybe<Scalars['Boolean']['input']>;
  /** DESIGN only: potential for results. */
  potentialForResults?: InputMaybe<PotentialForResults>;
  /** DESIGN only: promising. */
  promising?: InputMaybe<Scalars['Boolean']['input']>;
  /** DESIGN only: verifiable. */
  verifiable?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One part of a commitment an amendment changed: a field, the milestones or the indicators, with the values before and after. */
export type CommitmentChange = {
  /** Its value after, as JSON text (null when cleared). */
  after?: Maybe<Scalars['String']['output']>;
  /** Its value before, as JSON text (null when it had none). */
  before?: Maybe<Scalars['String']['output']>;
  /** The field changed, as named in CommitmentInput (e.g. titleFr, endsOn), or milestones, or indicators. */
  field: Scalars['String']['output'];
};

/** A page of commitments the caller may see, ordered by collectivity, programme, then creation (oldest first). */
export type CommitmentConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Commitment>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Whom to contact about a commitment (OGP template): set by the collectivity; null fields are not given. */
export type CommitmentContact = {
  /** An e-mail address, up to 254 characters. */
  email?: Maybe<Scalars['String']['output']>;
  /** The person or office, up to 300 characters. */
  name?: Maybe<Scalars['String']['output']>;
  /** A telephone number, up to 40 characters. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Their title or position, up to 300 characters. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Whom to contact about a commitment; blank parts are stored as not given. It replaces the whole contact. */
export type CommitmentContactInput = {
  /** An e-mail address, up to 254 characters (BAD_USER_INPUT on contact.email when malformed). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The person or office, up to 300 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A telephone number: digits, spaces, +, -, ( and ), up to 40 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Their title or position, up to 300 characters. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** Narrows the commitment list; the fields given combine with AND. */
export type CommitmentFilter = {
  /** Only this collectivity's commitments (UUID; BAD_USER_INPUT otherwise). */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only commitments at this declared completion level. */
  completion?: InputMaybe<CompletionLevel>;
  /** Only commitments naming this openness principle (among others or not). */
  principle?: InputMaybe<OpennessPrinciple>;
  /** Only this programme's commitments (UUID; BAD_USER_INPUT otherwise). */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Text contained in the titles, problem or action, ignoring case, accents and Arabic letter variants; up to 200 characters, blank ignored. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A commitment on the OGP template; on update, omitted fields keep their value. It must keep a title in Arabic or French (BAD_USER_INPUT on titleFr) and at least one principle. */
export type CommitmentInput = {
  /** What will be done, up to 5,000 characters; null or blank clears it. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** A priority axis of the commitment's own programme (UUID; BAD_USER_INPUT on axisId otherwise); null unlinks it. */
  axisId?: InputMaybe<Scalars['ID']['input']>;
  /** The causes of the problem, up to 5,000 characters; null or blank clears it. */
  causes?: InputMaybe<Scalars['String']['input']>;
  /** Completion on the OGP IRM scale as the collectivity assesses it; null keeps the current level (NOT_STARTED at creation). */
  completion?: InputMaybe<CompletionLevel>;
  /** Whom to contact about it; replaces the whole contact, null keeps it (an empty object clears it). */
  contact?: InputMaybe<CommitmentContactInput>;
  /** How it contributes to solving the problem, up to 5,000 characters; null or blank clears it. */
  contribution?: InputMaybe<Scalars['String']['input']>;
  /** Last day, ISO-8601 date (YYYY-MM-DD), not before startsOn nor after the programme's periodEnd (BAD_USER_INPUT on endsOn); null clears it. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** The collectivity's unit leading its implementation, up to 300 characters; null or blank clears it. */
  leadUnit?: InputMaybe<Scalars['String']['input']>;
  /** The objective: the results expected, up to 5,000 characters; null or blank clears it. */
  objective?: InputMaybe<Scalars['String']['input']>;
  /** Partners by name, at most 30, blank names dropped; replaces the whole list, null keeps it. */
  partners?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The openness principles it serves: 1–5, duplicates removed (BAD_USER_INPUT on principles when none); null keeps the current ones. */
  principles?: InputMaybe<Array<OpennessPrinciple>>;
  /** The public problem it addresses, up to 5,000 characters; null or blank clears it. */
  problem?: InputMaybe<Scalars['String']['input']>;
  /** How it is relevant to each of its principles, at most one text per principle (BAD_USER_INPUT on relevance.N.principle for a principle it does not name); replaces the whole list, null keeps it. */
  relevance?: InputMaybe<Array<PrincipleRelevanceInput>>;
  /** First day, ISO-8601 date (YYYY-MM-DD), not before the programme's periodStart (BAD_USER_INPUT on startsOn); null clears it. */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** The situation before the commitment, up to 5,000 characters; null or blank clears it. */
  statusQuo?: InputMaybe<Scalars['String']['input']>;
  /** Supporting actors by kind, at most 30; replaces the whole list, null keeps it. */
  supportingActors?: InputMaybe<Array<SupportingActorInput>>;
  /** Title in Arabic, 1–300 characters and not blank; null clears it. */
  titleAr?: InputMaybe<Scalars['String']['input']>;
  /** Title in French, 1–300 characters and not blank; null clears it. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

/** How many commitments the caller may see name one openness principle. */
export type CommitmentPrincipleCount = {
  /** Commitments naming this principle (a commitment may name several). */
  count: Scalars['Int']['output'];
  /** The openness principle counted. */
  principle: OpennessPrinciple;
};

/** A version of a commitment of an adopted programme: the text adopted, then one per amendment; never changed once written. Visible whenever its commitment is. */
export type CommitmentVersion = {
  /** The day the amendment took effect, ISO-8601 date (YYYY-MM-DD); null for the adoption. */
  amendedOn?: Maybe<Scalars['String']['output']>;
  /** What this version changed from the one before; empty for the adoption. */
  changes: Array<CommitmentChange>;
  /** The COUNCIL_SESSION event that adopted the programme or approved the amendment, as participation shows it to the caller; null when none is linked. */
  councilSession?: Maybe<Event>;
  /** The COUNCIL_SESSION event that adopted the programme or approved the amendment (see councilSession); null when adopted before events were linked. */
  councilSessionEventId?: Maybe<Scalars['ID']['output']>;
  /** For an adoption recorded with the deprecated free-text session only: that text; null otherwise. */
  councilSessionText?: Maybe<Scalars['String']['output']>;
  /** When it was written (ISO-8601 date-time, UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The account (UUID) that adopted the programme or amended the commitment. */
  createdBy?: Maybe<Scalars['ID']['output']>;
  /** The version id (UUID). */
  id: Scalars['ID']['output'];
  /** The adoption, or an amendment. */
  kind: CommitmentVersionKind;
  /** Its number, from 1, in the order written. */
  number: Scalars['Int']['output'];
  /** Why the commitment was amended (always given for an amendment); null for the adoption. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The whole plan of the commitment in this version, as JSON text: its template fields, contact, milestones (title, startsOn, dueOn, deliverable, weight) and indicators (id, title, unit, baseline, target, direction). */
  snapshot: Scalars['String']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** What made a version of a commitment. */
export const CommitmentVersionKind = {
  /** The text as its programme was adopted by the council. */
  Adoption: 'ADOPTION',
  /** An amendment after adoption (amendCommitment), with its reason and approving council session. */
  Amendment: 'AMENDMENT'
} as const;

export type CommitmentVersionKind = typeof CommitmentVersionKind[keyof typeof CommitmentVersionKind];
/** How many commitments the caller may see are at one completion level. */
export type CompletionCount = {
  /** The completion level counted: the one the collectivity declares, not the network’s verified one. */
  completion: CompletionLevel;
  /** Commitments at this level, 0 or more. */
  count: Scalars['Int']['output'];
};

/** Completion on the OGP Independent Reporting Mechanism (IRM) scale, assessed by hand: it is not derived from milestone progress. */
export const CompletionLevel = {
  /** Complete: the commitment is fully implemented. */
  Complete: 'COMPLETE',
  /** Limited: a small part of the commitment is done. */
  Limited: 'LIMITED',
  /** Not started: the level of a new commitment. */
  NotStarted: 'NOT_STARTED',
  /** No evidence available to assess completion. */
  NoEvidence: 'NO_EVIDENCE',
  /** Substantial: most of the commitment is done. */
  Substantial: 'SUBSTANTIAL'
} as const;

export type CompletionLevel = typeof CompletionLevel[keyof typeof CompletionLevel];
/** A new account. */
export type CreateAccountInput = {
  /** UUID of the account's collectivity: required for commune roles (a collectivity admin may omit it to mean its own), empty for NETWORK_ADMIN; BAD_USER_INPUT naming `collectivityId` otherwise or when it names no collectivity. */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** The person's name as displayed, 1–200 characters; surrounding spaces are trimmed. */
  displayName: Scalars['String']['input'];
  /** Sign-in email, up to 254 characters, stored trimmed and lower-case; one already used by any account is BAD_USER_INPUT naming `email`. */
  email: Scalars['String']['input'];
  /** Initial password, 10–200 characters; stored only as an Argon2 hash. */
  password: Scalars['String']['input'];
  /** Its role; a collectivity admin may not create a NETWORK_ADMIN (FORBIDDEN). */
  role: Role;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** What the key is for (e.g. "commune website"), 1–100 characters; surrounding spaces are trimmed. */
  name: Scalars['String']['input'];
  /** True for a key that only reads; false for one that also writes, with its creator's rights. */
  readOnly: Scalars['Boolean']['input'];
};

/** A new collectivity (reference data), recorded by the network. */
export type CreateCollectivityInput = {
  /** Official code, 1–40 characters, unique within the kind (BAD_USER_INPUT naming `code` otherwise); null when unknown. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Its kind, which fixes the kind its parent may be. */
  kind: CollectivityKind;
  /** Official name in Arabic, 1–300 characters; surrounding spaces are trimmed. */
  nameAr: Scalars['String']['input'];
  /** Official name in French, 1–300 characters; surrounding spaces are trimmed. */
  nameFr: Scalars['String']['input'];
  /** UUID of the collectivity directly above: a region for a prefecture or province, a prefecture or province for a commune, none for a region; null when unknown. Anything else is BAD_USER_INPUT naming `parentId`. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new event, created unpublished: for the caller's collectivity (from the token), or as a network event for a NETWORK_ADMIN. Invalid values return BAD_USER_INPUT naming the field. */
export type CreateEventInput = {
  /** Description in Arabic, at most 5,000 characters. On update, null or blank clears it. */
  descriptionAr?: InputMaybe<Scalars['String']['input']>;
  /** Description in French, at most 5,000 characters. On update, null or blank clears it. */
  descriptionFr?: InputMaybe<Scalars['String']['input']>;
  /** End, ISO-8601 date-time with its UTC offset; not before startsAt (else BAD_USER_INPUT naming endsAt). On update, null clears it. */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The step of the co-creation process it belongs to. */
  kind: EventKind;
  /** Address of the online session, starting with http:// or https://. On update, null clears it. */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Start, ISO-8601 date-time with its UTC offset, e.g. "2025-03-18T10:30:00+01:00". */
  startsAt: Scalars['DateTimeISO']['input'];
  /** How much of startsAt is known; MINUTE by default. */
  startsAtPrecision?: InputMaybe<TimePrecision>;
  /** Title, 1–300 characters, not blank: stored as the Arabic title if it contains Arabic script, else as the French one. */
  title: Scalars['String']['input'];
  /** Title in Arabic, 1–300 characters, not blank; wins over `title` for the Arabic title. Null: not set, or unchanged on update. */
  titleAr?: InputMaybe<Scalars['String']['input']>;
  /** Title in French, 1–300 characters, not blank; wins over `title` for the French title. Null: not set, or unchanged on update. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
  /** Where it takes place, at most 300 characters. On update, null or blank clears it. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** A key just created, with its secret: the only time the secret is shown. */
export type CreatedApiKey = {
  /** The key, as `apiKeys` lists it. */
  apiKey: ApiKey;
  /** The secret to send as `Authorization: Bearer <secret>`. Shown this once: only a hash of it is kept. */
  secret: Scalars['String']['output'];
};

/** A webhook just registered, with its signing secret: shown this once, never again. */
export type CreatedWebhook = {
  /** The signing secret in the Standard Webhooks form `whsec_<base64>`: keep it to verify deliveries. It is never shown again. */
  secret: Scalars['String']['output'];
  /** The endpoint registered. */
  webhook: Webhook;
};

/** An e-mail the platform could not deliver after every retry: for the network to act on. */
export type Delivery = {
  /** How many times sending was tried. */
  attempts: Scalars['Int']['output'];
  /** When the notification was due, ISO-8601 date-time in UTC. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** True for a daily digest (one e-mail listing a day's notifications; its kind is its first item's). */
  digest: Scalars['Boolean']['output'];
  /** Its id (UUID). */
  id: Scalars['ID']['output'];
  /** What it was about. */
  kind: NotificationKind;
  /** The last error the mail server gave. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The address it was for, masked. */
  recipient: Scalars['String']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of failed deliveries, newest first. */
export type DeliveryConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Delivery>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** When the demo data stands and what in it is invented; present only where the demo data was loaded. */
export type DemoNote = {
  /** The date the demo data is true at, ISO-8601 ("2025-03": the press kit’s date). */
  asOf: Scalars['String']['output'];
  /** The note, in Arabic. */
  noteAr: Scalars['String']['output'];
  /** The note, in French. */
  noteFr: Scalars['String']['output'];
};

/** When an account receives the e-mails of one kind of notification. */
export const EmailFrequency = {
  /** One e-mail a day (in the morning, Morocco time) listing the previous day's notifications. */
  DailyDigest: 'DAILY_DIGEST',
  /** One e-mail as soon as it happens. */
  Immediate: 'IMMEDIATE'
} as const;

export type EmailFrequency = typeof EmailFrequency[keyof typeof EmailFrequency];
/** Programme and commitment figures across the network, counting only what the caller may see: published records for everyone, plus its own for a collectivity account, everything for the network. */
export type EvaluationFigures = {
  /** collectivitiesWithAdoptedProgram divided by memberCount (active members), a ratio 0–1; null when the network has no active members. */
  adoptionShare?: Maybe<Scalars['Float']['output']>;
  /** Collectivities with a programme adopted by their council (adopted, in implementation or closed). */
  collectivitiesWithAdoptedProgram: Scalars['Int']['output'];
  /** Equals `commitments.totalCount` for the same caller. */
  commitmentCount: Scalars['Int']['output'];
  /** Commitments per declared completion level: one entry per level of the OGP IRM scale, in scale order, zeros included. */
  commitmentsByCompletion: Array<CompletionCount>;
  /** Commitments per openness principle: one entry per principle, zeros included; a commitment naming several principles counts under each. */
  commitmentsByPrinciple: Array<CommitmentPrincipleCount>;
  /** Equals `actionPrograms.totalCount` for the same caller. */
  programCount: Scalars['Int']['output'];
  /** Programmes per lifecycle status: one entry per status, in lifecycle order, zeros included. */
  programsByStatus: Array<ProgramStatusCount>;
};

/** An event of the co-creation process, owned by the participation subgraph. */
export type Event = {
  /** The agenda, in order. */
  agenda: Array<AgendaItem>;
  /** Number of attendees by category and gender; counts only, no names. */
  attendance: Array<Attendance>;
  /** For a network event: the collectivities that attended, in whose events lists it appears; empty for a collectivity's own event. */
  attendingCollectivities: Array<Collectivity>;
  /** The organising collectivity; null for a network event. */
  collectivity?: Maybe<Collectivity>;
  /** For a network event: people each attending collectivity sent, by category and gender (counts only); empty for a collectivity’s own event. */
  collectivityAttendance: Array<ParticipantAttendance>;
  /** The description in the asked language, else in the other. */
  description?: Maybe<Scalars['String']['output']>;
  /** Description in Arabic, at most 5,000 characters. */
  descriptionAr?: Maybe<Scalars['String']['output']>;
  /** Description in French, at most 5,000 characters. */
  descriptionFr?: Maybe<Scalars['String']['output']>;
  /** End, ISO-8601 date-time in UTC, never before startsAt; null when not known. */
  endsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Morocco local time of the end, to the minute. */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** For a network event, seen by the network: how many invited members answered that they will attend (the expected attendance); null for anyone else and for a collectivity's own event. */
  expectedAttendance?: Maybe<Scalars['Int']['output']>;
  /** The event id (UUID), shared with the participation subgraph. */
  id: Scalars['ID']['output'];
  /** For a network event: the invited members' answers (attending or not), oldest first; all of them for the network, the caller's own for a member, none for anyone else. Empty for a collectivity's own event. */
  invitationAnswers: Array<InvitationAnswer>;
  /** For a network event: the collectivities invited; empty for a collectivity's own event. */
  invitedCollectivities: Array<Collectivity>;
  /** The step of the co-creation process it belongs to. */
  kind: EventKind;
  /** For a network event: its training materials, in order; empty for a collectivity’s own event. */
  materials: Array<TrainingMaterial>;
  /** Address (http or https) of the online session or page; null when there is none. */
  onlineUrl?: Maybe<Scalars['String']['output']>;
  /** Civil-society organisations of its collectivity's registry that were present, those the caller may see. */
  organisations: Array<Organisation>;
  /** COLLECTIVITY for a collectivity's own event; NETWORK for a network event, whose collectivity is null. */
  organizer: EventOrganizer;
  /** Minutes or outcome, once held. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** False when created; setEventPublished makes the event, its agenda and attendance visible to everyone. Unpublished events are seen only by their own collectivity's accounts and the network. */
  published: Scalars['Boolean']['output'];
  /** Start, ISO-8601 date-time in UTC, meaningful to the precision given by startsAtPrecision; startsOn gives it in Morocco local time (Africa/Casablanca). */
  startsAt: Scalars['DateTimeISO']['output'];
  /** How much of startsAt is known. */
  startsAtPrecision: TimePrecision;
  /** Morocco local time at the precision known: "2025-03-07T10:30", "2025-02-11" or "2025-10". */
  startsOn: Scalars['String']['output'];
  /** PLANNED when created; set to HELD or CANCELLED with updateEvent. */
  status: EventStatus;
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  /** Title in Arabic; null when the event has only a French title. */
  titleAr?: Maybe<Scalars['String']['output']>;
  /** Title in French; null when the event has only an Arabic title. */
  titleFr?: Maybe<Scalars['String']['output']>;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where it takes place, e.g. the meeting hall of the commune; free text, at most 300 characters. */
  venue?: Maybe<Scalars['String']['output']>;
};


/** An event of the co-creation process, owned by the participation subgraph. */
export type EventDescriptionArgs = {
  language?: InputMaybe<Language>;
};


/** An event of the co-creation process, owned by the participation subgraph. */
export type EventTitleArgs = {
  language?: InputMaybe<Language>;
};

/** A page of events, with the number of events matching over all pages. */
export type EventConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Event>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows the events list; the criteria given combine (AND). */
export type EventFilter = {
  /** A collectivity's events: its own and the network events it attended. BAD_USER_INPUT naming filter.collectivityId when not a UUID. */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events of this kind. */
  kind?: InputMaybe<EventKind>;
  /** Only collectivities' own events, or only network events. */
  organizer?: InputMaybe<EventOrganizer>;
  /** Only events in this status, e.g. HELD for the trainings the capacity-building figures count. */
  status?: InputMaybe<EventStatus>;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The step of the co-creation process an event belongs to. */
export const EventKind = {
  /** Meeting of the committee monitoring the preparation, implementation and evaluation of the openness programme. */
  CommitteeMeeting: 'COMMITTEE_MEETING',
  /** Session of the collectivity council, e.g. the one that adopts the programme. */
  CouncilSession: 'COUNCIL_SESSION',
  /** Co-creation workshop collecting ideas and proposals from council members, civil society and other participants. */
  CoCreationWorkshop: 'CO_CREATION_WORKSHOP',
  /** Information meeting, e.g. the kickoff of the preparation of the openness action programme. */
  InformationMeeting: 'INFORMATION_MEETING',
  /** Meeting of the network with its members. */
  NetworkMeeting: 'NETWORK_MEETING',
  /** Public consultation on the draft programme; while open (published, not CANCELLED, started, endsAt set and not passed) anyone may send proposals with submitProposal. */
  PublicConsultation: 'PUBLIC_CONSULTATION',
  /** Communication and training meeting, e.g. on the support programme and the co-creation method for newly joined collectivities. */
  Training: 'TRAINING'
} as const;

export type EventKind = typeof EventKind[keyof typeof EventKind];
/** Who organises an event: a collectivity, or the network. */
export const EventOrganizer = {
  /** Organised by a collectivity and recorded under it; only that collectivity's accounts edit it. */
  Collectivity: 'COLLECTIVITY',
  /** Organised by the network and recorded by a NETWORK_ADMIN: its collectivity is null, and it appears in the lists of every collectivity that attended. */
  Network: 'NETWORK'
} as const;

export type EventOrganizer = typeof EventOrganizer[keyof typeof EventOrganizer];
/** A collectivity invited to, or attending, a network event. */
export type EventParticipantInput = {
  /** Whether it attended; false by default. An attended network event appears in that collectivity's events list and figures. */
  attended?: Scalars['Boolean']['input'];
  /** The collectivity (UUID); each at most once per call (else BAD_USER_INPUT naming participants). */
  collectivityId: Scalars['ID']['input'];
  /** Whether it was invited; true by default. */
  invited?: Scalars['Boolean']['input'];
};

/** Whether an event is still to come, took place, or was called off. */
export const EventStatus = {
  /** Called off; a cancelled public consultation accepts no citizen proposals. */
  Cancelled: 'CANCELLED',
  /** Took place. */
  Held: 'HELD',
  /** Scheduled and not yet held: the status of a new event. */
  Planned: 'PLANNED'
} as const;

export type EventStatus = typeof EventStatus[keyof typeof EventStatus];
/** A follow confirmed: the collectivity whose public consultations will be mailed. */
export type FollowConfirmation = {
  /** The collectivity followed (UUID). */
  collectivityId: Scalars['ID']['output'];
};

/** Gender of the people counted, for gender-disaggregated figures. */
export const Gender = {
  /** Women. */
  Female: 'FEMALE',
  /** Men. */
  Male: 'MALE',
  /** Gender not recorded. */
  Unspecified: 'UNSPECIFIED'
} as const;

export type Gender = typeof Gender[keyof typeof Gender];
/** What importCollectivities did, or for a dry run would do: created and updated count collectivities; rows that change nothing are in rowCount only. When refused is not empty nothing was written and both counts are 0. */
export type ImportReport = {
  /** Collectivities created (or that a dry run would create), with their membership when `member` is true; 0 when any row is refused. */
  created: Scalars['Int']['output'];
  /** True when the file was only checked: nothing was written, and the counts say what the import would do. */
  dryRun: Scalars['Boolean']['output'];
  /** Every problem found, in file order, one entry per row and column at fault; empty when the file was accepted. When it is not empty, the import wrote nothing. */
  refused: Array<RefusedRow>;
  /** Data rows read below the header row; blank lines are not counted. */
  rowCount: Scalars['Int']['output'];
  /** Existing collectivities whose names, code, parent or membership changed (or would change); 0 when any row is refused. */
  updated: Scalars['Int']['output'];
};

/** A measurable indicator of a commitment, from a baseline towards a target; visible whenever its commitment is. */
export type Indicator = {
  /** The value before the commitment, in unit. */
  baseline: Scalars['Float']['output'];
  /** Whether reaching the target means the value going up or down. */
  direction: IndicatorDirection;
  /** How far the latest value (or the baseline, before any measurement) still is from the target, in unit and in the indicator’s direction; 0 once reached or passed. */
  distanceToTarget: Scalars['Float']['output'];
  /** The indicator id (UUID). */
  id: Scalars['ID']['output'];
  /** Its most recent measurement by date, or null before the first. */
  latest?: Maybe<IndicatorReading>;
  /** Its measurements, oldest first; at most one per day. */
  measurements: Array<Measurement>;
  /** The value to reach, in unit: above the baseline for INCREASE, below it for DECREASE. */
  target: Scalars['Float']['output'];
  /** What is measured, 1–300 characters. */
  title: Scalars['String']['output'];
  /** Unit of the baseline, target and measurements (e.g. "%", "requests"), up to 50 characters; empty when unitless. */
  unit: Scalars['String']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** One change to a commitment's indicators within an amendment: with no indicatorId, a new indicator (title, baseline, target and direction required, BAD_USER_INPUT naming indicators.N.<field>); with one, a correction of that indicator, or its removal when remove is true. */
export type IndicatorChangeInput = {
  /** The value before the commitment: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** Whether reaching the target means the value going up or down. */
  direction?: InputMaybe<IndicatorDirection>;
  /** An indicator of the amended commitment (UUID; BAD_USER_INPUT on indicators.N.indicatorId otherwise); null adds one. */
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  /** True removes the indicator named, with its measurements. */
  remove?: Scalars['Boolean']['input'];
  /** The value to reach: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** What is measured, 1–300 characters and not blank. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Unit of the values, up to 50 characters. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Which way an indicator must move from its baseline to reach its target. */
export const IndicatorDirection = {
  /** Lower is better: the target is below the baseline. */
  Decrease: 'DECREASE',
  /** Higher is better: the target is above the baseline. */
  Increase: 'INCREASE'
} as const;

export type IndicatorDirection = typeof IndicatorDirection[keyof typeof IndicatorDirection];
/** A new indicator of a commitment. */
export type IndicatorInput = {
  /** The value before the commitment, in unit: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  baseline: Scalars['Float']['input'];
  /** Whether reaching the target means the value going up or down. */
  direction: IndicatorDirection;
  /** The value to reach, in unit: above the baseline for INCREASE, below it for DECREASE (BAD_USER_INPUT on target otherwise); a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  target: Scalars['Float']['input'];
  /** What is measured, 1–300 characters. */
  title: Scalars['String']['input'];
  /** Unit of the values (e.g. "%", "requests"), up to 50 characters; empty by default. */
  unit?: Scalars['String']['input'];
};

/** An indicator's latest measured value. */
export type IndicatorReading = {
  /** The day measured, ISO-8601 date (YYYY-MM-DD). */
  measuredOn: Scalars['String']['output'];
  /** The measured value, in the indicator's unit. */
  value: Scalars['Float']['output'];
};

/** Corrections to an indicator: omitted fields keep their value; the target must still lie in its direction from the baseline (BAD_USER_INPUT on target). */
export type IndicatorUpdateInput = {
  /** The value before the commitment: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** Whether reaching the target means the value going up or down. */
  direction?: InputMaybe<IndicatorDirection>;
  /** The value to reach: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** What is measured, 1–300 characters and not blank. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Unit of the values, up to 50 characters. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** An invited member's answer to the network's invitation to one of its events (a training): whether it will attend. Seen by the network (the expected attendance) and by the member itself, nobody else. */
export type InvitationAnswer = {
  /** When it last answered, ISO-8601 date-time in UTC. */
  answeredAt: Scalars['DateTimeISO']['output'];
  /** True when the member will attend, false when it will not. */
  attending: Scalars['Boolean']['output'];
  /** The member that answered. */
  collectivity: Collectivity;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Active members of one kind. */
export type KindCount = {
  /** Members of that kind whose membership is ACTIVE, 0 or more. */
  count: Scalars['Int']['output'];
  /** The kind of collectivity. */
  kind: CollectivityKind;
};

/** Language of a text: fields with a `language` argument answer in it (Arabic by default), else in the other language when the text exists only there. */
export const Language = {
  /** Arabic (العربية). */
  Ar: 'AR',
  /** French (français). */
  Fr: 'FR'
} as const;

export type Language = typeof Language[keyof typeof Language];
/** An entry of the network’s library of good practices, methods and tools. The network writes and publishes entries; a collectivity may propose one from its commitments. Published entries are public; a proposal is seen by its collectivity and the network. */
export type LibraryEntry = {
  /** The full text in the asked language (Arabic by default), else in the other; null without one. */
  body?: Maybe<Scalars['String']['output']>;
  /** The full text in Arabic (plain text, paragraphs separated by blank lines). */
  bodyAr?: Maybe<Scalars['String']['output']>;
  /** The full text in French (plain text, paragraphs separated by blank lines). */
  bodyFr?: Maybe<Scalars['String']['output']>;
  /** The collectivity the practice comes from; null for the network’s own material. */
  collectivity?: Maybe<Collectivity>;
  /** The commitments the entry documents that the caller may see; only commitments of the entry’s own collectivity ever resolve. */
  commitments: Array<Commitment>;
  /** When the entry was written or proposed. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Why the network declined the proposal, when it did. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** The entry id (UUID). */
  id: Scalars['ID']['output'];
  /** True for illustrative demo records, not real practices. */
  isIllustrative: Scalars['Boolean']['output'];
  /** Method, tool, template, good practice or case study. */
  kind: LibraryEntryKind;
  /** Attached documents and pages, in order. */
  links: Array<LibraryLink>;
  /** The openness principles the entry serves. */
  principles: Array<OpennessPrinciple>;
  /** When a collectivity proposed the entry; null for entries the network wrote. */
  proposedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The collectivity that proposed the entry; null when the network wrote it. */
  proposedBy?: Maybe<Collectivity>;
  /** True once the network has published the entry (status PUBLISHED): everyone may read it. */
  published: Scalars['Boolean']['output'];
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Draft, proposed, published or declined; only PUBLISHED entries are public. */
  status: LibraryEntryStatus;
  /** The summary in the asked language (Arabic by default), else in the other; null without one. */
  summary?: Maybe<Scalars['String']['output']>;
  /** A few lines in Arabic saying what the entry offers. */
  summaryAr?: Maybe<Scalars['String']['output']>;
  /** A few lines in French saying what the entry offers. */
  summaryFr?: Maybe<Scalars['String']['output']>;
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  /** The title in Arabic; an entry has a title in Arabic, in French or both. */
  titleAr?: Maybe<Scalars['String']['output']>;
  /** The title in French. */
  titleFr?: Maybe<Scalars['String']['output']>;
  /** When the entry last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** An entry of the network’s library of good practices, methods and tools. The network writes and publishes entries; a collectivity may propose one from its commitments. Published entries are public; a proposal is seen by its collectivity and the network. */
export type LibraryEntryBodyArgs = {
  language?: InputMaybe<Language>;
};


/** An entry of the network’s library of good practices, methods and tools. The network writes and publishes entries; a collectivity may propose one from its commitments. Published entries are public; a proposal is seen by its collectivity and the network. */
export type LibraryEntrySummaryArgs = {
  language?: InputMaybe<Language>;
};


/** An entry of the network’s library of good practices, methods and tools. The network writes and publishes entries; a collectivity may propose one from its commitments. Published entries are public; a proposal is seen by its collectivity and the network. */
export type LibraryEntryTitleArgs = {
  language?: InputMaybe<Language>;
};

/** A page of library entries. */
export type LibraryEntryConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<LibraryEntry>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Which library entries to list; every condition given must hold. */
export type LibraryEntryFilter = {
  /** Only entries coming from this collectivity. */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries of this kind. */
  kind?: InputMaybe<LibraryEntryKind>;
  /** Only entries serving this principle. */
  principle?: InputMaybe<OpennessPrinciple>;
  /** Full-text search over titles, summaries and bodies in Arabic and French: every word must match (the last one as a prefix), ignoring case, French accents, Arabic letter variants (أ إ آ ا, ة ه, ى ي) and the Arabic article. Best matches first. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only entries in this status (e.g. PROPOSED: the proposals awaiting a decision). */
  status?: InputMaybe<LibraryEntryStatus>;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A library entry as the network writes it; on update, any subset (a list given replaces the old one). */
export type LibraryEntryInput = {
  /** The full text in Arabic, at most 50,000 characters. */
  bodyAr?: InputMaybe<Scalars['String']['input']>;
  /** The full text in French, at most 50,000 characters. */
  bodyFr?: InputMaybe<Scalars['String']['input']>;
  /** The collectivity the practice comes from; null for the network’s own material. */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Commitments the entry documents, all of `collectivityId` (replaces the list). */
  commitmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The kind of entry: required to create one; GOOD_PRACTICE by default when proposing from a commitment. */
  kind?: InputMaybe<LibraryEntryKind>;
  /** Attached links, at most 20 (replaces the list). */
  links?: InputMaybe<Array<LibraryLinkInput>>;
  /** The principles the entry serves (replaces the list). */
  principles?: InputMaybe<Array<OpennessPrinciple>>;
  /** A summary in Arabic, at most 2,000 characters. */
  summaryAr?: InputMaybe<Scalars['String']['input']>;
  /** A summary in French, at most 2,000 characters. */
  summaryFr?: InputMaybe<Scalars['String']['input']>;
  /** The title in Arabic, 1–300 characters. */
  titleAr?: InputMaybe<Scalars['String']['input']>;
  /** The title in French, 1–300 characters. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

/** What a library entry offers to the network’s members. */
export const LibraryEntryKind = {
  /** The account of one experience, with its context and lessons. */
  CaseStudy: 'CASE_STUDY',
  /** A practice of a member collectivity worth spreading, usually documenting some of its commitments. */
  GoodPractice: 'GOOD_PRACTICE',
  /** A way of working, step by step (e.g. the co-creation method). */
  Method: 'METHOD',
  /** A model document to fill in (e.g. a commitment sheet). */
  Template: 'TEMPLATE',
  /** A tool to use as it is (e.g. a register of information requests). */
  Tool: 'TOOL'
} as const;

export type LibraryEntryKind = typeof LibraryEntryKind[keyof typeof LibraryEntryKind];
/** Where an entry stands between its writing or proposal and its publication by the network. */
export const LibraryEntryStatus = {
  /** A proposal the network declined, with its reason; not public. */
  Declined: 'DECLINED',
  /** Written (or withdrawn from publication) by the network, not public. */
  Draft: 'DRAFT',
  /** Proposed by a collectivity from its commitments, awaiting the network’s decision; not public. */
  Proposed: 'PROPOSED',
  /** Published by the network: public, anonymous callers included. */
  Published: 'PUBLISHED'
} as const;

export type LibraryEntryStatus = typeof LibraryEntryStatus[keyof typeof LibraryEntryStatus];
/** The network’s library in figures, as the caller may see it. */
export type LibraryFigures = {
  /** Entries the caller may see, per kind (every kind, zeros included). */
  byKind: Array<LibraryKindCount>;
  /** Entries the caller may see; equals `libraryEntries.totalCount` for the same caller. */
  entryCount: Scalars['Int']['output'];
  /** Proposals awaiting the network’s decision, among those the caller may see. */
  proposedCount: Scalars['Int']['output'];
  /** Published entries (the public library). */
  publishedCount: Scalars['Int']['output'];
};

/** How many library entries the caller may see are of one kind. */
export type LibraryKindCount = {
  /** Entries of this kind the caller may see. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: LibraryEntryKind;
};

/** A link attached to a library entry: a document, a video, a page. */
export type LibraryLink = {
  /** What the link leads to, in any language. */
  label?: Maybe<Scalars['String']['output']>;
  /** An http or https address. */
  url: Scalars['String']['output'];
};

/** A link to attach to a library entry. */
export type LibraryLinkInput = {
  /** What the link leads to. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** An http or https address. */
  url: Scalars['String']['input'];
};

/** What a collectivity proposes to the library; unset fields are taken from the commitment (titles, principles). */
export type LibraryProposalInput = {
  /** The full text in Arabic, at most 50,000 characters. */
  bodyAr?: InputMaybe<Scalars['String']['input']>;
  /** The full text in French, at most 50,000 characters. */
  bodyFr?: InputMaybe<Scalars['String']['input']>;
  /** The kind of entry: required to create one; GOOD_PRACTICE by default when proposing from a commitment. */
  kind?: InputMaybe<LibraryEntryKind>;
  /** Attached links, at most 20 (replaces the list). */
  links?: InputMaybe<Array<LibraryLinkInput>>;
  /** The principles the entry serves (replaces the list). */
  principles?: InputMaybe<Array<OpennessPrinciple>>;
  /** A summary in Arabic, at most 2,000 characters. */
  summaryAr?: InputMaybe<Scalars['String']['input']>;
  /** A summary in French, at most 2,000 characters. */
  summaryFr?: InputMaybe<Scalars['String']['input']>;
  /** The title in Arabic, 1–300 characters. */
  titleAr?: InputMaybe<Scalars['String']['input']>;
  /** The title in French, 1–300 characters. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

/** A dated value of an indicator, at most one per indicator and day; visible whenever its commitment is. */
export type Measurement = {
  /** The measurement id (UUID). */
  id: Scalars['ID']['output'];
  /** The day measured, ISO-8601 date (YYYY-MM-DD); unique per indicator. */
  measuredOn: Scalars['String']['output'];
  /** A remark on the value or its source, up to 1,000 characters. */
  note?: Maybe<Scalars['String']['output']>;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The measured value, in the indicator's unit. */
  value: Scalars['Float']['output'];
};

/** A dated value of an indicator. */
export type MeasurementInput = {
  /** The day measured, ISO-8601 date (YYYY-MM-DD); a measurement already on that day is replaced. */
  measuredOn: Scalars['String']['input'];
  /** A remark on the value or its source, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The measured value, in the indicator's unit: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  value: Scalars['Float']['input'];
};

/** One active member and where it stands. */
export type MemberProgress = {
  /** The wave it joined with; null when in none. */
  cohortId?: Maybe<Scalars['ID']['output']>;
  /** The member. */
  collectivity: Collectivity;
  /** The stage the calendar expects by today for its wave. */
  expectedStage: MemberStage;
  /** Whether it is behind the network’s calendar for its wave: a later stage was expected by today (Morocco time). */
  overdue: Scalars['Boolean']['output'];
  /** The code (01–12) of its region; null when its region is not recorded. */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** Since when: the day of the first record of that stage ("2025-03-18"), or its joining date at JOINED ("2024-12"). */
  since: Scalars['String']['output'];
  /** The furthest stage its records prove. */
  stage: MemberStage;
};

/** A page of members and where they stand: regions first, then prefectures, provinces and communes; by code, then French name. */
export type MemberProgressConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<MemberProgress>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows the members listed. */
export type MemberProgressFilter = {
  /** Only members of this wave; BAD_USER_INPUT naming `cohortId` when not a UUID. */
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  /** Only members in the region of this code ("01"–"12"); BAD_USER_INPUT naming `regionCode` otherwise. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only members at this stage. */
  stage?: InputMaybe<MemberStage>;
  /** Only members whose current stage was reached at or after this instant, compared at the precision `since` is known (a month-precision "2025-10" is kept for any instant of October 2025). Progress is computed, so it has no sync order or deletions: read it again whole when in doubt. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Where a member stands on the network’s path: the furthest stage its records prove (directory.member_fact, kept by participation and evaluation), never typed in. Anonymous callers see the stage its published records prove. */
export const MemberStage = {
  /** Its council adopted its openness action programme. */
  Adopted: 'ADOPTED',
  /** Its committee monitoring the openness programme held a meeting. */
  CommitteeFormed: 'COMMITTEE_FORMED',
  /** It held a public consultation. */
  Consultation: 'CONSULTATION',
  /** It held a co-creation workshop. */
  CoCreation: 'CO_CREATION',
  /** Its programme is in implementation, or it wrote a progress report. */
  Implementing: 'IMPLEMENTING',
  /** A member with no later record yet. */
  Joined: 'JOINED',
  /** The network published a review of one of its commitments. */
  Reviewed: 'REVIEWED',
  /** It attended a training held by the network (its support programme). */
  Trained: 'TRAINED'
} as const;

export type MemberStage = typeof MemberStage[keyof typeof MemberStage];
/** State of a collectivity's membership of the network; only ACTIVE members count in the network's figures. */
export const MembershipStatus = {
  /** A member in good standing, counted in the network's figures. */
  Active: 'ACTIVE',
  /** Ended: not counted; `admitMember` may admit the collectivity again. */
  Ended: 'ENDED',
  /** Suspended by the network: not counted; `setMembershipStatus` may reactivate it. */
  Suspended: 'SUSPENDED'
} as const;

export type MembershipStatus = typeof MembershipStatus[keyof typeof MembershipStatus];
/** A step of a commitment, weighted in the commitment's progress; visible whenever its commitment is. */
export type Milestone = {
  /** What it delivers (a report, a platform, a charter…), up to 1,000 characters; null when not stated. */
  deliverable?: Maybe<Scalars['String']['output']>;
  /** The day it was done, ISO-8601 date (YYYY-MM-DD); null while pending. Only done milestones count towards progress. */
  doneOn?: Maybe<Scalars['String']['output']>;
  /** Planned date, ISO-8601 date (YYYY-MM-DD); null when not planned. */
  dueOn?: Maybe<Scalars['String']['output']>;
  /** Evidence that it was done (a link, a document reference, minutes…), up to 2,000 characters; null when none given. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** The milestone id (UUID); replaceMilestones gives every milestone a new id. */
  id: Scalars['ID']['output'];
  /** Planned start, ISO-8601 date (YYYY-MM-DD), within the commitment's period and not after dueOn; null when not planned. */
  startsOn?: Maybe<Scalars['String']['output']>;
  /** What is to be done, 1–300 characters. */
  title: Scalars['String']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Its weight in the commitment’s progress, 1–100 (default 1): progress is the done milestones’ weight over the total weight. */
  weight: Scalars['Int']['output'];
};

/** A milestone done, or undone: carrying the programme out, open after adoption. */
export type MilestoneDoneInput = {
  /** The day it was done, ISO-8601 date (YYYY-MM-DD), not in the future; null marks it pending again. */
  doneOn?: InputMaybe<Scalars['String']['input']>;
  /** Evidence that it was done, up to 2,000 characters; omitted keeps it, null or blank clears it. */
  evidence?: InputMaybe<Scalars['String']['input']>;
};

/** One milestone; its place in the list is its order. */
export type MilestoneInput = {
  /** What it delivers, up to 1,000 characters; blank is none. */
  deliverable?: InputMaybe<Scalars['String']['input']>;
  /** The day it was done, ISO-8601 date (YYYY-MM-DD); null while pending. */
  doneOn?: InputMaybe<Scalars['String']['input']>;
  /** Planned date, ISO-8601 date (YYYY-MM-DD), within the commitment's period (BAD_USER_INPUT naming milestones.N.dueOn). */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** Evidence that it was done (a link, a document reference…), up to 2,000 characters; blank is none. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** Planned start, ISO-8601 date (YYYY-MM-DD), within the commitment's period and not after dueOn (BAD_USER_INPUT naming milestones.N.startsOn). */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** What is to be done, 1–300 characters and not blank. */
  title: Scalars['String']['input'];
  /** Its weight in the commitment's progress, 1–100, default 1. */
  weight?: Scalars['Int']['input'];
};

/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type Mutation = {
  /** Adds an indicator with its baseline, target and direction to a commitment, and returns the commitment. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on target when it does not lie in the indicator's direction from the baseline. */
  addIndicator: Commitment;
  /** Admits a collectivity as an ACTIVE member, or re-admits one whose membership ENDED; returns the collectivity. Requires NETWORK_ADMIN (FORBIDDEN otherwise, UNAUTHENTICATED when anonymous); NOT_FOUND for an unknown collectivity, BAD_USER_INPUT naming `collectivityId` when it is already an ACTIVE or SUSPENDED member. */
  admitMember: Collectivity;
  /** Amends a commitment of an ADOPTED or IMPLEMENTATION programme, as its council approved: applies the changes (fields, milestones, indicators and their targets) and writes a new version (Commitment.versions) with the reason, the council session, the date and what changed. Before the first amendment of a programme adopted before versions existed, the text as it stood is kept as the adoption version. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included, and for a CLOSED programme; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT naming the field (id when the programme is not adopted — edit it with updateCommitment then —, councilSessionEventId, amendedOn, changes.<field>, milestones.<n>.<field>, indicators.<n>.<field>, or changes when nothing would change), nothing written. */
  amendCommitment: Commitment;
  /** Moves a proposal under review, or answers it publicly: retained, merged into another (named), or rejected with a reason. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity; BAD_USER_INPUT names the input field at fault. */
  answerProposal: Proposal;
  /** An invited member answers the network's invitation to one of its planned events (a training): attending or not; answering again replaces the answer. Requires COLLECTIVITY_ADMIN or COLLECTIVITY_EDITOR of a member the network invited (UNAUTHENTICATED when anonymous, FORBIDDEN for the network); NOT_FOUND when the caller cannot see the event; BAD_USER_INPUT naming eventId when it is not a network event, the caller's collectivity was not invited, or the event is no longer planned. */
  answerTrainingInvitation: InvitationAnswer;
  /** The network places a member in a wave, or takes it out of any with `cohortId` null. NETWORK_ADMIN only. */
  assignCohort: Collectivity;
  /** Changes the caller's own password; every earlier token ends, a new one is returned. UNAUTHENTICATED when anonymous or disabled; BAD_USER_INPUT naming `oldPassword` when it is wrong, `newPassword` when its length is out of range. Wrong old passwords are throttled like `login`, with the same counters (per account and client address; RATE_LIMITED with `retryAfterSeconds`), cleared only once the new password is saved. */
  changePassword: AuthPayload;
  /** Confirms a follow with the token of the confirmation mail's link; confirming twice changes nothing. BAD_USER_INPUT naming token when the link is malformed, unknown, or older than 7 days unconfirmed. */
  confirmFollow: FollowConfirmation;
  /** Corrects a measurement (its day, value or note), audited with the values before and after: carrying the programme out, open until the programme is CLOSED. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included, and for a CLOSED programme; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on measuredOn when another measurement of the indicator is on that day, or on value. */
  correctMeasurement: Measurement;
  /** Creates an account: NETWORK_ADMIN creates any; a COLLECTIVITY_ADMIN, commune accounts of its own collectivity only (FORBIDDEN otherwise). UNAUTHENTICATED when anonymous, FORBIDDEN for a COLLECTIVITY_EDITOR; BAD_USER_INPUT naming `email` or `collectivityId` as the input describes. */
  createAccount: Account;
  /** Starts a programme of the caller's own collectivity (taken from the token), in CO_CREATION and unpublished. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for the network); BAD_USER_INPUT names titleFr, periodStart or periodEnd. */
  createActionProgram: ActionProgram;
  /** Creates an API key acting as the caller, for the caller's collectivity (a COLLECTIVITY_ADMIN) or the network (NETWORK_ADMIN), and returns its secret: shown this once, only a hash is kept. UNAUTHENTICATED when anonymous; FORBIDDEN for a COLLECTIVITY_EDITOR and for a request made with an API key; BAD_USER_INPUT naming `name`. */
  createApiKey: CreatedApiKey;
  /** The network opens a wave of members. NETWORK_ADMIN only. */
  createCohort: Cohort;
  /** Records a collectivity (reference data). Requires NETWORK_ADMIN (FORBIDDEN for other roles, UNAUTHENTICATED when anonymous); BAD_USER_INPUT names `parentId` or `code` when they break the rules of the input. */
  createCollectivity: Collectivity;
  /** Adds an unpublished commitment to a programme of the caller's collectivity, at NOT_STARTED unless input.completion says otherwise. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of the programme's collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see the programme; BAD_USER_INPUT names the field (titleFr, principles, startsOn, endsOn, axisId…). */
  createCommitment: Commitment;
  /** Creates an unpublished event for the caller's collectivity, taken from the token (COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN), or a network event for a NETWORK_ADMIN. UNAUTHENTICATED when anonymous; BAD_USER_INPUT naming the field, e.g. endsAt before startsAt. */
  createEvent: Event;
  /** The network adds an entry to its library, as an unpublished draft. Network only. */
  createLibraryEntry: LibraryEntry;
  /** Adds an unpublished organisation to the registry of the caller's collectivity, taken from the token. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN (FORBIDDEN for NETWORK_ADMIN, UNAUTHENTICATED when anonymous). */
  createOrganisation: Organisation;
  /** Adds a priority axis at the end of a programme's list. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included, and once the programme is adopted or closed; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see the programme; BAD_USER_INPUT on titleFr for an untitled axis. */
  createPriorityAxis: PriorityAxis;
  /** The network writes its DESIGN report on a programme once adopted, or its RESULTS report once the programme's period is over or the programme closed; one of each per programme, unpublished at first. Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the programme does not exist; BAD_USER_INPUT names kind (not due yet, or already written) or commitmentAssessments.N.<field>. */
  createProgramReport: ProgramReport;
  /** Files a progress report, unpublished, on a programme of the caller's collectivity. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of the programme's collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see the programme; BAD_USER_INPUT names periodEnd or entries.N.commitmentId. */
  createProgressReport: ProgressReport;
  /** Records an unpublished SUBMITTED proposal in the caller's collectivity, taken from the token (e.g. from a workshop). Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN (FORBIDDEN for NETWORK_ADMIN); BAD_USER_INPUT naming a missing title or principle. */
  createProposal: Proposal;
  /** Registers a webhook for the caller's collectivity (a collectivity admin) or the network, and returns its signing secret, shown this once. BAD_USER_INPUT naming url (not an absolute http(s) address; in production not https, or a loopback, private or link-local address) or kinds (none, or unknown). UNAUTHENTICATED when anonymous, FORBIDDEN for an editor. */
  createWebhook: CreatedWebhook;
  /** The network declines a collectivity’s proposal, saying why; it stays unpublished. Network only. */
  declineLibraryEntry: LibraryEntry;
  /** Deletes a programme still in CO_CREATION (BAD_USER_INPUT on id in any other status) and returns true. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it. */
  deleteActionProgram: Scalars['Boolean']['output'];
  /** The network removes an empty wave; BAD_USER_INPUT naming `id` while members are still in it. NETWORK_ADMIN only. */
  deleteCohort: Scalars['Boolean']['output'];
  /** Deletes a commitment with its milestones and indicators, and returns true. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it. */
  deleteCommitment: Scalars['Boolean']['output'];
  /** Deletes an event with its agenda, attendance, participants and organisation links; proposals collected at it stay, unlinked. Requires COLLECTIVITY_ADMIN of the event's collectivity (NETWORK_ADMIN for a network event); returns true. */
  deleteEvent: Scalars['Boolean']['output'];
  /** The network deletes an entry. Network only. */
  deleteLibraryEntry: Scalars['Boolean']['output'];
  /** Removes an organisation from the registry with its event links; proposals it made stay, unlinked. Requires COLLECTIVITY_ADMIN of its collectivity; returns true. */
  deleteOrganisation: Scalars['Boolean']['output'];
  /** Deletes a priority axis and returns true; the commitments under it lose that link. Same rights as createPriorityAxis; NOT_FOUND when the caller cannot see it. */
  deletePriorityAxis: Scalars['Boolean']['output'];
  /** Deletes a proposal and returns true. Requires COLLECTIVITY_ADMIN of its collectivity; BAD_USER_INPUT naming id while other proposals are merged into it. */
  deleteProposal: Scalars['Boolean']['output'];
  /** Deletes one of the caller's webhooks with its delivery log; nothing more is sent to it. UNAUTHENTICATED when anonymous, FORBIDDEN for an editor, NOT_FOUND for a webhook that is not the caller's. */
  deleteWebhook: Scalars['Boolean']['output'];
  /** Erases the person's data held with the accounts (law 09-08): each account with this email is disabled, its earlier tokens refused, its email replaced by erased-<id>@erased.invalid and its name by [erased]; a profile whose contact email is this one loses its focal point and contact; the person's email, names and phone become [erased] in this part's audit entries. Returns how many accounts and profiles changed (0 when none matched). Citizen and organisation contacts are erased by erasePersonalParticipationData. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; BAD_USER_INPUT naming email when it is not an email address. */
  erasePersonalAccountData: Scalars['Int']['output'];
  /** Erases the person's data held with notifications (law 09-08): every follow of this address, confirmed or not, with its tokens, and every e-mail the platform recorded for it. Returns how many follows and recorded mails were removed (0 when none matched). NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; BAD_USER_INPUT naming email when it is not an email address. */
  erasePersonalNotificationData: Scalars['Int']['output'];
  /** Erases the person's data held with participation (law 09-08): a citizen's contact mentioning this email is removed from every proposal, an organisation whose contact email is this one loses its contact email and phone, a speaker named with one of the names loses the name (keeping the role), and those values become [erased] in this part's audit entries. The proposals themselves stay, as the commune's record of what it received. Returns how many proposals, organisations and agenda items changed (0 when none matched). Accounts are erased by erasePersonalAccountData. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; BAD_USER_INPUT naming email when it is not an email address. */
  erasePersonalParticipationData: Scalars['Int']['output'];
  /** Anyone asks to be mailed when a collectivity opens a public consultation. Double opt-in: a mail in the chosen language brings a link to confirm (confirmFollow), and nothing else is sent before; every mail carries a one-click unfollow link. The consent text shown by the portal is recorded with its version. Always true, whether or not the address already follows (that is never told). BAD_USER_INPUT naming email or collectivityId; at most 5 a minute and 50 a day per client address and 5 a day per e-mail address, else RATE_LIMITED with `retryAfterSeconds`. */
  followCollectivity: Scalars['Boolean']['output'];
  /** Imports the network's member list from a CSV file: each row creates or updates a collectivity and, when `member` is true, its membership. Every row is checked first; when any is refused, nothing is written and the report lists every refused row with its line, column and reason (as data, not as an error). A dry run checks and reports without writing. One audit entry records each import. Requires NETWORK_ADMIN (FORBIDDEN for other roles, UNAUTHENTICATED when anonymous); BAD_USER_INPUT naming `csv` for a file over 1 MB or 5,000 rows. */
  importCollectivities: ImportReport;
  /** Imports an openness action programme's commitments and milestones from a CSV file into a programme of the caller's collectivity, or into a new one (CO_CREATION, unpublished) when programId is omitted. Commitments are created unpublished, at NOT_STARTED. Every row is checked first; when any is refused, nothing is written and the report lists every refused row with its line, column and reason (as data, not as an error). A dry run checks and reports without writing. One audit entry records each import. Requires COLLECTIVITY_ADMIN (FORBIDDEN for editors and the network, UNAUTHENTICATED when anonymous); NOT_FOUND when programId names no programme of the caller's collectivity; BAD_USER_INPUT naming `csv` for a file over 1 MB or 5,000 rows. */
  importProgram: ProgramImportReport;
  /** Signs in and returns a token; open to anyone. Wrong email, wrong password and a disabled account all answer UNAUTHENTICATED. Guessing is slowed, never by locking the account: after 5 consecutive failures on one account from one client address, that address waits before its next try on that account (30 seconds, doubling with each further failure, at most 15 minutes); an address that tries more than 20 distinct accounts without success within an hour is refused for an hour (thresholds set by the deployment). A refused try answers RATE_LIMITED with `retryAfterSeconds` and checks no password; the right password from another address still signs in. */
  login: AuthPayload;
  /** Marks the signed-in account's notifications with these ids read and returns how many were unread; ids of others' notifications change nothing. UNAUTHENTICATED when anonymous; BAD_USER_INPUT naming ids when one is not a UUID or more than 100 are given. */
  markNotificationsRead: Scalars['Int']['output'];
  /** A collectivity’s editor or administrator proposes a library entry from one of its own commitments (typically one the network reviewed MAJOR or OUTSTANDING). It lands unpublished with status PROPOSED, seen by that collectivity and the network, which publishes or declines it. */
  proposeLibraryEntry: LibraryEntry;
  /**
   * Makes an event, its agenda and attendance visible to everyone; publishing a published event changes nothing. Requires COLLECTIVITY_ADMIN of the event's collectivity (NETWORK_ADMIN for a network event).
   * @deprecated Use setEventPublished
   */
  publishEvent: Event;
  /**
   * The network publishes an entry (a draft, or a collectivity’s proposal it accepts): everyone may then read it. Network only.
   * @deprecated Use setLibraryEntryPublished
   */
  publishLibraryEntry: LibraryEntry;
  /** Records a dated measurement of an indicator (one per day: a second on the same day replaces the first) and returns the indicator. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see the indicator; BAD_USER_INPUT naming `value` when it is not a finite number from -1e12 to 1e12, nothing written. */
  recordMeasurement: Indicator;
  /** Removes an indicator with its measurements before its programme is adopted (afterwards through amendCommitment), and returns true. Same rights as updateIndicator; NOT_FOUND when the caller cannot see it. */
  removeIndicator: Scalars['Boolean']['output'];
  /** Removes a measurement, audited with its values, and returns true. Same rights as correctMeasurement; NOT_FOUND when the caller cannot see it. */
  removeMeasurement: Scalars['Boolean']['output'];
  /** Replaces an event's whole agenda with the items given, in that order; each item must lie within the event. Same rights as updateEvent; BAD_USER_INPUT names the item field at fault, e.g. items.2.endsAt. */
  replaceAgenda: Event;
  /** Replaces all of a commitment's milestones with the list given, in order, and returns the commitment, whose progress follows from them. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT for an invalid milestone, naming its path (e.g. milestones.1.dueOn when it is due outside the commitment's period), nothing written. */
  replaceMilestones: Commitment;
  /** Replaces all of a programme's priority axes with the list given, in order; commitments linked to a former axis lose that link. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on axes.N.titleFr for an untitled axis. */
  replacePriorityAxes: ActionProgram;
  /** The reviewed collectivity's administrator writes its reply to a network review, or rewrites it while unpublished (BAD_USER_INPUT on reviewId once published: unpublish it first); one reply per review, unpublished at first. Requires COLLECTIVITY_ADMIN of the reviewed commitment's collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see the review; BAD_USER_INPUT names textFr when both texts are blank. */
  replyToReview: ReviewReply;
  /** Sends a failed e-mail again, at once (retried with back-off like any other), and returns it PENDING; it leaves failedDeliveries. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; NOT_FOUND when no failed delivery has this id. */
  retryDelivery: Delivery;
  /** The network adds a review of a commitment: verified completion, 'did it open government?', potential for results; each call adds a new review. Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the commitment does not exist. */
  reviewCommitment: Review;
  /** Revokes an API key: the next request made with it is refused (UNAUTHENTICATED). Revoking a revoked key changes nothing. UNAUTHENTICATED when anonymous; FORBIDDEN for a COLLECTIVITY_EDITOR and for a request made with an API key; NOT_FOUND for a key the caller does not manage; BAD_USER_INPUT naming `id` when it is not a UUID. */
  revokeApiKey: ApiKey;
  /** Saves a commitment's fields and its milestones as one write: every part is stored, or none. Same rights as updateCommitment (COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity; FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous; NOT_FOUND when the caller cannot see it). A refused value gives BAD_USER_INPUT naming its path, relative to the input like the input's own checks, e.g. titleFr, endsOn, milestones.0.title or milestones.1.dueOn, and leaves everything as it was. */
  saveCommitment: Commitment;
  /** Saves an event's fields, agenda and attendance as one write: every part is stored, or none. Same rights as updateEvent (COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of the event's collectivity, NETWORK_ADMIN for a network event): UNAUTHENTICATED when anonymous, NOT_FOUND if the caller cannot see it, FORBIDDEN if it is another's. A refused value gives BAD_USER_INPUT naming its path, relative to the input like the input's own checks, e.g. endsAt, agenda.0.endsAt or attendance.1, and leaves everything as it was. */
  saveEvent: Event;
  /** Disables (ending its tokens) or re-enables an account: NETWORK_ADMIN any account, a COLLECTIVITY_ADMIN its own collectivity's commune accounts (NOT_FOUND for others). UNAUTHENTICATED when anonymous, FORBIDDEN for a COLLECTIVITY_EDITOR, BAD_USER_INPUT naming `id` for the caller's own account. */
  setAccountActive: Account;
  /** Makes a programme public, or withdraws it from the public. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it. */
  setActionProgramPublished: ActionProgram;
  /** Replaces an event's attendance counts, one per category × gender pair. Same rights as updateEvent; BAD_USER_INPUT naming counts.N when a pair is given twice. */
  setAttendance: Event;
  /** The network records how many people one collectivity sent to one of its events, by category and gender (counts only, never names), and marks the collectivity as having attended; the collectivity's previous counts at that event are replaced. With `attended: false` it withdraws the attendance and its counts. */
  setCollectivityAttendance: Event;
  /** Declares a commitment's completion on the IRM scale: carrying the programme out, open after adoption until the programme is CLOSED. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included, and for a CLOSED programme; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it. */
  setCommitmentCompletion: Commitment;
  /** Makes a commitment, with its milestones and indicators, public, or withdraws it from the public. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it. */
  setCommitmentPublished: Commitment;
  /** Sets the organisations of the collectivity's registry present at an event, replacing the previous set. Same rights as updateEvent; BAD_USER_INPUT naming organisationIds when one is not an organisation of the event's collectivity. */
  setEventOrganisations: Event;
  /** The network sets which collectivities it invited to one of its events, and which attended. Requires NETWORK_ADMIN and a network event: FORBIDDEN otherwise, or BAD_USER_INPUT naming eventId when a collectivity names its own event. */
  setEventParticipants: Event;
  /** Makes an event, its agenda and attendance visible to everyone, or withdraws it (seen then only by its own collectivity's accounts and the network); setting the state it already has changes nothing. Requires COLLECTIVITY_ADMIN of the event's collectivity (NETWORK_ADMIN for a network event). */
  setEventPublished: Event;
  /** The network publishes an entry (a draft, or a collectivity’s proposal it accepts): everyone may then read it; or withdraws a published entry from the public, which makes it a draft again. Setting the state it already has changes nothing. Network only. */
  setLibraryEntryPublished: LibraryEntry;
  /** Suspends, ends or reactivates a membership; returns the collectivity. Requires NETWORK_ADMIN (FORBIDDEN otherwise, UNAUTHENTICATED when anonymous); NOT_FOUND when the collectivity has no membership. */
  setMembershipStatus: Collectivity;
  /** Marks a milestone done on a day (or pending again), with its evidence: carrying the programme out, open after adoption until the programme is CLOSED. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included, and for a CLOSED programme; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on doneOn for a day in the future. */
  setMilestoneDone: Milestone;
  /** The network records when a member completed an onboarding step, or clears the step with `completedOn` null. NETWORK_ADMIN only. */
  setOnboardingStep: Collectivity;
  /** Makes an organisation visible to everyone, or withdraws it. Requires COLLECTIVITY_ADMIN of its collectivity: NOT_FOUND if the caller cannot see it, FORBIDDEN otherwise. */
  setOrganisationPublished: Organisation;
  /** The network makes one of its programme reports public, or withdraws it (a draft again, seen only by the network and the programme's collectivity); setting the state it already has changes nothing. Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the report does not exist. */
  setProgramReportPublished: ProgramReport;
  /** Moves a programme one step forward through CO_CREATION → CONSULTATION → ADOPTED → IMPLEMENTATION → CLOSED, or back with a reason, and records the change in statusHistory. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT names status, reason, councilSession, adoptedOn or periodStart (overlap with another open programme). */
  setProgramStatus: ActionProgram;
  /** Makes a progress report public, or withdraws it from the public (seen then only by its collectivity's accounts and the network); setting the state it already has changes nothing. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it. */
  setProgressReportPublished: ProgressReport;
  /** Makes a proposal visible to everyone, or withdraws it. Requires COLLECTIVITY_ADMIN of its collectivity; BAD_USER_INPUT naming published when its citizen author did not consent. */
  setProposalPublished: Proposal;
  /** The network makes one of its reviews public, or withdraws it (seen then only by the network and the commitment's collectivity); setting the state it already has changes nothing. Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the review does not exist. */
  setReviewPublished: Review;
  /** The reviewed collectivity's administrator makes its reply public (the review must be published: BAD_USER_INPUT on published otherwise), or withdraws it; setting the state it already has changes nothing. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it. */
  setReviewReplyPublished: ReviewReply;
  /** The network replaces the training materials of one of its events (title and http(s) link each), in the order given. */
  setTrainingMaterials: Event;
  /** Anyone, signed in or not, sends a proposal to a commune's open public consultation; it stays unpublished until the commune publishes it. At most 5 a minute and 50 a day per client address, counted by every process of the service alike, else RATE_LIMITED with `retryAfterSeconds`. */
  submitProposal: CitizenProposalReceipt;
  /** Stops a follow with the token of the unfollow link every follower mail carries, and deletes the address: true when a follow was removed, false when the link names none (already unfollowed or erased). BAD_USER_INPUT naming token when malformed. */
  unfollow: Scalars['Boolean']['output'];
  /**
   * Withdraws an event from the public: it is then seen only by its own collectivity's accounts and the network. Requires COLLECTIVITY_ADMIN of the event's collectivity (NETWORK_ADMIN for a network event).
   * @deprecated Use setEventPublished
   */
  unpublishEvent: Event;
  /**
   * The network withdraws a published entry from the public; it becomes a draft again. Network only.
   * @deprecated Use setLibraryEntryPublished
   */
  unpublishLibraryEntry: LibraryEntry;
  /** Changes a programme's titles or period. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT names titleFr, periodStart or periodEnd. */
  updateActionProgram: ActionProgram;
  /** The network replaces its charter. NETWORK_ADMIN only (UNAUTHENTICATED when anonymous, FORBIDDEN otherwise); BAD_USER_INPUT naming the field (e.g. `commitments[0].textAr`) when a rule is broken, and nothing is written. */
  updateCharter: Charter;
  /** The network renames a wave or changes its period. NETWORK_ADMIN only. */
  updateCohort: Cohort;
  /** Edits reference data: names, code, place in the hierarchy. Requires NETWORK_ADMIN (FORBIDDEN otherwise, UNAUTHENTICATED when anonymous); NOT_FOUND for an unknown id, BAD_USER_INPUT naming `id`, `parentId` or `code` for invalid values. */
  updateCollectivity: Collectivity;
  /** Edits the profile of the caller's own collectivity, creating it on first use; returns the collectivity. Requires COLLECTIVITY_ADMIN (FORBIDDEN for other roles, UNAUTHENTICATED when anonymous). */
  updateCollectivityProfile: Collectivity;
  /** Changes the fields given of a commitment. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT names the field (titleFr, principles, startsOn, endsOn, axisId…). */
  updateCommitment: Commitment;
  /** Changes any subset of an event's fields. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of the event's collectivity (NETWORK_ADMIN for a network event): NOT_FOUND if the caller cannot see it, FORBIDDEN if it is another's. */
  updateEvent: Event;
  /** Corrects an indicator (title, unit, baseline, target, direction) before its programme is adopted; afterwards its target changes only through amendCommitment. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included, and once adopted or closed; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on target when it does not lie in the direction from the baseline. */
  updateIndicator: Indicator;
  /** The network changes any subset of an entry’s fields, whatever its status. Network only. */
  updateLibraryEntry: LibraryEntry;
  /** Changes the signed-in account's own preferences and returns them all. UNAUTHENTICATED when anonymous; BAD_USER_INPUT naming kinds when a kind is given twice. */
  updateNotificationPreferences: NotificationPreferences;
  /** Changes an organisation's fields. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity: NOT_FOUND if the caller cannot see it, FORBIDDEN if it is another's. */
  updateOrganisation: Organisation;
  /** Changes a priority axis's titles and principles (all three as given). Same rights as createPriorityAxis; NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on titleFr for an untitled axis. */
  updatePriorityAxis: PriorityAxis;
  /** The network edits one of its programme reports while unpublished (BAD_USER_INPUT on id once published: unpublish it first). Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the report does not exist; BAD_USER_INPUT names commitmentAssessments.N.<field>. */
  updateProgramReport: ProgramReport;
  /** Changes a proposal's fields; its status and answer change with answerProposal. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity: NOT_FOUND if the caller cannot see it, FORBIDDEN if it is another's. */
  updateProposal: Proposal;
  /** The network edits one of its reviews while it is unpublished (BAD_USER_INPUT on id once published: unpublish it first). Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the review does not exist; BAD_USER_INPUT names verifiedCompletion when cleared. */
  updateReview: Review;
  /** The network replaces the support programme’s content. NETWORK_ADMIN only (UNAUTHENTICATED when anonymous, FORBIDDEN otherwise); BAD_USER_INPUT naming the field (e.g. `axes[2].titleFr`) when a rule is broken, and nothing is written. */
  updateSupportProgramme: SupportProgramme;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationAddIndicatorArgs = {
  commitmentId: Scalars['ID']['input'];
  input: IndicatorInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationAdmitMemberArgs = {
  collectivityId: Scalars['ID']['input'];
  joinedOn: Scalars['String']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationAmendCommitmentArgs = {
  id: Scalars['ID']['input'];
  input: CommitmentAmendmentInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationAnswerProposalArgs = {
  id: Scalars['ID']['input'];
  input: ProposalAnswerInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationAnswerTrainingInvitationArgs = {
  attending: Scalars['Boolean']['input'];
  eventId: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationAssignCohortArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  collectivityId: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationConfirmFollowArgs = {
  token: Scalars['String']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCorrectMeasurementArgs = {
  id: Scalars['ID']['input'];
  input: MeasurementInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateActionProgramArgs = {
  input: ActionProgramInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateCohortArgs = {
  input: CohortInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateCollectivityArgs = {
  input: CreateCollectivityInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateCommitmentArgs = {
  input: CommitmentInput;
  programId: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateLibraryEntryArgs = {
  input: LibraryEntryInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateOrganisationArgs = {
  input: OrganisationInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreatePriorityAxisArgs = {
  input: PriorityAxisInput;
  programId: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateProgramReportArgs = {
  input: ProgramReportInput;
  kind: ProgramReportKind;
  programId: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateProgressReportArgs = {
  input: ProgressReportInput;
  programId: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateProposalArgs = {
  input: ProposalInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationCreateWebhookArgs = {
  input: WebhookInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationDeclineLibraryEntryArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationDeleteActionProgramArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationDeleteCohortArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationDeleteCommitmentArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationDeleteEventArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationDeleteLibraryEntryArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationDeleteOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationDeletePriorityAxisArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationDeleteProposalArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationErasePersonalAccountDataArgs = {
  email: Scalars['String']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationErasePersonalNotificationDataArgs = {
  email: Scalars['String']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationErasePersonalParticipationDataArgs = {
  email: Scalars['String']['input'];
  names?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationFollowCollectivityArgs = {
  collectivityId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  language: Language;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationImportCollectivitiesArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationImportProgramArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationProposeLibraryEntryArgs = {
  commitmentId: Scalars['ID']['input'];
  input?: InputMaybe<LibraryProposalInput>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationPublishLibraryEntryArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationRecordMeasurementArgs = {
  indicatorId: Scalars['ID']['input'];
  input: MeasurementInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationRemoveIndicatorArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationRemoveMeasurementArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationReplaceAgendaArgs = {
  eventId: Scalars['ID']['input'];
  items: Array<AgendaItemInput>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationReplaceMilestonesArgs = {
  commitmentId: Scalars['ID']['input'];
  milestones: Array<MilestoneInput>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationReplacePriorityAxesArgs = {
  axes: Array<PriorityAxisInput>;
  programId: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationReplyToReviewArgs = {
  input: ReviewReplyInput;
  reviewId: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationReviewCommitmentArgs = {
  commitmentId: Scalars['ID']['input'];
  input: ReviewInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSaveCommitmentArgs = {
  id: Scalars['ID']['input'];
  input: SaveCommitmentInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSaveEventArgs = {
  id: Scalars['ID']['input'];
  input: SaveEventInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetAccountActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetActionProgramPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetAttendanceArgs = {
  counts: Array<AttendanceInput>;
  eventId: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetCollectivityAttendanceArgs = {
  attended?: Scalars['Boolean']['input'];
  collectivityId: Scalars['ID']['input'];
  counts: Array<ParticipantCountInput>;
  eventId: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetCommitmentCompletionArgs = {
  completion: CompletionLevel;
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetCommitmentPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetEventOrganisationsArgs = {
  eventId: Scalars['ID']['input'];
  organisationIds: Array<Scalars['ID']['input']>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetEventParticipantsArgs = {
  eventId: Scalars['ID']['input'];
  participants: Array<EventParticipantInput>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetEventPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetLibraryEntryPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetMembershipStatusArgs = {
  collectivityId: Scalars['ID']['input'];
  status: MembershipStatus;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetMilestoneDoneArgs = {
  id: Scalars['ID']['input'];
  input: MilestoneDoneInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetOnboardingStepArgs = {
  collectivityId: Scalars['ID']['input'];
  completedOn?: InputMaybe<Scalars['String']['input']>;
  step: OnboardingStepKind;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetOrganisationPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetProgramReportPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetProgramStatusArgs = {
  id: Scalars['ID']['input'];
  input: ProgramStatusInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetProgressReportPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetProposalPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetReviewPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetReviewReplyPublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSetTrainingMaterialsArgs = {
  eventId: Scalars['ID']['input'];
  materials: Array<TrainingMaterialInput>;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationSubmitProposalArgs = {
  input: CitizenProposalInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUnfollowArgs = {
  token: Scalars['String']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUnpublishEventArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUnpublishLibraryEntryArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateActionProgramArgs = {
  id: Scalars['ID']['input'];
  input: ActionProgramInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateCharterArgs = {
  input: CharterInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateCohortArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCohortInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateCollectivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCollectivityInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateCollectivityProfileArgs = {
  input: CollectivityProfileInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateCommitmentArgs = {
  id: Scalars['ID']['input'];
  input: CommitmentInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateIndicatorArgs = {
  id: Scalars['ID']['input'];
  input: IndicatorUpdateInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateLibraryEntryArgs = {
  id: Scalars['ID']['input'];
  input: LibraryEntryInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: OrganisationInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdatePriorityAxisArgs = {
  id: Scalars['ID']['input'];
  input: PriorityAxisInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateProgramReportArgs = {
  id: Scalars['ID']['input'];
  input: ProgramReportInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateProposalArgs = {
  id: Scalars['ID']['input'];
  input: ProposalInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateReviewArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReviewInput;
};


/** Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`. */
export type MutationUpdateSupportProgrammeArgs = {
  input: SupportProgrammeInput;
};

/** The Moroccan network of open territorial collectivities (one record). Public; its member figures are computed from the memberships, never stored. */
export type Network = {
  /** Members, adopted members, the share adopted and commitments by region: every region in code order, zero included, then the row of unknown region. Public, counted as the caller sees the records (like membersByStage and commitments). */
  byRegion: Array<RegionFigures>;
  /** Trainings held, collectivities trained and people trained by category and gender, over the network trainings the caller may see. */
  capacityBuilding?: Maybe<CapacityBuildingFigures>;
  /** The network’s charter; null if not recorded. Public. */
  charter?: Maybe<Charter>;
  /** When the demo data stands and what in it is invented; null where no demo data was loaded (production). */
  demoData?: Maybe<DemoNote>;
  /** Programme and commitment counts across all members, over the records the caller may see (published ones only, for anonymous callers). */
  evaluation?: Maybe<EvaluationFigures>;
  /** Founding date, ISO-8601 (YYYY-MM-DD). */
  foundedOn: Scalars['String']['output'];
  /** The network's key, a text id ("moroccan-network"), not a UUID. */
  id: Scalars['ID']['output'];
  /** The library in figures, counting the entries the caller may see (so they agree with `libraryEntries`). */
  library?: Maybe<LibraryFigures>;
  /** Members of every kind whose membership is ACTIVE. */
  memberCount: Scalars['Int']['output'];
  /** ACTIVE members by kind of collectivity, every kind listed, zero included. */
  membersByKind: Array<KindCount>;
  /** ACTIVE members by region (a region counts itself), every region listed in code order, zero included; then those of unknown region. */
  membersByRegion: Array<RegionCount>;
  /** ACTIVE members by stage of the path, every stage listed in order, zero included; the counts sum to `memberCount`. Public: each caller counts the stages its visible records prove (anonymous callers: published records only; a collectivity also its own unpublished ones; the network all), so for the network each count equals `memberProgress(filter: { stage }).totalCount`. */
  membersByStage: Array<StageCount>;
  /** The network's name in Arabic. */
  nameAr: Scalars['String']['output'];
  /** The network's name in French. */
  nameFr: Scalars['String']['output'];
  /** Events, proposals and attendance across the network, as the caller may see them. */
  participation?: Maybe<ParticipationFigures>;
  /** The composition the network reports in a dated source (228 members in March 2025), to show beside `memberCount`; null if none is recorded. Public. */
  reportedComposition?: Maybe<ReportedComposition>;
  /** The support programme that runs the network; null if not recorded. Public. */
  supportProgramme?: Maybe<SupportProgramme>;
  /** URL of its public website; null if none is recorded. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A collectivity's membership of the network. Public; only the network admits members and changes their status. */
export type NetworkMembership = {
  /** The wave it joined with; null when the network has not placed it in one. */
  cohort?: Maybe<Cohort>;
  /** How many of the five onboarding steps it has completed. */
  completedSteps: Scalars['Int']['output'];
  /** When it joined (or last re-joined), ISO-8601 at the precision known: "2023", "2024-12" or "2024-12-03". */
  joinedOn: Scalars['String']['output'];
  /** The first step, in the usual order, it has not completed; null once all are done. */
  nextStep?: Maybe<OnboardingStepKind>;
  /** Every onboarding step in its usual order, with the date it was completed, or null while not yet. Public network reference data. */
  onboarding: Array<OnboardingStep>;
  /** ACTIVE, SUSPENDED or ENDED; set by the network. */
  status: MembershipStatus;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A message in an account's inbox. Only its recipient ever reads it. */
export type Notification = {
  /** Its text in the asked language. */
  body: Scalars['String']['output'];
  /** When it was delivered, ISO-8601 date-time in UTC. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Its id (UUID). */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: NotificationKind;
  /** Where to act on it: an address of the console or the portal. */
  link: Scalars['String']['output'];
  /** When its recipient marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Its title in the asked language. */
  title: Scalars['String']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A message in an account's inbox. Only its recipient ever reads it. */
export type NotificationBodyArgs = {
  language?: InputMaybe<Language>;
};


/** A message in an account's inbox. Only its recipient ever reads it. */
export type NotificationTitleArgs = {
  language?: InputMaybe<Language>;
};

/** A page of notifications, newest first, with the number matching over all pages. */
export type NotificationConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Notification>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** What a notification is about; one list for the inbox, e-mail and webhooks. */
export const NotificationKind = {
  /** A commune's public consultation opened: to the citizens who follow it. */
  ConsultationOpened: 'CONSULTATION_OPENED',
  /** An event published: to the webhooks subscribed to it. */
  EventPublished: 'EVENT_PUBLISHED',
  /** A membership admitted or suspended: to the collectivity’s admins. */
  MembershipChanged: 'MEMBERSHIP_CHANGED',
  /** A milestone due within 14 days or overdue: to the commune’s admins. */
  MilestoneDue: 'MILESTONE_DUE',
  /** A programme’s status changed: to the network. */
  ProgramStatusChanged: 'PROGRAM_STATUS_CHANGED',
  /** A proposal answered and published: to the citizen who left an e-mail address and agreed to be contacted. */
  ProposalAnswered: 'PROPOSAL_ANSWERED',
  /** A new proposal in the commune (a citizen's or one the commune entered): to its editors and admins. */
  ProposalSubmitted: 'PROPOSAL_SUBMITTED',
  /** A progress report due: to the commune’s admins. */
  ReportDue: 'REPORT_DUE',
  /** A review or programme report published: to the commune’s admins. */
  ReviewPublished: 'REVIEW_PUBLISHED',
  /** A network training planned: to the focal points of the invited members. */
  TrainingInvitation: 'TRAINING_INVITATION',
  /** A webhook endpoint disabled after its deliveries failed every retry: to its owner’s admins. */
  WebhookDisabled: 'WEBHOOK_DISABLED'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
/** What an account hears of one kind of notification, and how. */
export type NotificationKindPreference = {
  /** Whether it is sent by e-mail. */
  email: Scalars['Boolean']['output'];
  /** By e-mail at once, or in the daily digest. */
  emailFrequency: EmailFrequency;
  /** Whether it appears in the console inbox. */
  inbox: Scalars['Boolean']['output'];
  /** The kind of notification. */
  kind: NotificationKind;
};

/** What to hear of one kind of notification, and how. */
export type NotificationKindPreferenceInput = {
  /** Whether it is sent by e-mail. */
  email: Scalars['Boolean']['input'];
  /** By e-mail at once, or in the daily digest. */
  emailFrequency: EmailFrequency;
  /** Whether it appears in the console inbox. */
  inbox: Scalars['Boolean']['input'];
  /** The kind of notification. */
  kind: NotificationKind;
};

/** The signed-in account's notification preferences; the defaults (everything, at once) where none are saved. */
export type NotificationPreferences = {
  /** One entry per kind of notification, in the enum order. */
  kinds: Array<NotificationKindPreference>;
  /** The language of the account's e-mails; null: Arabic and French together. */
  language?: Maybe<Language>;
};

/** Changes to the signed-in account’s preferences; what is left out stays as it is. */
export type NotificationPreferencesInput = {
  /** The kinds to change, each at most once; the others stay as they are. */
  kinds?: InputMaybe<Array<NotificationKindPreferenceInput>>;
  /** The e-mails' language; null: both Arabic and French; left out: unchanged. */
  language?: InputMaybe<Language>;
};

/** One onboarding step of a member and when it was completed. Public network reference data; recorded by the network. */
export type OnboardingStep = {
  /** When it was completed, ISO-8601 at the precision known ("2025-02-11", "2025-03"); null while not yet completed. */
  completedOn?: Maybe<Scalars['String']['output']>;
  /** The step. */
  step: OnboardingStepKind;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** How many active members of a wave have completed one onboarding step. */
export type OnboardingStepCount = {
  /** Active members of the wave that completed it. */
  count: Scalars['Int']['output'];
  /** The step counted. */
  step: OnboardingStepKind;
};

/** The steps a new member goes through, in their usual order. */
export const OnboardingStepKind = {
  /** It formed the committee monitoring the preparation, implementation and evaluation of its openness programme. */
  CommitteeFormed: 'COMMITTEE_FORMED',
  /** It named the focal point who represents it in the network. */
  FocalPointNamed: 'FOCAL_POINT_NAMED',
  /** It took part in an information meeting on the network and its support programme. */
  InformationMeeting: 'INFORMATION_MEETING',
  /** It started preparing its openness action programme with civil society. */
  ProgrammeStarted: 'PROGRAMME_STARTED',
  /** The network recorded it as trained (its own declaration; the participation subgraph separately counts the trainings the collectivity is recorded as having attended). */
  Training: 'TRAINING'
} as const;

export type OnboardingStepKind = typeof OnboardingStepKind[keyof typeof OnboardingStepKind];
/** The OGP IRM's "did it open government?" rating: how far the implemented commitment changed government practice. */
export const OpenGovernmentEffect = {
  /** Government practice did not change. */
  DidNotChange: 'DID_NOT_CHANGE',
  /** A step forward for openness in the policy area, limited in scope or scale. */
  Major: 'MAJOR',
  /** Some change, but minor in its effect on openness. */
  Marginal: 'MARGINAL',
  /** A reform that transformed business as usual in the policy area. */
  Outstanding: 'OUTSTANDING',
  /** Government openness worsened. */
  Worsened: 'WORSENED'
} as const;

export type OpenGovernmentEffect = typeof OpenGovernmentEffect[keyof typeof OpenGovernmentEffect];
/** One of the five openness principles of the network's charter; proposals and commitments are tagged with them. */
export const OpennessPrinciple = {
  /** The right of access to information (الحق في الوصول إلى المعلومة), law 31-13, including proactive publication. */
  AccessToInformation: 'ACCESS_TO_INFORMATION',
  /** Accountability (المساءلة, redevabilité). */
  Accountability: 'ACCOUNTABILITY',
  /** Citizen participation (المشاركة المواطنة, participation citoyenne). */
  CitizenParticipation: 'CITIZEN_PARTICIPATION',
  /** Digitalisation (الرقمنة, digitalisation). */
  Digitalization: 'DIGITALIZATION',
  /** Transparency (الشفافية, transparence). */
  Transparency: 'TRANSPARENCY'
} as const;

export type OpennessPrinciple = typeof OpennessPrinciple[keyof typeof OpennessPrinciple];
/** A civil-society association of a collectivity's registry. Created unpublished: until published it is seen only by its own collectivity's accounts and the network. */
export type Organisation = {
  /** The collectivity whose registry it belongs to. */
  collectivity?: Maybe<Collectivity>;
  /** Contact email; null for callers other than its collectivity's accounts and the network. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Contact phone; null for callers other than its collectivity's accounts and the network. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** Its field of action: youth, women, environment… */
  field?: Maybe<Scalars['String']['output']>;
  /** Unique identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Name in Arabic; every organisation has a name in Arabic, in French or both. */
  nameAr?: Maybe<Scalars['String']['output']>;
  /** Name in French; every organisation has a name in Arabic, in French or both. */
  nameFr?: Maybe<Scalars['String']['output']>;
  /** Whether it is a partner of the collectivity. */
  partnerStatus: PartnerStatus;
  /** False when created; setOrganisationPublished makes it visible to everyone. */
  published: Scalars['Boolean']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of organisations, with the number of organisations matching over all pages. */
export type OrganisationConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Organisation>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows the organisations list; the criteria given combine (AND). */
export type OrganisationFilter = {
  /** Only this collectivity's registry (UUID; BAD_USER_INPUT naming the field when malformed). */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches Arabic and French names, ignoring case, accents and Arabic letter variants; at most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** An organisation’s fields: it needs a name in Arabic or French (else BAD_USER_INPUT naming nameFr). On update, omitted fields stay as they are and null clears one. */
export type OrganisationInput = {
  /** Contact email address; seen only by the commune and the network. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Contact phone number, 6–30 digits, spaces or + ( ) . -; seen only by the commune and the network. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Field of action, e.g. youth, women, environment; at most 200 characters. */
  field?: InputMaybe<Scalars['String']['input']>;
  /** Name in Arabic, 1–300 characters, not blank. */
  nameAr?: InputMaybe<Scalars['String']['input']>;
  /** Name in French, 1–300 characters, not blank. */
  nameFr?: InputMaybe<Scalars['String']['input']>;
  /** Partnership with the collectivity; NONE when not given on create, null leaves it as it is. */
  partnerStatus?: InputMaybe<PartnerStatus>;
};

/** Where a page of a list ends, to ask for the next one with `after`. */
export type PageInfo = {
  /** The cursor after the last row of this page; give it as `after` for the next page. In sync order, when this page is empty, the cursor it started after (keep it and ask again later). */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more rows follow this page now. In sync order, false once the sync has caught up; changes made later come with the same cursor. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** People of one attending collectivity counted at a network event (a training, for instance), by category and gender: counts only, never names. Seen by whoever may see the event. */
export type ParticipantAttendance = {
  /** The stakeholder category counted. */
  category: AttendeeCategory;
  /** The collectivity these people came from. */
  collectivity: Collectivity;
  /** People of this category and gender, 0 or more. */
  count: Scalars['Int']['output'];
  /** The gender counted. */
  gender: Gender;
  /** True for illustrative demo counts, which the press kit does not give. */
  isIllustrative: Scalars['Boolean']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** People of one category and gender that a collectivity sent to a network event: a count, never names. */
export type ParticipantCountInput = {
  /** The stakeholder category counted. */
  category: AttendeeCategory;
  /** People of this category and gender, 0 to 100,000 (BAD_USER_INPUT naming counts.N.count otherwise). */
  count: Scalars['Int']['input'];
  /** The gender counted. */
  gender: Gender;
};

/** Participation figures as the caller may see them: each count equals the matching list’s totalCount. */
export type ParticipationFigures = {
  /** Attendees by category and gender, over the visible events. */
  attendance: Array<AttendanceFigure>;
  /** Equals `events.totalCount` for the same caller and scope. */
  eventCount: Scalars['Int']['output'];
  /** Equals `proposals.totalCount` for the same caller and scope. */
  proposalCount: Scalars['Int']['output'];
  /** Proposals by openness principle: every principle once, in enum order, zeros included. */
  proposalsByPrinciple: Array<PrincipleCount>;
  /** Proposals by status: every status once, in enum order, zeros included. */
  proposalsByStatus: Array<ProposalStatusCount>;
};

/** Whether an organisation is a partner of the collectivity. */
export const PartnerStatus = {
  /** Was a partner, no longer is. */
  FormerPartner: 'FORMER_PARTNER',
  /** Not a partner (the default). */
  None: 'NONE',
  /** A current partner of the collectivity. */
  Partner: 'PARTNER'
} as const;

export type PartnerStatus = typeof PartnerStatus[keyof typeof PartnerStatus];
/** One person, known by an email address, and the personal data the platform holds on them (law 09-08): what the network exports on request. Each part of the platform contributes its own records. Only NETWORK_ADMIN reads it. */
export type PersonalDataSubject = {
  /** Accounts signed in with this email: name, role, collectivity, dates. Empty once erased. */
  accounts: Array<Account>;
  /** Citizens' proposals whose private contact mentions this email, or that left it to hear of the answer, in any collectivity. NETWORK_ADMIN only. */
  citizenProposals?: Maybe<Array<PersonalProposalRecord>>;
  /** The email address the person is known by, trimmed and in lower case. */
  email: Scalars['String']['output'];
  /** Collectivity profiles whose contact email is this one, with their focal-point fields. */
  focalPoints: Array<PersonalFocalPoint>;
  /** The collectivities this address follows or asked to follow by e-mail, with the consent recorded. NETWORK_ADMIN only. */
  follows?: Maybe<Array<PersonalFollow>>;
  /** Organisations whose contact email is this one, in any collectivity's registry. NETWORK_ADMIN only. */
  organisationContacts?: Maybe<Array<PersonalOrganisationContact>>;
  /** Speakers named as the person in any agenda. A speaker is known by name only, so the names to look for are given (e.g. the accounts’ display names and focal-point names of this export). NETWORK_ADMIN only. */
  speakerMentions?: Maybe<Array<PersonalSpeakerMention>>;
};


/** One person, known by an email address, and the personal data the platform holds on them (law 09-08): what the network exports on request. Each part of the platform contributes its own records. Only NETWORK_ADMIN reads it. */
export type PersonalDataSubjectSpeakerMentionsArgs = {
  names: Array<Scalars['String']['input']>;
};

/** A collectivity profile whose contact email is the person's: its focal-point fields, which are personal data. */
export type PersonalFocalPoint = {
  /** The collectivity whose profile names the person. */
  collectivityId: Scalars['ID']['output'];
  /** The profile's contact email (the person's). */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** The profile's contact phone. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** The focal point's name as the profile gives it. */
  focalPointName?: Maybe<Scalars['String']['output']>;
  /** The focal point's position or role. */
  focalPointRole?: Maybe<Scalars['String']['output']>;
};

/** A collectivity the person follows, or asked to follow, by e-mail: what they agreed to and when. */
export type PersonalFollow = {
  /** The collectivity followed. */
  collectivityId: Scalars['ID']['output'];
  /** When they confirmed by the link mailed to them; null while unconfirmed. */
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The consent text the person agreed to, as shown to them. */
  consentText: Scalars['String']['output'];
  /** The version of that text. */
  consentVersion: Scalars['String']['output'];
  /** When they agreed (the last request). */
  consentedAt: Scalars['DateTimeISO']['output'];
  /** The language of the mails. */
  language: Language;
};

/** An organisation whose contact email is the person's: its contact details, which are personal data. */
export type PersonalOrganisationContact = {
  /** The collectivity whose registry holds it. */
  collectivityId: Scalars['ID']['output'];
  /** Its contact email (the person’s). */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Its contact phone. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** The organisation's name, French if any, else Arabic. */
  name?: Maybe<Scalars['String']['output']>;
  /** The organisation. */
  organisationId: Scalars['ID']['output'];
};

/** A citizen's proposal whose private contact mentions the person's email: what the commune received from them. */
export type PersonalProposalRecord = {
  /** Its text. */
  body: Scalars['String']['output'];
  /** The collectivity that received it. */
  collectivityId: Scalars['ID']['output'];
  /** Whether the citizen agreed to be contacted at that address about this proposal. */
  consentToContact: Scalars['Boolean']['output'];
  /** Whether the citizen consented to publication. */
  consentToPublish: Scalars['Boolean']['output'];
  /** The contact the citizen left, private to the commune until erased. */
  contact?: Maybe<Scalars['String']['output']>;
  /** The e-mail address the citizen left to hear of the answer (kept only with consent), private to the commune until erased. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** The proposal. */
  proposalId: Scalars['ID']['output'];
  /** Whether it is public now (only ever with consent; the contact never is). */
  published: Scalars['Boolean']['output'];
  /** Instant it was received. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** Its title as sent or last edited. */
  title: Scalars['String']['output'];
};

/** A speaker in an event's agenda named as the person: where their name appears. */
export type PersonalSpeakerMention = {
  /** The agenda item naming the speaker. */
  agendaItemId: Scalars['ID']['output'];
  /** The event's collectivity (the network's reserved tenant for a network event). */
  collectivityId: Scalars['ID']['output'];
  /** The event. */
  eventId: Scalars['ID']['output'];
  /** The name as the agenda gives it. */
  name: Scalars['String']['output'];
  /** The role the speaker held. */
  role: SpeakerRole;
};

/** The OGP IRM's potential-for-results rating: what the commitment, as designed, could change. */
export const PotentialForResults = {
  /** Modest: a positive but stand-alone or incremental change. */
  Modest: 'MODEST',
  /** Substantial: could change the rules, practices or institutions of the policy area. */
  Substantial: 'SUBSTANTIAL',
  /** Unclear: continues existing practice, or too vague to judge its added value. */
  Unclear: 'UNCLEAR'
} as const;

export type PotentialForResults = typeof PotentialForResults[keyof typeof PotentialForResults];
/** Number of proposals serving one openness principle. */
export type PrincipleCount = {
  /** Proposals the caller may see that serve it, 0 or more. */
  count: Scalars['Int']['output'];
  /** The openness principle counted. */
  principle: OpennessPrinciple;
};

/** How a commitment is relevant to one of the openness principles it names (the OGP template’s “relevance to OGP values”). */
export type PrincipleRelevance = {
  /** One of the principles the commitment names. */
  principle: OpennessPrinciple;
  /** How the commitment serves it, 1–2,000 characters. */
  text: Scalars['String']['output'];
};

/** How a commitment is relevant to one of the principles it names. */
export type PrincipleRelevanceInput = {
  /** One of the commitment's principles (BAD_USER_INPUT on relevance.N.principle otherwise, or when given twice). */
  principle: OpennessPrinciple;
  /** How the commitment serves it, 1–2,000 characters and not blank. */
  text: Scalars['String']['input'];
};

/** One of a programme's ordered priority axes, chosen with local civil society; visible whenever its programme is. */
export type PriorityAxis = {
  /** The axis id (UUID); replacePriorityAxes gives every axis a new id. */
  id: Scalars['ID']['output'];
  /** The openness principles the axis serves, without duplicates (0–5); empty when none was named. */
  principles: Array<OpennessPrinciple>;
  /** The title in the asked language (Arabic by default), else in the other. */
  title: Scalars['String']['output'];
  /** Title in Arabic, 1–300 characters; null when only the French title is set. */
  titleAr?: Maybe<Scalars['String']['output']>;
  /** Title in French, 1–300 characters; null when only the Arabic title is set. */
  titleFr?: Maybe<Scalars['String']['output']>;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** One of a programme's ordered priority axes, chosen with local civil society; visible whenever its programme is. */
export type PriorityAxisTitleArgs = {
  language?: InputMaybe<Language>;
};

/** One priority axis; its place in the list is its order. It needs a title in Arabic or French. */
export type PriorityAxisInput = {
  /** The openness principles the axis serves, at most 5, duplicates removed; none by default. */
  principles?: Array<OpennessPrinciple>;
  /** Title in Arabic, 1–300 characters. */
  titleAr?: InputMaybe<Scalars['String']['input']>;
  /** Title in French, 1–300 characters; BAD_USER_INPUT on axes.N.titleFr when the axis has neither title. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

/** What importProgram did, or for a dry run would do: created counts the commitments added (with their milestones and any new priority axes). When refused is not empty nothing was written and created is 0. */
export type ProgramImportReport = {
  /** Commitments created (or that a dry run would create), each with its milestones; 0 when any row is refused. */
  created: Scalars['Int']['output'];
  /** True when the file was only checked: nothing was written, and the counts say what the import would do. */
  dryRun: Scalars['Boolean']['output'];
  /** The programme the file goes into: the one `programId` names, or the one the import created; null when a new programme was not created (a dry run, or a refused row). */
  program?: Maybe<ActionProgram>;
  /** Every problem found, in file order, one entry per row and column at fault; empty when the file was accepted. When it is not empty, the import wrote nothing. */
  refused: Array<RefusedRow>;
  /** Data rows read below the header row; blank lines are not counted. */
  rowCount: Scalars['Int']['output'];
  /** Always 0: an import adds commitments and changes none (a commitment whose title the programme already has is refused). */
  updated: Scalars['Int']['output'];
};

/** The network's report on a programme, on the OGP IRM model: a design report after adoption, a results report at the end of the period; one of each per programme. Written by the network only, editable while unpublished; published reports are public, drafts are seen by the network and the programme's collectivity. */
export type ProgramReport = {
  /** The assessment of the co-creation process (DESIGN) or of participation during implementation (RESULTS), in Arabic. */
  coCreationAssessmentAr?: Maybe<Scalars['String']['output']>;
  /** The assessment of the co-creation process (DESIGN) or of participation during implementation (RESULTS), in French. */
  coCreationAssessmentFr?: Maybe<Scalars['String']['output']>;
  /** What it says of each commitment, in the order written; an assessment of a commitment the caller may not see is left out. */
  commitmentAssessments: Array<CommitmentAssessment>;
  /** When it was written (ISO-8601 date-time, UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The report id (UUID). */
  id: Scalars['ID']['output'];
  /** DESIGN or RESULTS. */
  kind: ProgramReportKind;
  /** The programme reported on; null when the caller may not see it. */
  program?: Maybe<ActionProgram>;
  /** The level of public influence on the programme; null when not assessed. */
  publicInfluence?: Maybe<PublicInfluence>;
  /** Whether the public can see it: false at creation, changed by setProgramReportPublished. */
  published: Scalars['Boolean']['output'];
  /** Recommendations (DESIGN) or lessons for the next programme (RESULTS), in Arabic. */
  recommendationsAr?: Maybe<Scalars['String']['output']>;
  /** Recommendations (DESIGN) or lessons for the next programme (RESULTS), in French. */
  recommendationsFr?: Maybe<Scalars['String']['output']>;
  /** The summary (key observations) in Arabic, up to 10,000 characters. */
  summaryAr?: Maybe<Scalars['String']['output']>;
  /** The summary (key observations) in French, up to 10,000 characters. */
  summaryFr?: Maybe<Scalars['String']['output']>;
  /** When it was last changed (ISO-8601 date-time, UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A programme report's content; on update, an omitted field keeps its value and null clears it. */
export type ProgramReportInput = {
  /** Co-creation (or participation) assessment in Arabic, up to 10,000 characters. */
  coCreationAssessmentAr?: InputMaybe<Scalars['String']['input']>;
  /** Co-creation (or participation) assessment in French, up to 10,000 characters. */
  coCreationAssessmentFr?: InputMaybe<Scalars['String']['input']>;
  /** One assessment per commitment, at most 100; replaces the whole list when given. */
  commitmentAssessments?: InputMaybe<Array<CommitmentAssessmentInput>>;
  /** The level of public influence on the programme. */
  publicInfluence?: InputMaybe<PublicInfluence>;
  /** Recommendations in Arabic, up to 10,000 characters. */
  recommendationsAr?: InputMaybe<Scalars['String']['input']>;
  /** Recommendations in French, up to 10,000 characters. */
  recommendationsFr?: InputMaybe<Scalars['String']['input']>;
  /** Summary in Arabic, up to 10,000 characters. */
  summaryAr?: InputMaybe<Scalars['String']['input']>;
  /** Summary in French, up to 10,000 characters. */
  summaryFr?: InputMaybe<Scalars['String']['input']>;
};

/** The two reports the OGP IRM writes on an action plan, which the network writes on a programme. */
export const ProgramReportKind = {
  /** The design report (IRM Action Plan Review), once the programme is adopted: the co-creation process and each commitment's design. */
  Design: 'DESIGN',
  /** The results report, at the end of the programme's period: each commitment's completion and early results. */
  Results: 'RESULTS'
} as const;

export type ProgramReportKind = typeof ProgramReportKind[keyof typeof ProgramReportKind];
/** The lifecycle of an openness action programme, in order: it moves forward one step at a time, and may step back any number of steps with a reason. */
export const ProgramStatus = {
  /** Adopted by the council at a dated session (adoptedOn and councilSession are set). */
  Adopted: 'ADOPTED',
  /** Finished: no longer the collectivity’s current programme, and no obstacle to a new programme over the same period. */
  Closed: 'CLOSED',
  /** The draft is under public consultation before adoption. */
  Consultation: 'CONSULTATION',
  /** Being prepared with local civil society (information meetings, priority axes, workshops): the initial status, and the only one in which a programme may be deleted. */
  CoCreation: 'CO_CREATION',
  /** Adopted and being implemented, monitored and evaluated. */
  Implementation: 'IMPLEMENTATION'
} as const;

export type ProgramStatus = typeof ProgramStatus[keyof typeof ProgramStatus];
/** One change of a programme's lifecycle status, recorded by setProgramStatus; visible whenever its programme is. */
export type ProgramStatusChange = {
  /** When the change was recorded (ISO-8601 date-time, UTC). */
  changedAt: Scalars['DateTimeISO']['output'];
  /** The status before the change. */
  fromStatus: ProgramStatus;
  /** Why the programme stepped back (always given then), or the optional note of a forward move; up to 2,000 characters. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status after the change. */
  toStatus: ProgramStatus;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** How many programmes the caller may see are in one lifecycle status. */
export type ProgramStatusCount = {
  /** Programmes in this status, 0 or more. */
  count: Scalars['Int']['output'];
  /** The lifecycle status counted. */
  status: ProgramStatus;
};

/** The status to move a programme to, with what that move requires. */
export type ProgramStatusInput = {
  /** The adoption date, ISO-8601 at the precision known (YYYY, YYYY-MM or YYYY-MM-DD): required to move forward to ADOPTED (BAD_USER_INPUT on adoptedOn), ignored otherwise. */
  adoptedOn?: InputMaybe<Scalars['String']['input']>;
  /** The PUBLIC_CONSULTATION held for the programme before adoption: an event of its collectivity, not cancelled, over (HELD, or ended before now) and started no later than adoptedOn, and after the adoption of the collectivity's previous programme (a consultation held for that one does not count again) (BAD_USER_INPUT on consultationEventId otherwise). Omitted, the latest such consultation is taken; adoption is refused (BAD_USER_INPUT on consultationEventId) when there is none and no consultationWaiver is given. */
  consultationEventId?: InputMaybe<Scalars['ID']['input']>;
  /** Why the programme is adopted without a public consultation held for it, up to 2,000 characters: stated instead of a consultation, and kept on the programme (consultationWaiver). */
  consultationWaiver?: InputMaybe<Scalars['String']['input']>;
  /**
   * The adopting council session as free text, e.g. "October 2025 ordinary session", up to 300 characters: moving forward to ADOPTED requires it or councilSessionEventId (BAD_USER_INPUT on councilSessionEventId when neither is given); ignored otherwise.
   * @deprecated Use councilSessionEventId: the COUNCIL_SESSION event that adopted the programme.
   */
  councilSession?: InputMaybe<Scalars['String']['input']>;
  /** The COUNCIL_SESSION event of the programme's collectivity that adopted it, started no later than adoptedOn (BAD_USER_INPUT on councilSessionEventId otherwise): how a move forward to ADOPTED names its session; ignored otherwise. */
  councilSessionEventId?: InputMaybe<Scalars['ID']['input']>;
  /** Why, up to 2,000 characters: required to step back (BAD_USER_INPUT on reason), optional forward. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The new status: the next one in the lifecycle, or any earlier one with a reason. The current status or a skipped step gives BAD_USER_INPUT on status. */
  status: ProgramStatus;
};

/** A collectivity's periodic progress report on its programme. Created unpublished: until published it is seen only by its collectivity's accounts and the network. */
export type ProgressReport = {
  /** When it was filed (ISO-8601 date-time, UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What it says of each commitment reported on, in the order given; an entry on a commitment the caller may not see (an unpublished one, for the public) is left out. */
  entries: Array<ReportEntry>;
  /** The report id (UUID). */
  id: Scalars['ID']['output'];
  /** Account of the period, up to 20,000 characters; empty when none was written. */
  narrative: Scalars['String']['output'];
  /** Last day of the period reported on, ISO-8601 date (YYYY-MM-DD), not before periodStart. */
  periodEnd: Scalars['String']['output'];
  /** First day of the period reported on, ISO-8601 date (YYYY-MM-DD). */
  periodStart: Scalars['String']['output'];
  /** Whether the public can see it; false at creation (seen then only by its collectivity's accounts and the network), changed by setProgressReportPublished. */
  published: Scalars['Boolean']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A progress report on a period of a programme. */
export type ProgressReportInput = {
  /** One entry per commitment reported on, at most 100; none by default. */
  entries?: Array<ReportEntryInput>;
  /** Account of the period, up to 20,000 characters; empty by default. */
  narrative?: Scalars['String']['input'];
  /** Last day of the period, ISO-8601 date (YYYY-MM-DD), not before periodStart (BAD_USER_INPUT on periodEnd otherwise). */
  periodEnd: Scalars['String']['input'];
  /** First day of the period, ISO-8601 date (YYYY-MM-DD). */
  periodStart: Scalars['String']['input'];
};

/** An idea or proposal collected during co-creation, with its collectivity's public answer. Created unpublished: until published it is seen only by its own collectivity's accounts and the network. */
export type Proposal = {
  /** The commune's public answer: required once retained, merged or rejected. */
  answer?: Maybe<Scalars['String']['output']>;
  /** When it was retained, merged or rejected, ISO-8601 date-time in UTC; null while SUBMITTED or UNDER_REVIEW. */
  answeredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Full text, at most 5,000 characters; empty when none was given. */
  body: Scalars['String']['output'];
  /** Submitted by a citizen during a public consultation. */
  citizenSubmitted: Scalars['Boolean']['output'];
  /** The collectivity that received it. */
  collectivity?: Maybe<Collectivity>;
  /** For a retained proposal: the commitment it became, resolved only within the proposal's collectivity; null when the caller may not see that commitment. */
  commitment?: Maybe<Commitment>;
  /** Whether its author consented to publication; null for callers other than the commune that received it. */
  consentToPublish?: Maybe<Scalars['Boolean']['output']>;
  /** A citizen's contact: seen only by the commune that received it, null for everyone else. */
  contact?: Maybe<Scalars['String']['output']>;
  /** When it was recorded, ISO-8601 date-time in UTC. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The event where it was collected; null when none is recorded or the caller may not see it. */
  event?: Maybe<Event>;
  /** Unique identifier (UUID). */
  id: Scalars['ID']['output'];
  /** True for illustrative demo records. */
  isIllustrative: Scalars['Boolean']['output'];
  /** When merged: the proposal it joined. */
  mergedInto?: Maybe<Proposal>;
  /** The organisation that proposed it; null when none is recorded or the caller may not see it. */
  organisation?: Maybe<Organisation>;
  /** The openness principle it serves. */
  principle: OpennessPrinciple;
  /** False when created; setProposalPublished makes it visible to everyone, only with the consent of a citizen author. */
  published: Scalars['Boolean']['output'];
  /** Where it was collected. */
  source: ProposalSource;
  /** Where it stands in the review; changed with answerProposal. */
  status: ProposalStatus;
  /** Stakeholder category of whoever proposed it; null when not recorded. */
  submitterCategory?: Maybe<AttendeeCategory>;
  /** Number of people who supported it, as recorded by the collectivity; 0 by default. */
  supportsCount: Scalars['Int']['output'];
  /** Short title, at most 300 characters. */
  title: Scalars['String']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** The collectivity's decision on a proposal: under review, or a public answer. */
export type ProposalAnswerInput = {
  /** The public answer, at most 5,000 characters; required when retaining, merging or rejecting (else BAD_USER_INPUT naming answer). */
  answer?: InputMaybe<Scalars['String']['input']>;
  /** When retaining, and only then: the commitment of the same collectivity's programme it became; omitted keeps the current link. */
  commitmentId?: InputMaybe<Scalars['ID']['input']>;
  /** When merging, and only then: the proposal of the same collectivity this one joins, itself not merged. */
  mergedIntoId?: InputMaybe<Scalars['ID']['input']>;
  /** UNDER_REVIEW, RETAINED, MERGED or REJECTED; SUBMITTED is refused (BAD_USER_INPUT naming status). */
  status: ProposalStatus;
};

/** A page of proposals, with the number of proposals matching over all pages. */
export type ProposalConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Proposal>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows the proposals list; the criteria given combine (AND). */
export type ProposalFilter = {
  /** Only this collectivity's proposals (UUID; BAD_USER_INPUT naming the field when malformed). */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Proposals collected at this event. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Only proposals serving this openness principle. */
  principle?: InputMaybe<OpennessPrinciple>;
  /** Matches title and text, ignoring case, accents and Arabic letter variants; at most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only proposals with this status. */
  status?: InputMaybe<ProposalStatus>;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** What a citizen sees of a proposal they submitted, by its reference. */
export type ProposalFollowUp = {
  /** The commune's public answer; null until it gives one. */
  answer?: Maybe<Scalars['String']['output']>;
  /** The commune that received it (UUID). */
  collectivityId: Scalars['ID']['output'];
  /** Whether the commune has published it. */
  published: Scalars['Boolean']['output'];
  /** Where it stands in the review. */
  status: ProposalStatus;
  /** When it was submitted, ISO-8601 date-time in UTC. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A proposal as the commune records it, e.g. from a workshop. On update, omitted fields stay as they are. */
export type ProposalInput = {
  /** Full text, at most 5,000 characters. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The event where it was collected, of the proposal's own collectivity (else BAD_USER_INPUT naming eventId); null removes the link. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation that proposed it, of the proposal's own collectivity (else BAD_USER_INPUT naming organisationId); null removes the link. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The openness principle it serves; required on create (else BAD_USER_INPUT naming principle). */
  principle?: InputMaybe<OpennessPrinciple>;
  /** Where it was collected; EVENT when not given on create. */
  source?: InputMaybe<ProposalSource>;
  /** Stakeholder category of whoever proposed it; null clears it. */
  submitterCategory?: InputMaybe<AttendeeCategory>;
  /** Number of people who supported it, 0 to 10,000,000 (BAD_USER_INPUT naming supportsCount otherwise). */
  supportsCount?: InputMaybe<Scalars['Int']['input']>;
  /** Short title, 1–300 characters, not blank; required on create (else BAD_USER_INPUT naming title). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Collected at an event, in a public consultation, or online. */
export const ProposalSource = {
  /** Sent during a public consultation; every citizen proposal (submitProposal) has this source. */
  Consultation: 'CONSULTATION',
  /** Collected at an event such as a co-creation workshop; the default of createProposal. */
  Event: 'EVENT',
  /** Collected online. */
  Online: 'ONLINE'
} as const;

export type ProposalSource = typeof ProposalSource[keyof typeof ProposalSource];
/** Where a proposal stands in its collectivity's review; RETAINED, MERGED and REJECTED carry a public answer. */
export const ProposalStatus = {
  /** Merged into another proposal of the same collectivity, named by mergedInto. */
  Merged: 'MERGED',
  /** Rejected; the answer gives the reason. */
  Rejected: 'REJECTED',
  /** Retained; it may name the commitment it became. */
  Retained: 'RETAINED',
  /** Received and not yet reviewed: the status of a new proposal. */
  Submitted: 'SUBMITTED',
  /** Being examined by the collectivity. */
  UnderReview: 'UNDER_REVIEW'
} as const;

export type ProposalStatus = typeof ProposalStatus[keyof typeof ProposalStatus];
/** Number of proposals with one status. */
export type ProposalStatusCount = {
  /** Proposals the caller may see with this status, 0 or more. */
  count: Scalars['Int']['output'];
  /** The status counted. */
  status: ProposalStatus;
};

/** The OGP IRM's level of public influence on the programme (the IAP2 spectrum), from least to most. */
export const PublicInfluence = {
  /** Iterative dialogue: the public helped set the agenda. */
  Collaborate: 'COLLABORATE',
  /** The public could give its views. */
  Consult: 'CONSULT',
  /** The public took part in the decision itself. */
  Empower: 'EMPOWER',
  /** The public was told of the programme, without a say in it. */
  Inform: 'INFORM',
  /** The public's views were taken in, with feedback on how. */
  Involve: 'INVOLVE'
} as const;

export type PublicInfluence = typeof PublicInfluence[keyof typeof PublicInfluence];
/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type Query = {
  /** Accounts by email: every account for NETWORK_ADMIN, its own collectivity's for a COLLECTIVITY_ADMIN. UNAUTHENTICATED when anonymous, FORBIDDEN for a COLLECTIVITY_EDITOR. */
  accounts: AccountConnection;
  /** A programme by id, or null when it does not exist or the caller may not see it (unpublished programmes are seen only by their collectivity and the network). */
  actionProgram?: Maybe<ActionProgram>;
  /** Openness action programmes the caller may see, most recent first: published ones for everyone, plus unpublished ones of the caller's own collectivity, or all for the network. */
  actionPrograms: ActionProgramConnection;
  /** The API keys of the caller's collectivity (for its admins) or of the network (for NETWORK_ADMIN), newest first, revoked ones included; in sync order with `filter.updatedSince` or a sync cursor (a key changes when it is used or revoked; keys are never deleted). UNAUTHENTICATED when anonymous; FORBIDDEN for a COLLECTIVITY_EDITOR and for a request made with an API key. */
  apiKeys: ApiKeyConnection;
  /** The audit trail, newest first: any signed-in account of a collectivity reads its own collectivity's entries, NETWORK_ADMIN all of them. UNAUTHENTICATED when anonymous. */
  auditLog: AuditEntryConnection;
  /** A wave by id, or null. Public. */
  cohort?: Maybe<Cohort>;
  /** The waves of members, oldest period first. Public: anyone may list them. */
  cohorts: CohortConnection;
  /** Collectivities, public to everyone: regions first, then prefectures, provinces and communes; within a kind by code (unknown codes last), then French name. */
  collectivities: CollectivityConnection;
  /** A collectivity by id, or null when there is none. Public; a malformed id is BAD_USER_INPUT naming `id`. */
  collectivity?: Maybe<Collectivity>;
  /** A commitment by id, or null when it does not exist or the caller may not see it (unpublished commitments are seen only by their collectivity and the network). */
  commitment?: Maybe<Commitment>;
  /** Commitments the caller may see, ordered by collectivity, programme, then creation: published ones for everyone, plus unpublished ones of the caller's own collectivity, or all for the network. */
  commitments: CommitmentConnection;
  /** ActionProgram records deleted, oldest deletion first, that the caller could read before (anonymous callers: those that were published; a collectivity's accounts: also its own; the network: all). A sync reads `actionPrograms(filter: { updatedSince })` for changes and this list for deletions, each with its own cursor (docs/graph.md, Incremental sync). */
  deletedActionPrograms: TombstoneConnection;
  /** Cohort records deleted, oldest deletion first, that the caller could read before (anonymous callers: those that were published; a collectivity's accounts: also its own; the network: all). A sync reads `cohorts(filter: { updatedSince })` for changes and this list for deletions, each with its own cursor (docs/graph.md, Incremental sync). */
  deletedCohorts: TombstoneConnection;
  /** Commitment records deleted, oldest deletion first, that the caller could read before (anonymous callers: those that were published; a collectivity's accounts: also its own; the network: all). A sync reads `commitments(filter: { updatedSince })` for changes and this list for deletions, each with its own cursor (docs/graph.md, Incremental sync). */
  deletedCommitments: TombstoneConnection;
  /** Event records deleted, oldest deletion first, that the caller could read before (anonymous callers: those that were published; a collectivity's accounts: also its own; the network: all). A sync reads `events(filter: { updatedSince })` for changes and this list for deletions, each with its own cursor (docs/graph.md, Incremental sync). */
  deletedEvents: TombstoneConnection;
  /** LibraryEntry records deleted, oldest deletion first, that the caller could read before (anonymous callers: those that were published; a collectivity's accounts: also its own; the network: all). A sync reads `libraryEntries(filter: { updatedSince })` for changes and this list for deletions, each with its own cursor (docs/graph.md, Incremental sync). */
  deletedLibraryEntries: TombstoneConnection;
  /** Organisation records deleted, oldest deletion first, that the caller could read before (anonymous callers: those that were published; a collectivity's accounts: also its own; the network: all). A sync reads `organisations(filter: { updatedSince })` for changes and this list for deletions, each with its own cursor (docs/graph.md, Incremental sync). */
  deletedOrganisations: TombstoneConnection;
  /** Proposal records deleted, oldest deletion first, that the caller could read before (anonymous callers: those that were published; a collectivity's accounts: also its own; the network: all). A sync reads `proposals(filter: { updatedSince })` for changes and this list for deletions, each with its own cursor (docs/graph.md, Incremental sync). */
  deletedProposals: TombstoneConnection;
  /** Webhook records deleted, oldest deletion first, shown only to those who could read them: their owner's administrators (a collectivity's COLLECTIVITY_ADMIN accounts for its own, the network for the network's own). A sync reads `webhooks(filter: { updatedSince })` for changes and this list for deletions, each with its own cursor (docs/graph.md, Incremental sync). UNAUTHENTICATED when anonymous, FORBIDDEN for an editor. */
  deletedWebhooks: TombstoneConnection;
  /** An event the caller may see, or null. BAD_USER_INPUT naming id when it is not a UUID. */
  event?: Maybe<Event>;
  /** Events the caller may see, in chronological order; anyone may call. Anonymous callers see published events, a collectivity's accounts also its unpublished ones, the network all. */
  events: EventConnection;
  /** E-mails that could not be delivered after every retry, newest first. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise. */
  failedDeliveries: DeliveryConnection;
  /** The network’s library: published entries for everyone, plus the network’s drafts for the network and a collectivity’s own proposals for its accounts. Best search matches first, then newest first. */
  libraryEntries: LibraryEntryConnection;
  /** A library entry the caller may see, or null. */
  libraryEntry?: Maybe<LibraryEntry>;
  /** The signed-in account; null when anonymous. Open to anyone. */
  me?: Maybe<Account>;
  /** Where each ACTIVE member stands on the path, derived from its records, and whether it is behind the network’s calendar for its wave. NETWORK_ADMIN only (UNAUTHENTICATED when anonymous, FORBIDDEN otherwise). Regions first, then prefectures, provinces and communes; by code, then French name. */
  memberProgress: MemberProgressConnection;
  /** memberProgress as CSV for the network to export (UTF-8, a header row, every member the filter keeps, in the list’s order; columns collectivity_id, kind, name_ar, name_fr, region_code, cohort_id, stage, since, overdue, expected_stage). NETWORK_ADMIN only (UNAUTHENTICATED when anonymous, FORBIDDEN otherwise). */
  memberProgressCsv: Scalars['String']['output'];
  /** The network, with member figures computed from the data. Public. */
  network: Network;
  /** The signed-in account's own notification preferences and e-mail language (no one reads another's). UNAUTHENTICATED when anonymous. */
  notificationPreferences: NotificationPreferences;
  /** The signed-in account's own notifications, newest first; no one ever reads another account's. UNAUTHENTICATED when anonymous. With unreadOnly, the unread ones only (their totalCount is the unread count). */
  notifications: NotificationConnection;
  /** Civil-society organisations the caller may see, by French name (Arabic when none); anyone may call. Anonymous callers see published ones, a collectivity's accounts also its unpublished ones, the network all. */
  organisations: OrganisationConnection;
  /** Everything the platform holds on the person with this email, for an export on request (law 09-08); the export is recorded in the audit trail under a pseudonym of the email. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; BAD_USER_INPUT naming email when it is not an email address. */
  personalData: PersonalDataSubject;
  /** One programme report by id: published ones for everyone, drafts for the network and the programme's collectivity; null otherwise. */
  programReport?: Maybe<ProgramReport>;
  /** A proposal the caller may see, or null. BAD_USER_INPUT naming id when it is not a UUID. */
  proposal?: Maybe<Proposal>;
  /** A citizen follows the status and answer of a proposal they sent with submitProposal, by its reference; anyone may call. Null when the reference is malformed or matches no citizen proposal. */
  proposalFollowUp?: Maybe<ProposalFollowUp>;
  /** Proposals the caller may see, newest first; anyone may call. Anonymous callers see published ones, a collectivity's accounts also its unpublished ones, the network all. */
  proposals: ProposalConnection;
  /** One review by id: published ones (of a commitment the caller may see) for everyone, drafts for the network and the reviewed collectivity; null otherwise. */
  review?: Maybe<Review>;
  /** The delivery log of one of the caller's webhooks: every attempt, newest first. A log, not a list of records that change: an attempt is written once and never changed, so the list is read in its own order with `after` and refuses a sync cursor, naming `after`. UNAUTHENTICATED when anonymous, FORBIDDEN for an editor, NOT_FOUND for a webhook that is not the caller's. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The caller's webhooks, newest first: a collectivity admin's are its collectivity's, the network's its own; in sync order with `filter.updatedSince` or a sync cursor (a webhook changes when it is disabled; deleted ones are listed by `deletedWebhooks`). UNAUTHENTICATED when anonymous, FORBIDDEN for an editor. */
  webhooks: WebhookConnection;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryActionProgramArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryActionProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiKeyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryCohortArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CohortFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryCollectivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollectivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryCollectivityArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryCommitmentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommitmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryDeletedActionProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryDeletedCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryDeletedCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryDeletedEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryDeletedLibraryEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryDeletedOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryDeletedProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryDeletedWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryFailedDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryLibraryEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LibraryEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryLibraryEntryArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryMemberProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberProgressFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryMemberProgressCsvArgs = {
  filter?: InputMaybe<MemberProgressFilter>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryPersonalDataArgs = {
  email: Scalars['String']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryProgramReportArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryProposalFollowUpArgs = {
  reference: Scalars['String']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProposalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  webhookId: Scalars['ID']['input'];
};


/** Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record. */
export type QueryWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A problem found in a row of an imported CSV file: the line, the column at fault and why. Any refused row means the import wrote nothing. */
export type RefusedRow = {
  /** The column at fault, named as in the header row (e.g. `joined_on`); null when the row as a whole or the file is at fault. */
  field?: Maybe<Scalars['String']['output']>;
  /** The line of the file where the refused row starts, counted from 1 as a text editor counts them (the header row is line 1). */
  line: Scalars['Int']['output'];
  /** Why the row was refused, in English. */
  message: Scalars['String']['output'];
};

/** Active members under one region (through the hierarchy); region null for members whose region is not recorded. */
export type RegionCount = {
  /** ACTIVE members in the region, the region itself included, 0 or more. */
  count: Scalars['Int']['output'];
  /** The region; null for the members whose region is not recorded. */
  region?: Maybe<Collectivity>;
};

/** The network’s figures for one region (members through the hierarchy, the region itself included); region null for those whose region is not recorded. */
export type RegionFigures = {
  /** Of them, members at ADOPTED or beyond (IMPLEMENTING, REVIEWED), as the caller sees their records. */
  adopted: Scalars['Int']['output'];
  /** adopted / members, 0–1; null when the region has no member. */
  adoptionShare?: Maybe<Scalars['Float']['output']>;
  /** Commitments of the collectivities of the region the caller may see; over all rows they sum to `commitments.totalCount`. */
  commitments: Scalars['Int']['output'];
  /** ACTIVE members in the region; equals `membersByRegion`’s count. */
  members: Scalars['Int']['output'];
  /** The region; null for the rows whose region is not recorded. */
  region?: Maybe<Collectivity>;
  /** Its code, "01"–"12"; null with the region. */
  regionCode?: Maybe<Scalars['String']['output']>;
};

/** What a progress report says of one commitment. */
export type ReportEntry = {
  /** The commitment reported on (UUID), one of the report's programme. */
  commitmentId: Scalars['ID']['output'];
  /** Its completion on the OGP IRM scale at the end of the period, as reported; the commitment's own completion is not changed by it. */
  completion: CompletionLevel;
  /** Links (http or https URLs) to the evidence, at most 20; empty when none. */
  evidence: Array<Scalars['String']['output']>;
  /** A remark on the commitment for the period, up to 2,000 characters. */
  note?: Maybe<Scalars['String']['output']>;
};

/** What the report says of one commitment. */
export type ReportEntryInput = {
  /** A commitment of the programme reported on (UUID; BAD_USER_INPUT on entries.N.commitmentId otherwise). */
  commitmentId: Scalars['ID']['input'];
  /** Its completion on the OGP IRM scale at the end of the period. */
  completion: CompletionLevel;
  /** Links to the evidence: absolute http or https URLs, at most 20; none by default. */
  evidence?: Array<Scalars['String']['input']>;
  /** A remark on the commitment for the period, up to 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The members the network reports in a dated public source (228 in March 2025: 12 regions, 17 prefecture and province councils, 199 communes), beside `memberCount`, which counts the members recorded on this platform. */
export type ReportedComposition = {
  /** When the source gives these figures, ISO-8601 at its precision ("2025-03"). */
  asOf: Scalars['String']['output'];
  /** Communes reported. */
  communes: Scalars['Int']['output'];
  /** Prefecture and province councils reported. */
  prefectureProvinceCouncils: Scalars['Int']['output'];
  /** Regions reported. */
  regions: Scalars['Int']['output'];
  /** The source, in the asked language (Arabic by default). */
  source: Scalars['String']['output'];
  /** The source, in Arabic. */
  sourceAr: Scalars['String']['output'];
  /** The source, in French. */
  sourceFr: Scalars['String']['output'];
  /** Where the source can be found; null when not online. */
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** All members reported: regions + prefecture and province councils + communes. */
  total: Scalars['Int']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** The members the network reports in a dated public source (228 in March 2025: 12 regions, 17 prefecture and province councils, 199 communes), beside `memberCount`, which counts the members recorded on this platform. */
export type ReportedCompositionSourceArgs = {
  language?: InputMaybe<Language>;
};

/** The network's review of a commitment on the OGP IRM criteria, written by the network only and editable while unpublished (updateReview). Published reviews are public; unpublished ones are seen by the network and the commitment's collectivity, which may reply (replyToReview). */
export type Review = {
  /** The reviewer's comment, up to 5,000 characters; null when none. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The commitment reviewed (UUID). */
  commitmentId: Scalars['ID']['output'];
  /** When the review was written (ISO-8601 date-time, UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The "did it open government?" rating, or null when not assessed. */
  didItOpenGovernment?: Maybe<OpenGovernmentEffect>;
  /** The review id (UUID). */
  id: Scalars['ID']['output'];
  /** The potential-for-results rating, or null when not assessed. */
  potentialForResults?: Maybe<PotentialForResults>;
  /** Whether the public can see it: as the network chose when writing it (false by default), then changed by setReviewPublished. */
  published: Scalars['Boolean']['output'];
  /** The reviewed collectivity's reply: for the public once both it and the review are published; the draft too for the network and that collectivity; null when none. */
  reply?: Maybe<ReviewReply>;
  /** When the review was last changed (ISO-8601 date-time, UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Completion on the OGP IRM scale as verified by the network; may differ from the commitment's declared completion. */
  verifiedCompletion: CompletionLevel;
};

/** The network's assessment of a commitment on the OGP IRM criteria. */
export type ReviewInput = {
  /** The reviewer's comment, up to 5,000 characters; blank is stored as null. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The "did it open government?" rating; omit when not assessed. */
  didItOpenGovernment?: InputMaybe<OpenGovernmentEffect>;
  /** The potential-for-results rating; omit when not assessed. */
  potentialForResults?: InputMaybe<PotentialForResults>;
  /** True to make the review public at once; false by default (seen then only by the network and the commitment's collectivity). */
  published?: Scalars['Boolean']['input'];
  /** Completion on the OGP IRM scale as the network verified it. */
  verifiedCompletion: CompletionLevel;
};

/** The reviewed collectivity's reply to a network review, written and published by that collectivity's administrators only. Published replies to published reviews are public; a draft is seen by the network and the collectivity. */
export type ReviewReply = {
  /** When the reply was first written (ISO-8601 date-time, UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The reply id (UUID). */
  id: Scalars['ID']['output'];
  /** Whether the public can see it (when the review is published too): false at first, changed by setReviewReplyPublished. */
  published: Scalars['Boolean']['output'];
  /** The reply in Arabic, up to 5,000 characters; null when written only in French. */
  textAr?: Maybe<Scalars['String']['output']>;
  /** The reply in French, up to 5,000 characters; null when written only in Arabic. */
  textFr?: Maybe<Scalars['String']['output']>;
  /** When the reply was last changed (ISO-8601 date-time, UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** The reviewed collectivity's reply, in Arabic, French or both (at least one). */
export type ReviewReplyInput = {
  /** The reply in Arabic, up to 5,000 characters; blank is stored as null. */
  textAr?: InputMaybe<Scalars['String']['input']>;
  /** The reply in French, up to 5,000 characters; blank is stored as null. */
  textFr?: InputMaybe<Scalars['String']['input']>;
};

/** What an account may do. NETWORK_ADMIN oversees every member; a collectivity admin manages its own tenant; an editor edits its records. */
export const Role = {
  /** Administrator of one collectivity: edits its records, publishes and deletes them, edits its profile and manages its collectivity's commune accounts. */
  CollectivityAdmin: 'COLLECTIVITY_ADMIN',
  /** Editor of one collectivity: creates and edits its records; publishing, most deletions, the profile and accounts are left to its admins. */
  CollectivityEditor: 'COLLECTIVITY_EDITOR',
  /** Network staff, with no collectivity: reads every collectivity's records, published or not, manages reference data, memberships and accounts, but does not edit a collectivity's own records. */
  NetworkAdmin: 'NETWORK_ADMIN'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** A commitment's fields and milestones, saved together by saveCommitment: omitted fields keep their value, omitted or null milestones stay as they are. A refused part is named by its path in this input, e.g. titleFr or milestones.0.dueOn. */
export type SaveCommitmentInput = {
  /** What will be done, up to 5,000 characters; null or blank clears it. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** A priority axis of the commitment's own programme (UUID; BAD_USER_INPUT on axisId otherwise); null unlinks it. */
  axisId?: InputMaybe<Scalars['ID']['input']>;
  /** The causes of the problem, up to 5,000 characters; null or blank clears it. */
  causes?: InputMaybe<Scalars['String']['input']>;
  /** Completion on the OGP IRM scale as the collectivity assesses it; null keeps the current level (NOT_STARTED at creation). */
  completion?: InputMaybe<CompletionLevel>;
  /** Whom to contact about it; replaces the whole contact, null keeps it (an empty object clears it). */
  contact?: InputMaybe<CommitmentContactInput>;
  /** How it contributes to solving the problem, up to 5,000 characters; null or blank clears it. */
  contribution?: InputMaybe<Scalars['String']['input']>;
  /** Last day, ISO-8601 date (YYYY-MM-DD), not before startsOn nor after the programme's periodEnd (BAD_USER_INPUT on endsOn); null clears it. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** The collectivity's unit leading its implementation, up to 300 characters; null or blank clears it. */
  leadUnit?: InputMaybe<Scalars['String']['input']>;
  /** The whole new list of milestones, in order, at most 100, each due within the commitment's period as saved (BAD_USER_INPUT naming milestones.<n>.dueOn otherwise); an empty list removes them all, null leaves them as they are. */
  milestones?: InputMaybe<Array<MilestoneInput>>;
  /** The objective: the results expected, up to 5,000 characters; null or blank clears it. */
  objective?: InputMaybe<Scalars['String']['input']>;
  /** Partners by name, at most 30, blank names dropped; replaces the whole list, null keeps it. */
  partners?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The openness principles it serves: 1–5, duplicates removed (BAD_USER_INPUT on principles when none); null keeps the current ones. */
  principles?: InputMaybe<Array<OpennessPrinciple>>;
  /** The public problem it addresses, up to 5,000 characters; null or blank clears it. */
  problem?: InputMaybe<Scalars['String']['input']>;
  /** How it is relevant to each of its principles, at most one text per principle (BAD_USER_INPUT on relevance.N.principle for a principle it does not name); replaces the whole list, null keeps it. */
  relevance?: InputMaybe<Array<PrincipleRelevanceInput>>;
  /** First day, ISO-8601 date (YYYY-MM-DD), not before the programme's periodStart (BAD_USER_INPUT on startsOn); null clears it. */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** The situation before the commitment, up to 5,000 characters; null or blank clears it. */
  statusQuo?: InputMaybe<Scalars['String']['input']>;
  /** Supporting actors by kind, at most 30; replaces the whole list, null keeps it. */
  supportingActors?: InputMaybe<Array<SupportingActorInput>>;
  /** Title in Arabic, 1–300 characters and not blank; null clears it. */
  titleAr?: InputMaybe<Scalars['String']['input']>;
  /** Title in French, 1–300 characters and not blank; null clears it. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

/** An event's fields, agenda and attendance, saved together by saveEvent: omitted or null parts stay as they are. A refused part is named by its path in this input, e.g. agenda.0.endsAt. */
export type SaveEventInput = {
  /** The whole new agenda, in order, at most 200 items, each within the event as saved; an empty list clears it, null leaves it as it is. */
  agenda?: InputMaybe<Array<AgendaItemInput>>;
  /** All the attendance counts, one per category × gender pair (at most 100 lines); an empty list clears them, null leaves them as they are. */
  attendance?: InputMaybe<Array<AttendanceInput>>;
  /** Description in Arabic, at most 5,000 characters. On update, null or blank clears it. */
  descriptionAr?: InputMaybe<Scalars['String']['input']>;
  /** Description in French, at most 5,000 characters. On update, null or blank clears it. */
  descriptionFr?: InputMaybe<Scalars['String']['input']>;
  /** End, ISO-8601 date-time with its UTC offset; not before startsAt (else BAD_USER_INPUT naming endsAt). On update, null clears it. */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** New kind; null leaves it as it is. */
  kind?: InputMaybe<EventKind>;
  /** Address of the online session, starting with http:// or https://. On update, null clears it. */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Minutes or outcome, once held; at most 20,000 characters, null or blank clears it. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** New start, ISO-8601 date-time with its UTC offset; null leaves it as it is. */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** How much of startsAt is known; MINUTE by default. */
  startsAtPrecision?: InputMaybe<TimePrecision>;
  /** New status, e.g. HELD once it took place; null leaves it as it is. */
  status?: InputMaybe<EventStatus>;
  /** New title, 1–300 characters, not blank: replaces the Arabic or the French title, by its script. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Title in Arabic, 1–300 characters, not blank; wins over `title` for the Arabic title. Null: not set, or unchanged on update. */
  titleAr?: InputMaybe<Scalars['String']['input']>;
  /** Title in French, 1–300 characters, not blank; wins over `title` for the French title. Null: not set, or unchanged on update. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
  /** Where it takes place, at most 300 characters. On update, null or blank clears it. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** Who speaks in an agenda slot: a role, and a name only where the role needs one. */
export type Speaker = {
  /** Name of the speaker, only where the role needs one; null otherwise. Personal data: null for anonymous callers, who read the role. */
  name?: Maybe<Scalars['String']['output']>;
  /** The role the speaker holds. */
  role: SpeakerRole;
};

/** A speaker of an agenda item. */
export type SpeakerInput = {
  /** Name, 1–200 characters, only where the role needs one. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The role the speaker holds. */
  role: SpeakerRole;
};

/** The role a speaker holds: president, focal point, trainer… */
export const SpeakerRole = {
  /** A representative of a civil-society association. */
  CivilSociety: 'CIVIL_SOCIETY',
  /** A member of the council. */
  CouncilMember: 'COUNCIL_MEMBER',
  /** The collectivity's focal point for the network. */
  FocalPoint: 'FOCAL_POINT',
  /** A representative of the network or of its support programme. */
  Network: 'NETWORK',
  /** Any other role. */
  Other: 'OTHER',
  /** The president of the collectivity council. */
  President: 'PRESIDENT',
  /** A member of the collectivity's staff. */
  Staff: 'STAFF',
  /** A trainer, e.g. presenting the co-creation method. */
  Trainer: 'TRAINER'
} as const;

export type SpeakerRole = typeof SpeakerRole[keyof typeof SpeakerRole];
/** How many active members stand at one stage. */
export type StageCount = {
  /** Active members at that stage, 0 or more. */
  count: Scalars['Int']['output'];
  /** The stage. */
  stage: MemberStage;
};

/** The support programme for open territorial collectivities, which runs the network: launched at the end of 2022 by the Interior Ministry’s General Directorate of Territorial Collectivities with the Association of Regions of Morocco. Public; the network edits it. */
export type SupportProgramme = {
  /** Its axes, in order (four). */
  axes: Array<SupportProgrammeAxis>;
  /** What it is for, in Arabic. */
  descriptionAr: Scalars['String']['output'];
  /** What it is for, in French. */
  descriptionFr: Scalars['String']['output'];
  /** When it was launched, ISO-8601 at the precision known ("2022": the press kit says the end of 2022). */
  launchedOn: Scalars['String']['output'];
  /** Its name in Arabic. */
  nameAr: Scalars['String']['output'];
  /** Its name in French. */
  nameFr: Scalars['String']['output'];
  /** The institutions behind it, the lead first. */
  partners: Array<SupportProgrammePartner>;
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** One axis of the support programme. */
export type SupportProgrammeAxis = {
  /** What it covers, in Arabic. */
  descriptionAr: Scalars['String']['output'];
  /** What it covers, in French. */
  descriptionFr: Scalars['String']['output'];
  /** Its number, from 1, in the programme’s order. */
  number: Scalars['Int']['output'];
  /** Its title in Arabic. */
  titleAr: Scalars['String']['output'];
  /** Its title in French. */
  titleFr: Scalars['String']['output'];
};

/** One axis of the support programme. */
export type SupportProgrammeAxisInput = {
  /** What it covers, in Arabic. */
  descriptionAr: Scalars['String']['input'];
  /** What it covers, in French. */
  descriptionFr: Scalars['String']['input'];
  /** Its number, from 1, in the programme’s order. */
  number: Scalars['Int']['input'];
  /** Its title in Arabic. */
  titleAr: Scalars['String']['input'];
  /** Its title in French. */
  titleFr: Scalars['String']['input'];
};

/** The support programme as a whole: every field is replaced. */
export type SupportProgrammeInput = {
  /** Its axes, 1–12, numbered 1, 2, 3… in the order given. */
  axes: Array<SupportProgrammeAxisInput>;
  /** What it is for, in Arabic, up to 4,000 characters. */
  descriptionAr: Scalars['String']['input'];
  /** What it is for, in French, up to 4,000 characters. */
  descriptionFr: Scalars['String']['input'];
  /** When it was launched, ISO-8601 at the precision known ("2022", "2022-12"), not in the future. */
  launchedOn: Scalars['String']['input'];
  /** Its name in Arabic, 1–300 characters. */
  nameAr: Scalars['String']['input'];
  /** Its name in French, 1–300 characters. */
  nameFr: Scalars['String']['input'];
  /** The institutions behind it, 1–10, exactly one of them the lead. */
  partners: Array<SupportProgrammePartnerInput>;
};

/** An institution behind the support programme. */
export type SupportProgrammePartner = {
  /** Whether it leads the programme (the DGCT) rather than partners in it (the ARM). */
  lead: Scalars['Boolean']['output'];
  /** Its name in Arabic. */
  nameAr: Scalars['String']['output'];
  /** Its name in French. */
  nameFr: Scalars['String']['output'];
};

/** An institution behind the support programme. */
export type SupportProgrammePartnerInput = {
  /** Whether it leads the programme (the DGCT) rather than partners in it (the ARM). */
  lead: Scalars['Boolean']['input'];
  /** Its name in Arabic. */
  nameAr: Scalars['String']['input'];
  /** Its name in French. */
  nameFr: Scalars['String']['input'];
};

/** An actor supporting a commitment besides its lead, by kind (OGP template). */
export type SupportingActor = {
  /** Government, civil society or private sector. */
  kind: ActorKind;
  /** Its name, 1–300 characters. */
  name: Scalars['String']['output'];
};

/** An actor supporting a commitment, by kind. */
export type SupportingActorInput = {
  /** Government, civil society or private sector. */
  kind: ActorKind;
  /** Its name, 1–300 characters and not blank. */
  name: Scalars['String']['input'];
};

/** How much of a start is known: the minute, only the day, or only the month. */
export const TimePrecision = {
  /** Only the day is known; startsOn reads e.g. "2025-02-11". */
  Day: 'DAY',
  /** Date and time are known to the minute (the default); startsOn reads e.g. "2025-03-07T10:30". */
  Minute: 'MINUTE',
  /** Only the month is known; startsOn reads e.g. "2025-10". */
  Month: 'MONTH'
} as const;

export type TimePrecision = typeof TimePrecision[keyof typeof TimePrecision];
/** A record deleted from the graph: which one, of which type, and when; for a sync to remove its copy. */
export type Tombstone = {
  /** Its collectivity's id; null for a record of the network. */
  collectivityId?: Maybe<Scalars['ID']['output']>;
  /** When it was deleted (the deleting transaction), ISO-8601 in UTC. */
  deletedAt: Scalars['DateTimeISO']['output'];
  /** The deleted record's id. */
  id: Scalars['ID']['output'];
  /** Its GraphQL type name, e.g. `Event`. */
  type: Scalars['String']['output'];
};

/** A page of deleted records, oldest deletion first. */
export type TombstoneConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Tombstone>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** People trained of one stakeholder category and gender. */
export type TrainedPeopleCount = {
  /** The stakeholder category counted. */
  category: AttendeeCategory;
  /** People counted, over every training counted by the figure. */
  count: Scalars['Int']['output'];
  /** The gender counted. */
  gender: Gender;
};

/** Training material of a network event: a title and an http(s) link. Seen by whoever may see the event. */
export type TrainingMaterial = {
  /** The material id (UUID). */
  id: Scalars['ID']['output'];
  /** What the material is, in Arabic or French. */
  title: Scalars['String']['output'];
  /** When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where to find it: an http or https address. */
  url: Scalars['String']['output'];
};

/** A training material: a title and an http(s) link. */
export type TrainingMaterialInput = {
  /** What the material is, 1 to 300 characters. */
  title: Scalars['String']['input'];
  /** An absolute http or https address, at most 2000 characters. */
  url: Scalars['String']['input'];
};

/** A page of the active members of a wave that have not attended any held network training the caller may see. */
export type UntrainedMemberConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Collectivity>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Any subset of a wave’s fields; the fields left out stay as they are. */
export type UpdateCohortInput = {
  /** Its name in Arabic, 1–200 characters, unique among waves. */
  labelAr?: InputMaybe<Scalars['String']['input']>;
  /** Its name in French, 1–200 characters, unique among waves. */
  labelFr?: InputMaybe<Scalars['String']['input']>;
  /** The year or month it stands for, ISO-8601: "2024" or "2024-12". */
  period?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a collectivity: a field omitted or null stays as it is. */
export type UpdateCollectivityInput = {
  /** True removes the parent; it wins over `parentId`. */
  clearParent?: InputMaybe<Scalars['Boolean']['input']>;
  /** New official code, up to 40 characters, unique within the kind; an empty string clears the code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** New official name in Arabic, 1–300 characters. */
  nameAr?: InputMaybe<Scalars['String']['input']>;
  /** New official name in French, 1–300 characters. */
  nameFr?: InputMaybe<Scalars['String']['input']>;
  /** UUID of the new parent, of a kind allowed above this one (as in `createCollectivity`) and not the collectivity itself; set `clearParent` to remove the parent. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Any subset of the create fields, plus status and outcome; omitted fields stay as they are. */
export type UpdateEventInput = {
  /** Description in Arabic, at most 5,000 characters. On update, null or blank clears it. */
  descriptionAr?: InputMaybe<Scalars['String']['input']>;
  /** Description in French, at most 5,000 characters. On update, null or blank clears it. */
  descriptionFr?: InputMaybe<Scalars['String']['input']>;
  /** End, ISO-8601 date-time with its UTC offset; not before startsAt (else BAD_USER_INPUT naming endsAt). On update, null clears it. */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** New kind; null leaves it as it is. */
  kind?: InputMaybe<EventKind>;
  /** Address of the online session, starting with http:// or https://. On update, null clears it. */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Minutes or outcome, once held; at most 20,000 characters, null or blank clears it. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** New start, ISO-8601 date-time with its UTC offset; null leaves it as it is. */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** How much of startsAt is known; MINUTE by default. */
  startsAtPrecision?: InputMaybe<TimePrecision>;
  /** New status, e.g. HELD once it took place; null leaves it as it is. */
  status?: InputMaybe<EventStatus>;
  /** New title, 1–300 characters, not blank: replaces the Arabic or the French title, by its script. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Title in Arabic, 1–300 characters, not blank; wins over `title` for the Arabic title. Null: not set, or unchanged on update. */
  titleAr?: InputMaybe<Scalars['String']['input']>;
  /** Title in French, 1–300 characters, not blank; wins over `title` for the French title. Null: not set, or unchanged on update. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
  /** Where it takes place, at most 300 characters. On update, null or blank clears it. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a draft review; an omitted field keeps its value, null clears an optional one. */
export type UpdateReviewInput = {
  /** The reviewer's comment, up to 5,000 characters; blank is stored as null. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The "did it open government?" rating; null when not assessed. */
  didItOpenGovernment?: InputMaybe<OpenGovernmentEffect>;
  /** The potential-for-results rating; null when not assessed. */
  potentialForResults?: InputMaybe<PotentialForResults>;
  /** Completion on the OGP IRM scale as the network verified it; cannot be cleared. */
  verifiedCompletion?: InputMaybe<CompletionLevel>;
};

/** An address the platform calls (HTTP POST, signed per Standard Webhooks) when an event of one of its kinds happens. Owned by a collectivity (registered by one of its admins) or by the network; only its owner reads it. */
export type Webhook = {
  /** False once disabled after a delivery failed every retry; a disabled endpoint receives nothing. */
  active: Scalars['Boolean']['output'];
  /** When it was registered, ISO-8601 date-time in UTC. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it was disabled; null while active. */
  disabledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Its id (UUID). */
  id: Scalars['ID']['output'];
  /** The kinds of events it receives. */
  kinds: Array<NotificationKind>;
  /** When it was registered or last changed (disabled), set by the database on every write (ISO-8601 date-time, UTC); `webhooks` takes `filter.updatedSince` to read what changed, and `deletedWebhooks` lists those deleted. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where deliveries are sent (https; http and local addresses only outside production). */
  url: Scalars['String']['output'];
};

/** A page of the caller's webhooks, newest first (in sync order with `filter.updatedSince` or a sync cursor). */
export type WebhookConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<Webhook>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** One attempt to deliver one message to a webhook: the owner's delivery log. */
export type WebhookDelivery = {
  /** Which attempt at this message it was, from 1. */
  attempt: Scalars['Int']['output'];
  /** When it was made, ISO-8601 date-time in UTC. */
  attemptedAt: Scalars['DateTimeISO']['output'];
  /** How long the attempt took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why it failed, when it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** The attempt’s id (UUID). */
  id: Scalars['ID']['output'];
  /** The kind of event delivered. */
  kind: NotificationKind;
  /** The message’s `webhook-id` header (`msg_…`), the same for every attempt at one message. */
  messageId: Scalars['String']['output'];
  /** The HTTP status the endpoint answered; null when no answer came. */
  statusCode?: Maybe<Scalars['Int']['output']>;
  /** Whether the endpoint answered with a 2xx status. */
  succeeded: Scalars['Boolean']['output'];
};

/** A page of a webhook's delivery attempts, newest first: a log that only grows, read in its own order (no sync order). */
export type WebhookDeliveryConnection = {
  /** The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor). */
  nodes: Array<WebhookDelivery>;
  /** Where this page ends: the cursor to continue with `after`, and whether more rows follow. */
  pageInfo: PageInfo;
  /** Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows `webhooks`; it never widens what the caller may see. */
export type WebhookFilter = {
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A webhook to register. */
export type WebhookInput = {
  /** The kinds of events to receive, at least one. */
  kinds: Array<NotificationKind>;
  /** The https address to POST deliveries to (http and local addresses are refused in production). */
  url: Scalars['String']['input'];
};
