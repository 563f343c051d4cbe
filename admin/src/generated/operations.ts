/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Narrows `accounts`; conditions combine with AND. It never widens what the caller may see. */
export type AccountFilter = {
  /** Only accounts of this collectivity (a UUID). */
  collectivityId?: string | number | null | undefined;
  /** Only accounts with this role. */
  role?: Role | null | undefined;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: string | null | undefined;
};

/** Narrows the programme list; the fields given combine with AND. */
export type ActionProgramFilter = {
  /** Only this collectivity's programmes (UUID; BAD_USER_INPUT on filter.collectivityId otherwise). */
  collectivityId?: string | number | null | undefined;
  /** Only programmes in this lifecycle status. */
  status?: ProgramStatus | null | undefined;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: string | null | undefined;
};

/** The titles and period of a programme; on update, omitted fields keep their value. It must keep a title in Arabic or French (BAD_USER_INPUT on titleFr otherwise). */
export type ActionProgramInput = {
  /** Last day, ISO-8601 date (YYYY-MM-DD), after periodStart (BAD_USER_INPUT on periodEnd otherwise). */
  periodEnd?: string | null | undefined;
  /** First day, ISO-8601 date (YYYY-MM-DD). The period may not overlap that of another programme of the collectivity that is not CLOSED (BAD_USER_INPUT on periodStart). */
  periodStart?: string | null | undefined;
  /** Title in Arabic, 1–300 characters and not blank; null clears it. */
  titleAr?: string | null | undefined;
  /** Title in French, 1–300 characters and not blank; null clears it. */
  titleFr?: string | null | undefined;
};

/** The kinds of supporting actors the OGP Local commitment template lists. */
export type ActorKind =
  /** A civil-society organisation, association, academic or citizens’ group. */
  | 'CIVIL_SOCIETY'
  /** A public body: a ministry, an agency, another collectivity, a deconcentrated service… */
  | 'GOVERNMENT'
  /** A company, a business association or another private actor. */
  | 'PRIVATE_SECTOR';

/** One agenda slot: it needs a title in Arabic or French and must lie within the event. */
export type AgendaItemInput = {
  /** End, ISO-8601 date-time with its UTC offset; not before startsAt, nor after the event ends (else BAD_USER_INPUT naming items.N.endsAt). */
  endsAt: string;
  /** What happens in the slot. */
  kind: AgendaItemKind;
  /** Who speaks, in order, at most 20; null or omitted for nobody. */
  speakers?: Array<SpeakerInput> | null | undefined;
  /** Start, ISO-8601 date-time with its UTC offset; not before the event starts (else BAD_USER_INPUT naming items.N.startsAt). */
  startsAt: string;
  /** Title in Arabic, 1–300 characters; give titleAr, titleFr or both (else BAD_USER_INPUT naming items.N.titleAr). */
  titleAr?: string | null | undefined;
  /** Title in French, 1–300 characters; give titleAr, titleFr or both. */
  titleFr?: string | null | undefined;
};

/** What happens in an agenda slot. */
export type AgendaItemKind =
  /** A break. */
  | 'BREAK'
  /** Open discussion, questions and answers. */
  | 'DISCUSSION'
  /** Anything else. */
  | 'OTHER'
  /** A presentation, e.g. of the membership by the focal point or of the co-creation method by the trainer. */
  | 'PRESENTATION'
  /** Opening words or a speech, e.g. by the council president. */
  | 'SPEECH'
  /** Welcome of participants. */
  | 'WELCOME'
  /** Work in groups, e.g. collecting ideas and proposals. */
  | 'WORKSHOP';

/** Number of people of one category and gender who attended; counts only, no names. */
export type AttendanceInput = {
  /** The stakeholder category counted; each category × gender pair at most once per call (else BAD_USER_INPUT naming counts.N). */
  category: AttendeeCategory;
  /** Number of people, 0 to 100,000 (BAD_USER_INPUT naming count otherwise); null when the category was present but not counted. */
  count?: number | null | undefined;
  /** The gender counted. */
  gender: Gender;
};

/** Council members, members of the consultative body for equality, equal opportunity and the gender approach (IEECAG), associations, school directors, students and researchers, staff, citizens, trainers or network. */
export type AttendeeCategory =
  /** Citizens in their own name; the default category of a citizen proposal. */
  | 'CITIZEN'
  /** Representatives of civil-society associations. */
  | 'CIVIL_SOCIETY'
  /** Members of the collectivity council. */
  | 'COUNCIL_MEMBER'
  /** Members of the consultative body for equality, equal opportunity and the gender approach attached to the council by organic law 113-14 (IEECAG in French usage; the code keeps an older, unofficial acronym). */
  | 'IEPEG_MEMBER'
  /** Directors of schools. */
  | 'SCHOOL_DIRECTOR'
  /** The collectivity's staff. */
  | 'STAFF'
  /** Students and researchers. */
  | 'STUDENT_RESEARCHER'
  /** Trainers, and representatives of the network or its support programme. */
  | 'TRAINER_NETWORK';

/** Narrows `auditLog`; conditions combine with AND. It never widens what the caller may read. */
export type AuditLogFilter = {
  /** Only the changes made with this API key (a UUID). */
  apiKeyId?: string | number | null | undefined;
  /** Only entries of this collectivity (a UUID). */
  collectivityId?: string | number | null | undefined;
  /** Only entries about this type of record, e.g. "Account"; exact match, up to 100 characters. */
  entity?: string | null | undefined;
  /** Only entries about the record with this id; exact match, up to 100 characters. */
  entityId?: string | null | undefined;
  /** Only entries recorded at or after this instant (ISO-8601); entries never change once written, so this is all a sync of the trail needs. In the trail's own order, newest first. */
  updatedSince?: string | null | undefined;
};

/** The charter as a whole: every field is replaced. */
export type CharterInput = {
  /** The members’ commitments, 1–20. */
  commitments: Array<CharterTextInput>;
  /** The decision closing the preamble, in Arabic, up to 4,000 characters. */
  decisionAr: string;
  /** The decision closing the preamble, in French, up to 4,000 characters. */
  decisionFr: string;
  /** The aims of openness, 1–20. */
  objectives: Array<CharterTextInput>;
  /** What an open collectivity is, in Arabic, 1–4,000 characters. */
  openCollectivityAr: string;
  /** What an open collectivity is, in French, 1–4,000 characters. */
  openCollectivityFr: string;
  /** The recitals of its preamble, 0–20. */
  preamble: Array<CharterTextInput>;
  /** What the charter sets out, in Arabic, up to 4,000 characters. */
  purposeAr: string;
  /** What the charter sets out, in French, up to 4,000 characters. */
  purposeFr: string;
  /** The network’s values, 1–20. */
  values: Array<CharterTextInput>;
};

/** One paragraph or item of the charter, in both languages. */
export type CharterTextInput = {
  /** In Arabic. */
  textAr: string;
  /** In French. */
  textFr: string;
};

/** Narrows the list of waves. */
export type CohortFilter = {
  /** Matches Arabic and French labels and the period, ignoring case, accents and Arabic letter variants. */
  search?: string | null | undefined;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: string | null | undefined;
};

/** A new wave of members. */
export type CohortInput = {
  /** Its name in Arabic, 1–200 characters, unique among waves. */
  labelAr: string;
  /** Its name in French, 1–200 characters, unique among waves. */
  labelFr: string;
  /** The year or month it stands for, ISO-8601: "2024" or "2024-12". */
  period: string;
};

/** Narrows `collectivities`; conditions combine with AND. */
export type CollectivityFilter = {
  /** Only collectivities of this kind. */
  kind?: CollectivityKind | null | undefined;
  /** Text found anywhere in the Arabic name, French name or code, ignoring case, accents and Arabic letter variants; up to 200 characters, blank matches all. */
  search?: string | null | undefined;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: string | null | undefined;
};

/** Kind of territorial collectivity; it fixes which kind may sit directly above: commune → prefecture or province → region. */
export type CollectivityKind =
  /** Commune (جماعة); its parent is a prefecture or a province. */
  | 'COMMUNE'
  /** Prefecture council (مجلس عمالة, conseil préfectoral); its parent is a region. */
  | 'PREFECTURE'
  /** Province council (مجلس إقليم, conseil provincial); its parent is a region. */
  | 'PROVINCE'
  /** Region (جهة, région): the top level, 12 since the 2015 division, coded 01–12; has no parent. */
  | 'REGION';

/** Changes to a profile: a field omitted stays as it is, null clears it; text is trimmed. */
export type CollectivityProfileInput = {
  /** Public contact email; must be an email address (BAD_USER_INPUT otherwise). */
  contactEmail?: string | null | undefined;
  /** Public contact phone: an optional leading + then 6–30 digits, spaces or ( ) . - (BAD_USER_INPUT otherwise). */
  contactPhone?: string | null | undefined;
  /** Presentation of the collectivity in Arabic, up to 5,000 characters. */
  descriptionAr?: string | null | undefined;
  /** Presentation of the collectivity in French, up to 5,000 characters. */
  descriptionFr?: string | null | undefined;
  /** Name of the focal point (نقطة ارتكاز), up to 200 characters. */
  focalPointName?: string | null | undefined;
  /** The focal point's position or role, up to 200 characters. */
  focalPointRole?: string | null | undefined;
};

/** An amendment of a commitment of an adopted programme, approved by the council: why, at which council session, from which day, and what changes. Any field of CommitmentInput, the whole list of milestones, and the indicators (added, corrected — targets included — or removed) may change in one amendment; at least one thing must change (BAD_USER_INPUT on changes). */
export type CommitmentAmendmentInput = {
  /** The day the amendment takes effect, ISO-8601 date (YYYY-MM-DD), not in the future. */
  amendedOn: string;
  /** The fields to change, checked as by createCommitment (field paths are prefixed with changes., e.g. changes.endsOn); omitted ones keep their value. */
  changes?: CommitmentInput | null | undefined;
  /** The COUNCIL_SESSION event of the commitment's collectivity that approved the amendment, held (started) no later than amendedOn (BAD_USER_INPUT on councilSessionEventId otherwise). */
  councilSessionEventId: string | number;
  /** Indicators to add, correct or remove, at most 50; null leaves them. */
  indicators?: Array<IndicatorChangeInput> | null | undefined;
  /** The whole new list of milestones, at most 100, each within the commitment's period as amended (BAD_USER_INPUT naming milestones.N.dueOn); null leaves them. */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** Why the commitment is amended, 1–2,000 characters and not blank. */
  reason: string;
};

/** Whom to contact about a commitment; blank parts are stored as not given. It replaces the whole contact. */
export type CommitmentContactInput = {
  /** An e-mail address, up to 254 characters (BAD_USER_INPUT on contact.email when malformed). */
  email?: string | null | undefined;
  /** The person or office, up to 300 characters. */
  name?: string | null | undefined;
  /** A telephone number: digits, spaces, +, -, ( and ), up to 40 characters. */
  phone?: string | null | undefined;
  /** Their title or position, up to 300 characters. */
  role?: string | null | undefined;
};

/** Narrows the commitment list; the fields given combine with AND. */
export type CommitmentFilter = {
  /** Only this collectivity's commitments (UUID; BAD_USER_INPUT otherwise). */
  collectivityId?: string | number | null | undefined;
  /** Only commitments at this declared completion level. */
  completion?: CompletionLevel | null | undefined;
  /** Only commitments naming this openness principle (among others or not). */
  principle?: OpennessPrinciple | null | undefined;
  /** Only this programme's commitments (UUID; BAD_USER_INPUT otherwise). */
  programId?: string | number | null | undefined;
  /** Text contained in the titles, problem or action, ignoring case, accents and Arabic letter variants; up to 200 characters, blank ignored. */
  search?: string | null | undefined;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: string | null | undefined;
};

/** A commitment on the OGP template; on update, omitted fields keep their value. It must keep a title in Arabic or French (BAD_USER_INPUT on titleFr) and at least one principle. */
export type CommitmentInput = {
  /** What will be done, up to 5,000 characters; null or blank clears it. */
  action?: string | null | undefined;
  /** A priority axis of the commitment's own programme (UUID; BAD_USER_INPUT on axisId otherwise); null unlinks it. */
  axisId?: string | number | null | undefined;
  /** The causes of the problem, up to 5,000 characters; null or blank clears it. */
  causes?: string | null | undefined;
  /** Completion on the OGP IRM scale as the collectivity assesses it; null keeps the current level (NOT_STARTED at creation). */
  completion?: CompletionLevel | null | undefined;
  /** Whom to contact about it; replaces the whole contact, null keeps it (an empty object clears it). */
  contact?: CommitmentContactInput | null | undefined;
  /** How it contributes to solving the problem, up to 5,000 characters; null or blank clears it. */
  contribution?: string | null | undefined;
  /** Last day, ISO-8601 date (YYYY-MM-DD), not before startsOn nor after the programme's periodEnd (BAD_USER_INPUT on endsOn); null clears it. */
  endsOn?: string | null | undefined;
  /** The collectivity's unit leading its implementation, up to 300 characters; null or blank clears it. */
  leadUnit?: string | null | undefined;
  /** The objective: the results expected, up to 5,000 characters; null or blank clears it. */
  objective?: string | null | undefined;
  /** Partners by name, at most 30, blank names dropped; replaces the whole list, null keeps it. */
  partners?: Array<string> | null | undefined;
  /** The openness principles it serves: 1–5, duplicates removed (BAD_USER_INPUT on principles when none); null keeps the current ones. */
  principles?: Array<OpennessPrinciple> | null | undefined;
  /** The public problem it addresses, up to 5,000 characters; null or blank clears it. */
  problem?: string | null | undefined;
  /** How it is relevant to each of its principles, at most one text per principle (BAD_USER_INPUT on relevance.N.principle for a principle it does not name); replaces the whole list, null keeps it. */
  relevance?: Array<PrincipleRelevanceInput> | null | undefined;
  /** First day, ISO-8601 date (YYYY-MM-DD), not before the programme's periodStart (BAD_USER_INPUT on startsOn); null clears it. */
  startsOn?: string | null | undefined;
  /** The situation before the commitment, up to 5,000 characters; null or blank clears it. */
  statusQuo?: string | null | undefined;
  /** Supporting actors by kind, at most 30; replaces the whole list, null keeps it. */
  supportingActors?: Array<SupportingActorInput> | null | undefined;
  /** Title in Arabic, 1–300 characters and not blank; null clears it. */
  titleAr?: string | null | undefined;
  /** Title in French, 1–300 characters and not blank; null clears it. */
  titleFr?: string | null | undefined;
};

/** What made a version of a commitment. */
export type CommitmentVersionKind =
  /** The text as its programme was adopted by the council. */
  | 'ADOPTION'
  /** An amendment after adoption (amendCommitment), with its reason and approving council session. */
  | 'AMENDMENT';

/** Completion on the OGP Independent Reporting Mechanism (IRM) scale, assessed by hand: it is not derived from milestone progress. */
export type CompletionLevel =
  /** Complete: the commitment is fully implemented. */
  | 'COMPLETE'
  /** Limited: a small part of the commitment is done. */
  | 'LIMITED'
  /** Not started: the level of a new commitment. */
  | 'NOT_STARTED'
  /** No evidence available to assess completion. */
  | 'NO_EVIDENCE'
  /** Substantial: most of the commitment is done. */
  | 'SUBSTANTIAL';

/** A new account. */
export type CreateAccountInput = {
  /** UUID of the account's collectivity: required for commune roles (a collectivity admin may omit it to mean its own), empty for NETWORK_ADMIN; BAD_USER_INPUT naming `collectivityId` otherwise or when it names no collectivity. */
  collectivityId?: string | number | null | undefined;
  /** The person's name as displayed, 1–200 characters; surrounding spaces are trimmed. */
  displayName: string;
  /** Sign-in email, up to 254 characters, stored trimmed and lower-case; one already used by any account is BAD_USER_INPUT naming `email`. */
  email: string;
  /** Initial password, 10–200 characters; stored only as an Argon2 hash. */
  password: string;
  /** Its role; a collectivity admin may not create a NETWORK_ADMIN (FORBIDDEN). */
  role: Role;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** What the key is for (e.g. "commune website"), 1–100 characters; surrounding spaces are trimmed. */
  name: string;
  /** True for a key that only reads; false for one that also writes, with its creator's rights. */
  readOnly: boolean;
};

/** A new collectivity (reference data), recorded by the network. */
export type CreateCollectivityInput = {
  /** Official code, 1–40 characters, unique within the kind (BAD_USER_INPUT naming `code` otherwise); null when unknown. */
  code?: string | null | undefined;
  /** Its kind, which fixes the kind its parent may be. */
  kind: CollectivityKind;
  /** Official name in Arabic, 1–300 characters; surrounding spaces are trimmed. */
  nameAr: string;
  /** Official name in French, 1–300 characters; surrounding spaces are trimmed. */
  nameFr: string;
  /** UUID of the collectivity directly above: a region for a prefecture or province, a prefecture or province for a commune, none for a region; null when unknown. Anything else is BAD_USER_INPUT naming `parentId`. */
  parentId?: string | number | null | undefined;
};

/** A new event, created unpublished: for the caller's collectivity (from the token), or as a network event for a NETWORK_ADMIN. Invalid values return BAD_USER_INPUT naming the field. */
export type CreateEventInput = {
  /** Description in Arabic, at most 5,000 characters. On update, null or blank clears it. */
  descriptionAr?: string | null | undefined;
  /** Description in French, at most 5,000 characters. On update, null or blank clears it. */
  descriptionFr?: string | null | undefined;
  /** End, ISO-8601 date-time with its UTC offset; not before startsAt (else BAD_USER_INPUT naming endsAt). On update, null clears it. */
  endsAt?: string | null | undefined;
  /** The step of the co-creation process it belongs to. */
  kind: EventKind;
  /** Address of the online session, starting with http:// or https://. On update, null clears it. */
  onlineUrl?: string | null | undefined;
  /** Start, ISO-8601 date-time with its UTC offset, e.g. "2025-03-18T10:30:00+01:00". */
  startsAt: string;
  /** How much of startsAt is known; MINUTE by default. */
  startsAtPrecision?: TimePrecision | null | undefined;
  /** Title, 1–300 characters, not blank: stored as the Arabic title if it contains Arabic script, else as the French one. */
  title: string;
  /** Title in Arabic, 1–300 characters, not blank; wins over `title` for the Arabic title. Null: not set, or unchanged on update. */
  titleAr?: string | null | undefined;
  /** Title in French, 1–300 characters, not blank; wins over `title` for the French title. Null: not set, or unchanged on update. */
  titleFr?: string | null | undefined;
  /** Where it takes place, at most 300 characters. On update, null or blank clears it. */
  venue?: string | null | undefined;
};

/** When an account receives the e-mails of one kind of notification. */
export type EmailFrequency =
  /** One e-mail a day (in the morning, Morocco time) listing the previous day's notifications. */
  | 'DAILY_DIGEST'
  /** One e-mail as soon as it happens. */
  | 'IMMEDIATE';

/** Narrows the events list; the criteria given combine (AND). */
export type EventFilter = {
  /** A collectivity's events: its own and the network events it attended. BAD_USER_INPUT naming filter.collectivityId when not a UUID. */
  collectivityId?: string | number | null | undefined;
  /** Only events of this kind. */
  kind?: EventKind | null | undefined;
  /** Only collectivities' own events, or only network events. */
  organizer?: EventOrganizer | null | undefined;
  /** Only events in this status, e.g. HELD for the trainings the capacity-building figures count. */
  status?: EventStatus | null | undefined;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: string | null | undefined;
};

/** The step of the co-creation process an event belongs to. */
export type EventKind =
  /** Meeting of the committee monitoring the preparation, implementation and evaluation of the openness programme. */
  | 'COMMITTEE_MEETING'
  /** Session of the collectivity council, e.g. the one that adopts the programme. */
  | 'COUNCIL_SESSION'
  /** Co-creation workshop collecting ideas and proposals from council members, civil society and other participants. */
  | 'CO_CREATION_WORKSHOP'
  /** Information meeting, e.g. the kickoff of the preparation of the openness action programme. */
  | 'INFORMATION_MEETING'
  /** Meeting of the network with its members. */
  | 'NETWORK_MEETING'
  /** Public consultation on the draft programme; while open (published, not CANCELLED, started, endsAt set and not passed) anyone may send proposals with submitProposal. */
  | 'PUBLIC_CONSULTATION'
  /** Communication and training meeting, e.g. on the support programme and the co-creation method for newly joined collectivities. */
  | 'TRAINING';

/** Who organises an event: a collectivity, or the network. */
export type EventOrganizer =
  /** Organised by a collectivity and recorded under it; only that collectivity's accounts edit it. */
  | 'COLLECTIVITY'
  /** Organised by the network and recorded by a NETWORK_ADMIN: its collectivity is null, and it appears in the lists of every collectivity that attended. */
  | 'NETWORK';

/** Whether an event is still to come, took place, or was called off. */
export type EventStatus =
  /** Called off; a cancelled public consultation accepts no citizen proposals. */
  | 'CANCELLED'
  /** Took place. */
  | 'HELD'
  /** Scheduled and not yet held: the status of a new event. */
  | 'PLANNED';

/** Gender of the people counted, for gender-disaggregated figures. */
export type Gender =
  /** Women. */
  | 'FEMALE'
  /** Men. */
  | 'MALE'
  /** Gender not recorded. */
  | 'UNSPECIFIED';

/** One change to a commitment's indicators within an amendment: with no indicatorId, a new indicator (title, baseline, target and direction required, BAD_USER_INPUT naming indicators.N.<field>); with one, a correction of that indicator, or its removal when remove is true. */
export type IndicatorChangeInput = {
  /** The value before the commitment: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  baseline?: number | null | undefined;
  /** Whether reaching the target means the value going up or down. */
  direction?: IndicatorDirection | null | undefined;
  /** An indicator of the amended commitment (UUID; BAD_USER_INPUT on indicators.N.indicatorId otherwise); null adds one. */
  indicatorId?: string | number | null | undefined;
  /** True removes the indicator named, with its measurements. */
  remove?: boolean;
  /** The value to reach: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  target?: number | null | undefined;
  /** What is measured, 1–300 characters and not blank. */
  title?: string | null | undefined;
  /** Unit of the values, up to 50 characters. */
  unit?: string | null | undefined;
};

/** Which way an indicator must move from its baseline to reach its target. */
export type IndicatorDirection =
  /** Lower is better: the target is below the baseline. */
  | 'DECREASE'
  /** Higher is better: the target is above the baseline. */
  | 'INCREASE';

/** A new indicator of a commitment. */
export type IndicatorInput = {
  /** The value before the commitment, in unit: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  baseline: number;
  /** Whether reaching the target means the value going up or down. */
  direction: IndicatorDirection;
  /** The value to reach, in unit: above the baseline for INCREASE, below it for DECREASE (BAD_USER_INPUT on target otherwise); a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  target: number;
  /** What is measured, 1–300 characters. */
  title: string;
  /** Unit of the values (e.g. "%", "requests"), up to 50 characters; empty by default. */
  unit?: string;
};

/** Corrections to an indicator: omitted fields keep their value; the target must still lie in its direction from the baseline (BAD_USER_INPUT on target). */
export type IndicatorUpdateInput = {
  /** The value before the commitment: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  baseline?: number | null | undefined;
  /** Whether reaching the target means the value going up or down. */
  direction?: IndicatorDirection | null | undefined;
  /** The value to reach: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  target?: number | null | undefined;
  /** What is measured, 1–300 characters and not blank. */
  title?: string | null | undefined;
  /** Unit of the values, up to 50 characters. */
  unit?: string | null | undefined;
};

/** Language of a text: fields with a `language` argument answer in it (Arabic by default), else in the other language when the text exists only there. */
export type Language =
  /** Arabic (العربية). */
  | 'AR'
  /** French (français). */
  | 'FR';

/** Which library entries to list; every condition given must hold. */
export type LibraryEntryFilter = {
  /** Only entries coming from this collectivity. */
  collectivityId?: string | number | null | undefined;
  /** Only entries of this kind. */
  kind?: LibraryEntryKind | null | undefined;
  /** Only entries serving this principle. */
  principle?: OpennessPrinciple | null | undefined;
  /** Full-text search over titles, summaries and bodies in Arabic and French: every word must match (the last one as a prefix), ignoring case, French accents, Arabic letter variants (أ إ آ ا, ة ه, ى ي) and the Arabic article. Best matches first. */
  search?: string | null | undefined;
  /** Only entries in this status (e.g. PROPOSED: the proposals awaiting a decision). */
  status?: LibraryEntryStatus | null | undefined;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: string | null | undefined;
};

/** A library entry as the network writes it; on update, any subset (a list given replaces the old one). */
export type LibraryEntryInput = {
  /** The full text in Arabic, at most 50,000 characters. */
  bodyAr?: string | null | undefined;
  /** The full text in French, at most 50,000 characters. */
  bodyFr?: string | null | undefined;
  /** The collectivity the practice comes from; null for the network’s own material. */
  collectivityId?: string | number | null | undefined;
  /** Commitments the entry documents, all of `collectivityId` (replaces the list). */
  commitmentIds?: Array<string | number> | null | undefined;
  /** The kind of entry: required to create one; GOOD_PRACTICE by default when proposing from a commitment. */
  kind?: LibraryEntryKind | null | undefined;
  /** Attached links, at most 20 (replaces the list). */
  links?: Array<LibraryLinkInput> | null | undefined;
  /** The principles the entry serves (replaces the list). */
  principles?: Array<OpennessPrinciple> | null | undefined;
  /** A summary in Arabic, at most 2,000 characters. */
  summaryAr?: string | null | undefined;
  /** A summary in French, at most 2,000 characters. */
  summaryFr?: string | null | undefined;
  /** The title in Arabic, 1–300 characters. */
  titleAr?: string | null | undefined;
  /** The title in French, 1–300 characters. */
  titleFr?: string | null | undefined;
};

/** What a library entry offers to the network’s members. */
export type LibraryEntryKind =
  /** The account of one experience, with its context and lessons. */
  | 'CASE_STUDY'
  /** A practice of a member collectivity worth spreading, usually documenting some of its commitments. */
  | 'GOOD_PRACTICE'
  /** A way of working, step by step (e.g. the co-creation method). */
  | 'METHOD'
  /** A model document to fill in (e.g. a commitment sheet). */
  | 'TEMPLATE'
  /** A tool to use as it is (e.g. a register of information requests). */
  | 'TOOL';

/** Where an entry stands between its writing or proposal and its publication by the network. */
export type LibraryEntryStatus =
  /** A proposal the network declined, with its reason; not public. */
  | 'DECLINED'
  /** Written (or withdrawn from publication) by the network, not public. */
  | 'DRAFT'
  /** Proposed by a collectivity from its commitments, awaiting the network’s decision; not public. */
  | 'PROPOSED'
  /** Published by the network: public, anonymous callers included. */
  | 'PUBLISHED';

/** A link to attach to a library entry. */
export type LibraryLinkInput = {
  /** What the link leads to. */
  label?: string | null | undefined;
  /** An http or https address. */
  url: string;
};

/** What a collectivity proposes to the library; unset fields are taken from the commitment (titles, principles). */
export type LibraryProposalInput = {
  /** The full text in Arabic, at most 50,000 characters. */
  bodyAr?: string | null | undefined;
  /** The full text in French, at most 50,000 characters. */
  bodyFr?: string | null | undefined;
  /** The kind of entry: required to create one; GOOD_PRACTICE by default when proposing from a commitment. */
  kind?: LibraryEntryKind | null | undefined;
  /** Attached links, at most 20 (replaces the list). */
  links?: Array<LibraryLinkInput> | null | undefined;
  /** The principles the entry serves (replaces the list). */
  principles?: Array<OpennessPrinciple> | null | undefined;
  /** A summary in Arabic, at most 2,000 characters. */
  summaryAr?: string | null | undefined;
  /** A summary in French, at most 2,000 characters. */
  summaryFr?: string | null | undefined;
  /** The title in Arabic, 1–300 characters. */
  titleAr?: string | null | undefined;
  /** The title in French, 1–300 characters. */
  titleFr?: string | null | undefined;
};

/** A dated value of an indicator. */
export type MeasurementInput = {
  /** The day measured, ISO-8601 date (YYYY-MM-DD); a measurement already on that day is replaced. */
  measuredOn: string;
  /** A remark on the value or its source, up to 1,000 characters. */
  note?: string | null | undefined;
  /** The measured value, in the indicator's unit: a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field). */
  value: number;
};

/** Narrows the members listed. */
export type MemberProgressFilter = {
  /** Only members of this wave; BAD_USER_INPUT naming `cohortId` when not a UUID. */
  cohortId?: string | number | null | undefined;
  /** Only members in the region of this code ("01"–"12"); BAD_USER_INPUT naming `regionCode` otherwise. */
  regionCode?: string | null | undefined;
  /** Only members at this stage. */
  stage?: MemberStage | null | undefined;
  /** Only members whose current stage was reached at or after this instant, compared at the precision `since` is known (a month-precision "2025-10" is kept for any instant of October 2025). Progress is computed, so it has no sync order or deletions: read it again whole when in doubt. */
  updatedSince?: string | null | undefined;
};

/** Where a member stands on the network’s path: the furthest stage its records prove (directory.member_fact, kept by participation and evaluation), never typed in. Anonymous callers see the stage its published records prove. */
export type MemberStage =
  /** Its council adopted its openness action programme. */
  | 'ADOPTED'
  /** Its committee monitoring the openness programme held a meeting. */
  | 'COMMITTEE_FORMED'
  /** It held a public consultation. */
  | 'CONSULTATION'
  /** It held a co-creation workshop. */
  | 'CO_CREATION'
  /** Its programme is in implementation, or it wrote a progress report. */
  | 'IMPLEMENTING'
  /** A member with no later record yet. */
  | 'JOINED'
  /** The network published a review of one of its commitments. */
  | 'REVIEWED'
  /** It attended a training held by the network (its support programme). */
  | 'TRAINED';

/** State of a collectivity's membership of the network; only ACTIVE members count in the network's figures. */
export type MembershipStatus =
  /** A member in good standing, counted in the network's figures. */
  | 'ACTIVE'
  /** Ended: not counted; `admitMember` may admit the collectivity again. */
  | 'ENDED'
  /** Suspended by the network: not counted; `setMembershipStatus` may reactivate it. */
  | 'SUSPENDED';

/** A milestone done, or undone: carrying the programme out, open after adoption. */
export type MilestoneDoneInput = {
  /** The day it was done, ISO-8601 date (YYYY-MM-DD), not in the future; null marks it pending again. */
  doneOn?: string | null | undefined;
  /** Evidence that it was done, up to 2,000 characters; omitted keeps it, null or blank clears it. */
  evidence?: string | null | undefined;
};

/** One milestone; its place in the list is its order. */
export type MilestoneInput = {
  /** What it delivers, up to 1,000 characters; blank is none. */
  deliverable?: string | null | undefined;
  /** The day it was done, ISO-8601 date (YYYY-MM-DD); null while pending. */
  doneOn?: string | null | undefined;
  /** Planned date, ISO-8601 date (YYYY-MM-DD), within the commitment's period (BAD_USER_INPUT naming milestones.N.dueOn). */
  dueOn?: string | null | undefined;
  /** Evidence that it was done (a link, a document reference…), up to 2,000 characters; blank is none. */
  evidence?: string | null | undefined;
  /** Planned start, ISO-8601 date (YYYY-MM-DD), within the commitment's period and not after dueOn (BAD_USER_INPUT naming milestones.N.startsOn). */
  startsOn?: string | null | undefined;
  /** What is to be done, 1–300 characters and not blank. */
  title: string;
  /** Its weight in the commitment's progress, 1–100, default 1. */
  weight?: number;
};

/** What a notification is about; one list for the inbox, e-mail and webhooks. */
export type NotificationKind =
  /** A commune's public consultation opened: to the citizens who follow it. */
  | 'CONSULTATION_OPENED'
  /** An event published: to the webhooks subscribed to it. */
  | 'EVENT_PUBLISHED'
  /** A membership admitted or suspended: to the collectivity’s admins. */
  | 'MEMBERSHIP_CHANGED'
  /** A milestone due within 14 days or overdue: to the commune’s admins. */
  | 'MILESTONE_DUE'
  /** A programme’s status changed: to the network. */
  | 'PROGRAM_STATUS_CHANGED'
  /** A proposal answered and published: to the citizen who left an e-mail address and agreed to be contacted. */
  | 'PROPOSAL_ANSWERED'
  /** A new proposal in the commune (a citizen's or one the commune entered): to its editors and admins. */
  | 'PROPOSAL_SUBMITTED'
  /** A progress report due: to the commune’s admins. */
  | 'REPORT_DUE'
  /** A review or programme report published: to the commune’s admins. */
  | 'REVIEW_PUBLISHED'
  /** A network training planned: to the focal points of the invited members. */
  | 'TRAINING_INVITATION'
  /** A webhook endpoint disabled after its deliveries failed every retry: to its owner’s admins. */
  | 'WEBHOOK_DISABLED';

/** What to hear of one kind of notification, and how. */
export type NotificationKindPreferenceInput = {
  /** Whether it is sent by e-mail. */
  email: boolean;
  /** By e-mail at once, or in the daily digest. */
  emailFrequency: EmailFrequency;
  /** Whether it appears in the console inbox. */
  inbox: boolean;
  /** The kind of notification. */
  kind: NotificationKind;
};

/** Changes to the signed-in account’s preferences; what is left out stays as it is. */
export type NotificationPreferencesInput = {
  /** The kinds to change, each at most once; the others stay as they are. */
  kinds?: Array<NotificationKindPreferenceInput> | null | undefined;
  /** The e-mails' language; null: both Arabic and French; left out: unchanged. */
  language?: Language | null | undefined;
};

/** The steps a new member goes through, in their usual order. */
export type OnboardingStepKind =
  /** It formed the committee monitoring the preparation, implementation and evaluation of its openness programme. */
  | 'COMMITTEE_FORMED'
  /** It named the focal point who represents it in the network. */
  | 'FOCAL_POINT_NAMED'
  /** It took part in an information meeting on the network and its support programme. */
  | 'INFORMATION_MEETING'
  /** It started preparing its openness action programme with civil society. */
  | 'PROGRAMME_STARTED'
  /** The network recorded it as trained (its own declaration; the participation subgraph separately counts the trainings the collectivity is recorded as having attended). */
  | 'TRAINING';

/** The OGP IRM's "did it open government?" rating: how far the implemented commitment changed government practice. */
export type OpenGovernmentEffect =
  /** Government practice did not change. */
  | 'DID_NOT_CHANGE'
  /** A step forward for openness in the policy area, limited in scope or scale. */
  | 'MAJOR'
  /** Some change, but minor in its effect on openness. */
  | 'MARGINAL'
  /** A reform that transformed business as usual in the policy area. */
  | 'OUTSTANDING'
  /** Government openness worsened. */
  | 'WORSENED';

/** One of the five openness principles of the network's charter; proposals and commitments are tagged with them. */
export type OpennessPrinciple =
  /** The right of access to information (الحق في الوصول إلى المعلومة), law 31-13, including proactive publication. */
  | 'ACCESS_TO_INFORMATION'
  /** Accountability (المساءلة, redevabilité). */
  | 'ACCOUNTABILITY'
  /** Citizen participation (المشاركة المواطنة, participation citoyenne). */
  | 'CITIZEN_PARTICIPATION'
  /** Digitalisation (الرقمنة, digitalisation). */
  | 'DIGITALIZATION'
  /** Transparency (الشفافية, transparence). */
  | 'TRANSPARENCY';

/** Narrows the organisations list; the criteria given combine (AND). */
export type OrganisationFilter = {
  /** Only this collectivity's registry (UUID; BAD_USER_INPUT naming the field when malformed). */
  collectivityId?: string | number | null | undefined;
  /** Matches Arabic and French names, ignoring case, accents and Arabic letter variants; at most 200 characters. */
  search?: string | null | undefined;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: string | null | undefined;
};

/** An organisation’s fields: it needs a name in Arabic or French (else BAD_USER_INPUT naming nameFr). On update, omitted fields stay as they are and null clears one. */
export type OrganisationInput = {
  /** Contact email address; seen only by the commune and the network. */
  contactEmail?: string | null | undefined;
  /** Contact phone number, 6–30 digits, spaces or + ( ) . -; seen only by the commune and the network. */
  contactPhone?: string | null | undefined;
  /** Field of action, e.g. youth, women, environment; at most 200 characters. */
  field?: string | null | undefined;
  /** Name in Arabic, 1–300 characters, not blank. */
  nameAr?: string | null | undefined;
  /** Name in French, 1–300 characters, not blank. */
  nameFr?: string | null | undefined;
  /** Partnership with the collectivity; NONE when not given on create, null leaves it as it is. */
  partnerStatus?: PartnerStatus | null | undefined;
};

/** Whether an organisation is a partner of the collectivity. */
export type PartnerStatus =
  /** Was a partner, no longer is. */
  | 'FORMER_PARTNER'
  /** Not a partner (the default). */
  | 'NONE'
  /** A current partner of the collectivity. */
  | 'PARTNER';

/** The OGP IRM's potential-for-results rating: what the commitment, as designed, could change. */
export type PotentialForResults =
  /** Modest: a positive but stand-alone or incremental change. */
  | 'MODEST'
  /** Substantial: could change the rules, practices or institutions of the policy area. */
  | 'SUBSTANTIAL'
  /** Unclear: continues existing practice, or too vague to judge its added value. */
  | 'UNCLEAR';

/** How a commitment is relevant to one of the principles it names. */
export type PrincipleRelevanceInput = {
  /** One of the commitment's principles (BAD_USER_INPUT on relevance.N.principle otherwise, or when given twice). */
  principle: OpennessPrinciple;
  /** How the commitment serves it, 1–2,000 characters and not blank. */
  text: string;
};

/** One priority axis; its place in the list is its order. It needs a title in Arabic or French. */
export type PriorityAxisInput = {
  /** The openness principles the axis serves, at most 5, duplicates removed; none by default. */
  principles?: Array<OpennessPrinciple>;
  /** Title in Arabic, 1–300 characters. */
  titleAr?: string | null | undefined;
  /** Title in French, 1–300 characters; BAD_USER_INPUT on axes.N.titleFr when the axis has neither title. */
  titleFr?: string | null | undefined;
};

/** The lifecycle of an openness action programme, in order: it moves forward one step at a time, and may step back any number of steps with a reason. */
export type ProgramStatus =
  /** Adopted by the council at a dated session (adoptedOn and councilSession are set). */
  | 'ADOPTED'
  /** Finished: no longer the collectivity’s current programme, and no obstacle to a new programme over the same period. */
  | 'CLOSED'
  /** The draft is under public consultation before adoption. */
  | 'CONSULTATION'
  /** Being prepared with local civil society (information meetings, priority axes, workshops): the initial status, and the only one in which a programme may be deleted. */
  | 'CO_CREATION'
  /** Adopted and being implemented, monitored and evaluated. */
  | 'IMPLEMENTATION';

/** The status to move a programme to, with what that move requires. */
export type ProgramStatusInput = {
  /** The adoption date, ISO-8601 at the precision known (YYYY, YYYY-MM or YYYY-MM-DD): required to move forward to ADOPTED (BAD_USER_INPUT on adoptedOn), ignored otherwise. */
  adoptedOn?: string | null | undefined;
  /** The PUBLIC_CONSULTATION held for the programme before adoption: an event of its collectivity, not cancelled, over (HELD, or ended before now) and started no later than adoptedOn, and after the adoption of the collectivity's previous programme (a consultation held for that one does not count again) (BAD_USER_INPUT on consultationEventId otherwise). Omitted, the latest such consultation is taken; adoption is refused (BAD_USER_INPUT on consultationEventId) when there is none and no consultationWaiver is given. */
  consultationEventId?: string | number | null | undefined;
  /** Why the programme is adopted without a public consultation held for it, up to 2,000 characters: stated instead of a consultation, and kept on the programme (consultationWaiver). */
  consultationWaiver?: string | null | undefined;
  /**
   * The adopting council session as free text, e.g. "October 2025 ordinary session", up to 300 characters: moving forward to ADOPTED requires it or councilSessionEventId (BAD_USER_INPUT on councilSessionEventId when neither is given); ignored otherwise.
   * @deprecated Use councilSessionEventId: the COUNCIL_SESSION event that adopted the programme.
   */
  councilSession?: string | null | undefined;
  /** The COUNCIL_SESSION event of the programme's collectivity that adopted it, started no later than adoptedOn (BAD_USER_INPUT on councilSessionEventId otherwise): how a move forward to ADOPTED names its session; ignored otherwise. */
  councilSessionEventId?: string | number | null | undefined;
  /** Why, up to 2,000 characters: required to step back (BAD_USER_INPUT on reason), optional forward. */
  reason?: string | null | undefined;
  /** The new status: the next one in the lifecycle, or any earlier one with a reason. The current status or a skipped step gives BAD_USER_INPUT on status. */
  status: ProgramStatus;
};

/** A progress report on a period of a programme. */
export type ProgressReportInput = {
  /** One entry per commitment reported on, at most 100; none by default. */
  entries?: Array<ReportEntryInput>;
  /** Account of the period, up to 20,000 characters; empty by default. */
  narrative?: string;
  /** Last day of the period, ISO-8601 date (YYYY-MM-DD), not before periodStart (BAD_USER_INPUT on periodEnd otherwise). */
  periodEnd: string;
  /** First day of the period, ISO-8601 date (YYYY-MM-DD). */
  periodStart: string;
};

/** The collectivity's decision on a proposal: under review, or a public answer. */
export type ProposalAnswerInput = {
  /** The public answer, at most 5,000 characters; required when retaining, merging or rejecting (else BAD_USER_INPUT naming answer). */
  answer?: string | null | undefined;
  /** When retaining, and only then: the commitment of the same collectivity's programme it became; omitted keeps the current link. */
  commitmentId?: string | number | null | undefined;
  /** When merging, and only then: the proposal of the same collectivity this one joins, itself not merged. */
  mergedIntoId?: string | number | null | undefined;
  /** UNDER_REVIEW, RETAINED, MERGED or REJECTED; SUBMITTED is refused (BAD_USER_INPUT naming status). */
  status: ProposalStatus;
};

/** Narrows the proposals list; the criteria given combine (AND). */
export type ProposalFilter = {
  /** Only this collectivity's proposals (UUID; BAD_USER_INPUT naming the field when malformed). */
  collectivityId?: string | number | null | undefined;
  /** Proposals collected at this event. */
  eventId?: string | number | null | undefined;
  /** Only proposals serving this openness principle. */
  principle?: OpennessPrinciple | null | undefined;
  /** Matches title and text, ignoring case, accents and Arabic letter variants; at most 200 characters. */
  search?: string | null | undefined;
  /** Only proposals with this status. */
  status?: ProposalStatus | null | undefined;
  /** Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list. */
  updatedSince?: string | null | undefined;
};

/** A proposal as the commune records it, e.g. from a workshop. On update, omitted fields stay as they are. */
export type ProposalInput = {
  /** Full text, at most 5,000 characters. */
  body?: string | null | undefined;
  /** The event where it was collected, of the proposal's own collectivity (else BAD_USER_INPUT naming eventId); null removes the link. */
  eventId?: string | number | null | undefined;
  /** The organisation that proposed it, of the proposal's own collectivity (else BAD_USER_INPUT naming organisationId); null removes the link. */
  organisationId?: string | number | null | undefined;
  /** The openness principle it serves; required on create (else BAD_USER_INPUT naming principle). */
  principle?: OpennessPrinciple | null | undefined;
  /** Where it was collected; EVENT when not given on create. */
  source?: ProposalSource | null | undefined;
  /** Stakeholder category of whoever proposed it; null clears it. */
  submitterCategory?: AttendeeCategory | null | undefined;
  /** Number of people who supported it, 0 to 10,000,000 (BAD_USER_INPUT naming supportsCount otherwise). */
  supportsCount?: number | null | undefined;
  /** Short title, 1–300 characters, not blank; required on create (else BAD_USER_INPUT naming title). */
  title?: string | null | undefined;
};

/** Collected at an event, in a public consultation, or online. */
export type ProposalSource =
  /** Sent during a public consultation; every citizen proposal (submitProposal) has this source. */
  | 'CONSULTATION'
  /** Collected at an event such as a co-creation workshop; the default of createProposal. */
  | 'EVENT'
  /** Collected online. */
  | 'ONLINE';

/** Where a proposal stands in its collectivity's review; RETAINED, MERGED and REJECTED carry a public answer. */
export type ProposalStatus =
  /** Merged into another proposal of the same collectivity, named by mergedInto. */
  | 'MERGED'
  /** Rejected; the answer gives the reason. */
  | 'REJECTED'
  /** Retained; it may name the commitment it became. */
  | 'RETAINED'
  /** Received and not yet reviewed: the status of a new proposal. */
  | 'SUBMITTED'
  /** Being examined by the collectivity. */
  | 'UNDER_REVIEW';

/** What the report says of one commitment. */
export type ReportEntryInput = {
  /** A commitment of the programme reported on (UUID; BAD_USER_INPUT on entries.N.commitmentId otherwise). */
  commitmentId: string | number;
  /** Its completion on the OGP IRM scale at the end of the period. */
  completion: CompletionLevel;
  /** Links to the evidence: absolute http or https URLs, at most 20; none by default. */
  evidence?: Array<string>;
  /** A remark on the commitment for the period, up to 2,000 characters. */
  note?: string | null | undefined;
};

/** The network's assessment of a commitment on the OGP IRM criteria. */
export type ReviewInput = {
  /** The reviewer's comment, up to 5,000 characters; blank is stored as null. */
  comment?: string | null | undefined;
  /** The "did it open government?" rating; omit when not assessed. */
  didItOpenGovernment?: OpenGovernmentEffect | null | undefined;
  /** The potential-for-results rating; omit when not assessed. */
  potentialForResults?: PotentialForResults | null | undefined;
  /** True to make the review public at once; false by default (seen then only by the network and the commitment's collectivity). */
  published?: boolean;
  /** Completion on the OGP IRM scale as the network verified it. */
  verifiedCompletion: CompletionLevel;
};

/** The reviewed collectivity's reply, in Arabic, French or both (at least one). */
export type ReviewReplyInput = {
  /** The reply in Arabic, up to 5,000 characters; blank is stored as null. */
  textAr?: string | null | undefined;
  /** The reply in French, up to 5,000 characters; blank is stored as null. */
  textFr?: string | null | undefined;
};

/** What an account may do. NETWORK_ADMIN oversees every member; a collectivity admin manages its own tenant; an editor edits its records. */
export type Role =
  /** Administrator of one collectivity: edits its records, publishes and deletes them, edits its profile and manages its collectivity's commune accounts. */
  | 'COLLECTIVITY_ADMIN'
  /** Editor of one collectivity: creates and edits its records; publishing, most deletions, the profile and accounts are left to its admins. */
  | 'COLLECTIVITY_EDITOR'
  /** Network staff, with no collectivity: reads every collectivity's records, published or not, manages reference data, memberships and accounts, but does not edit a collectivity's own records. */
  | 'NETWORK_ADMIN';

/** A commitment's fields and milestones, saved together by saveCommitment: omitted fields keep their value, omitted or null milestones stay as they are. A refused part is named by its path in this input, e.g. titleFr or milestones.0.dueOn. */
export type SaveCommitmentInput = {
  /** What will be done, up to 5,000 characters; null or blank clears it. */
  action?: string | null | undefined;
  /** A priority axis of the commitment's own programme (UUID; BAD_USER_INPUT on axisId otherwise); null unlinks it. */
  axisId?: string | number | null | undefined;
  /** The causes of the problem, up to 5,000 characters; null or blank clears it. */
  causes?: string | null | undefined;
  /** Completion on the OGP IRM scale as the collectivity assesses it; null keeps the current level (NOT_STARTED at creation). */
  completion?: CompletionLevel | null | undefined;
  /** Whom to contact about it; replaces the whole contact, null keeps it (an empty object clears it). */
  contact?: CommitmentContactInput | null | undefined;
  /** How it contributes to solving the problem, up to 5,000 characters; null or blank clears it. */
  contribution?: string | null | undefined;
  /** Last day, ISO-8601 date (YYYY-MM-DD), not before startsOn nor after the programme's periodEnd (BAD_USER_INPUT on endsOn); null clears it. */
  endsOn?: string | null | undefined;
  /** The collectivity's unit leading its implementation, up to 300 characters; null or blank clears it. */
  leadUnit?: string | null | undefined;
  /** The whole new list of milestones, in order, at most 100, each due within the commitment's period as saved (BAD_USER_INPUT naming milestones.<n>.dueOn otherwise); an empty list removes them all, null leaves them as they are. */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** The objective: the results expected, up to 5,000 characters; null or blank clears it. */
  objective?: string | null | undefined;
  /** Partners by name, at most 30, blank names dropped; replaces the whole list, null keeps it. */
  partners?: Array<string> | null | undefined;
  /** The openness principles it serves: 1–5, duplicates removed (BAD_USER_INPUT on principles when none); null keeps the current ones. */
  principles?: Array<OpennessPrinciple> | null | undefined;
  /** The public problem it addresses, up to 5,000 characters; null or blank clears it. */
  problem?: string | null | undefined;
  /** How it is relevant to each of its principles, at most one text per principle (BAD_USER_INPUT on relevance.N.principle for a principle it does not name); replaces the whole list, null keeps it. */
  relevance?: Array<PrincipleRelevanceInput> | null | undefined;
  /** First day, ISO-8601 date (YYYY-MM-DD), not before the programme's periodStart (BAD_USER_INPUT on startsOn); null clears it. */
  startsOn?: string | null | undefined;
  /** The situation before the commitment, up to 5,000 characters; null or blank clears it. */
  statusQuo?: string | null | undefined;
  /** Supporting actors by kind, at most 30; replaces the whole list, null keeps it. */
  supportingActors?: Array<SupportingActorInput> | null | undefined;
  /** Title in Arabic, 1–300 characters and not blank; null clears it. */
  titleAr?: string | null | undefined;
  /** Title in French, 1–300 characters and not blank; null clears it. */
  titleFr?: string | null | undefined;
};

/** An event's fields, agenda and attendance, saved together by saveEvent: omitted or null parts stay as they are. A refused part is named by its path in this input, e.g. agenda.0.endsAt. */
export type SaveEventInput = {
  /** The whole new agenda, in order, at most 200 items, each within the event as saved; an empty list clears it, null leaves it as it is. */
  agenda?: Array<AgendaItemInput> | null | undefined;
  /** All the attendance counts, one per category × gender pair (at most 100 lines); an empty list clears them, null leaves them as they are. */
  attendance?: Array<AttendanceInput> | null | undefined;
  /** Description in Arabic, at most 5,000 characters. On update, null or blank clears it. */
  descriptionAr?: string | null | undefined;
  /** Description in French, at most 5,000 characters. On update, null or blank clears it. */
  descriptionFr?: string | null | undefined;
  /** End, ISO-8601 date-time with its UTC offset; not before startsAt (else BAD_USER_INPUT naming endsAt). On update, null clears it. */
  endsAt?: string | null | undefined;
  /** New kind; null leaves it as it is. */
  kind?: EventKind | null | undefined;
  /** Address of the online session, starting with http:// or https://. On update, null clears it. */
  onlineUrl?: string | null | undefined;
  /** Minutes or outcome, once held; at most 20,000 characters, null or blank clears it. */
  outcome?: string | null | undefined;
  /** New start, ISO-8601 date-time with its UTC offset; null leaves it as it is. */
  startsAt?: string | null | undefined;
  /** How much of startsAt is known; MINUTE by default. */
  startsAtPrecision?: TimePrecision | null | undefined;
  /** New status, e.g. HELD once it took place; null leaves it as it is. */
  status?: EventStatus | null | undefined;
  /** New title, 1–300 characters, not blank: replaces the Arabic or the French title, by its script. */
  title?: string | null | undefined;
  /** Title in Arabic, 1–300 characters, not blank; wins over `title` for the Arabic title. Null: not set, or unchanged on update. */
  titleAr?: string | null | undefined;
  /** Title in French, 1–300 characters, not blank; wins over `title` for the French title. Null: not set, or unchanged on update. */
  titleFr?: string | null | undefined;
  /** Where it takes place, at most 300 characters. On update, null or blank clears it. */
  venue?: string | null | undefined;
};

/** A speaker of an agenda item. */
export type SpeakerInput = {
  /** Name, 1–200 characters, only where the role needs one. */
  name?: string | null | undefined;
  /** The role the speaker holds. */
  role: SpeakerRole;
};

/** The role a speaker holds: president, focal point, trainer… */
export type SpeakerRole =
  /** A representative of a civil-society association. */
  | 'CIVIL_SOCIETY'
  /** A member of the council. */
  | 'COUNCIL_MEMBER'
  /** The collectivity's focal point for the network. */
  | 'FOCAL_POINT'
  /** A representative of the network or of its support programme. */
  | 'NETWORK'
  /** Any other role. */
  | 'OTHER'
  /** The president of the collectivity council. */
  | 'PRESIDENT'
  /** A member of the collectivity's staff. */
  | 'STAFF'
  /** A trainer, e.g. presenting the co-creation method. */
  | 'TRAINER';

/** One axis of the support programme. */
export type SupportProgrammeAxisInput = {
  /** What it covers, in Arabic. */
  descriptionAr: string;
  /** What it covers, in French. */
  descriptionFr: string;
  /** Its number, from 1, in the programme’s order. */
  number: number;
  /** Its title in Arabic. */
  titleAr: string;
  /** Its title in French. */
  titleFr: string;
};

/** The support programme as a whole: every field is replaced. */
export type SupportProgrammeInput = {
  /** Its axes, 1–12, numbered 1, 2, 3… in the order given. */
  axes: Array<SupportProgrammeAxisInput>;
  /** What it is for, in Arabic, up to 4,000 characters. */
  descriptionAr: string;
  /** What it is for, in French, up to 4,000 characters. */
  descriptionFr: string;
  /** When it was launched, ISO-8601 at the precision known ("2022", "2022-12"), not in the future. */
  launchedOn: string;
  /** Its name in Arabic, 1–300 characters. */
  nameAr: string;
  /** Its name in French, 1–300 characters. */
  nameFr: string;
  /** The institutions behind it, 1–10, exactly one of them the lead. */
  partners: Array<SupportProgrammePartnerInput>;
};

/** An institution behind the support programme. */
export type SupportProgrammePartnerInput = {
  /** Whether it leads the programme (the DGCT) rather than partners in it (the ARM). */
  lead: boolean;
  /** Its name in Arabic. */
  nameAr: string;
  /** Its name in French. */
  nameFr: string;
};

/** An actor supporting a commitment, by kind. */
export type SupportingActorInput = {
  /** Government, civil society or private sector. */
  kind: ActorKind;
  /** Its name, 1–300 characters and not blank. */
  name: string;
};

/** How much of a start is known: the minute, only the day, or only the month. */
export type TimePrecision =
  /** Only the day is known; startsOn reads e.g. "2025-02-11". */
  | 'DAY'
  /** Date and time are known to the minute (the default); startsOn reads e.g. "2025-03-07T10:30". */
  | 'MINUTE'
  /** Only the month is known; startsOn reads e.g. "2025-10". */
  | 'MONTH';

/** Any subset of a wave’s fields; the fields left out stay as they are. */
export type UpdateCohortInput = {
  /** Its name in Arabic, 1–200 characters, unique among waves. */
  labelAr?: string | null | undefined;
  /** Its name in French, 1–200 characters, unique among waves. */
  labelFr?: string | null | undefined;
  /** The year or month it stands for, ISO-8601: "2024" or "2024-12". */
  period?: string | null | undefined;
};

/** Changes to a collectivity: a field omitted or null stays as it is. */
export type UpdateCollectivityInput = {
  /** True removes the parent; it wins over `parentId`. */
  clearParent?: boolean | null | undefined;
  /** New official code, up to 40 characters, unique within the kind; an empty string clears the code. */
  code?: string | null | undefined;
  /** New official name in Arabic, 1–300 characters. */
  nameAr?: string | null | undefined;
  /** New official name in French, 1–300 characters. */
  nameFr?: string | null | undefined;
  /** UUID of the new parent, of a kind allowed above this one (as in `createCollectivity`) and not the collectivity itself; set `clearParent` to remove the parent. */
  parentId?: string | number | null | undefined;
};

/** Changes to a draft review; an omitted field keeps its value, null clears an optional one. */
export type UpdateReviewInput = {
  /** The reviewer's comment, up to 5,000 characters; blank is stored as null. */
  comment?: string | null | undefined;
  /** The "did it open government?" rating; null when not assessed. */
  didItOpenGovernment?: OpenGovernmentEffect | null | undefined;
  /** The potential-for-results rating; null when not assessed. */
  potentialForResults?: PotentialForResults | null | undefined;
  /** Completion on the OGP IRM scale as the network verified it; cannot be cleared. */
  verifiedCompletion?: CompletionLevel | null | undefined;
};

/** A webhook to register. */
export type WebhookInput = {
  /** The kinds of events to receive, at least one. */
  kinds: Array<NotificationKind>;
  /** The https address to POST deliveries to (http and local addresses are refused in production). */
  url: string;
};

export type ConsoleAccountFieldsFragment = { id: string, email: string, displayName: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, collectivity: { id: string, nameAr: string, nameFr: string } | null };

export type ConsoleAccountsQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleAccountsQuery = { result: { totalCount: number, nodes: Array<{ id: string, email: string, displayName: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, collectivity: { id: string, nameAr: string, nameFr: string } | null }> } };

export type ConsoleCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type ConsoleCreateAccountMutation = { result: { id: string, email: string, displayName: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, collectivity: { id: string, nameAr: string, nameFr: string } | null } };

export type ConsoleApiKeyFieldsFragment = { id: string, name: string, prefix: string, readOnly: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, createdBy: { id: string, displayName: string } | null };

export type ConsoleApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleApiKeysQuery = { result: { totalCount: number, nodes: Array<{ id: string, name: string, prefix: string, readOnly: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, createdBy: { id: string, displayName: string } | null }> } };

export type ConsoleCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ConsoleCreateApiKeyMutation = { result: { secret: string, apiKey: { id: string, name: string, prefix: string, readOnly: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, createdBy: { id: string, displayName: string } | null } } };

export type ConsoleRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokeApiKeyMutation = { result: { id: string, name: string, prefix: string, readOnly: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, createdBy: { id: string, displayName: string } | null } };

export type ConsoleAuditEntryFieldsFragment = { id: string, occurredAt: string, service: string, actorRole: string, entity: string, entityId: string, action: string, collectivityId: string | null, apiKeyId: string | null, apiKey: { id: string, name: string, prefix: string } | null };

export type ConsoleAuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleAuditLogQuery = { result: { totalCount: number, nodes: Array<{ id: string, occurredAt: string, service: string, actorRole: string, entity: string, entityId: string, action: string, collectivityId: string | null, apiKeyId: string | null, apiKey: { id: string, name: string, prefix: string } | null }> } };

export type ConsoleCohortFieldsFragment = { id: string, label: string, labelAr: string, labelFr: string, period: string, memberCount: number, progress: Array<{ step: OnboardingStepKind, count: number }>, training: { trainedCount: number, untrainedCount: number } | null };

export type ConsoleCohortsQueryVariables = Exact<{
  filter?: CohortFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleCohortsQuery = { result: { totalCount: number, nodes: Array<{ id: string, label: string, labelAr: string, labelFr: string, period: string, memberCount: number, progress: Array<{ step: OnboardingStepKind, count: number }>, training: { trainedCount: number, untrainedCount: number } | null }> } };

export type ConsoleCohortQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCohortQuery = { result: { id: string, label: string, labelAr: string, labelFr: string, period: string, memberCount: number, progress: Array<{ step: OnboardingStepKind, count: number }>, training: { trainedCount: number, untrainedCount: number } | null } | null };

export type ConsoleCreateCohortMutationVariables = Exact<{
  input: CohortInput;
}>;


export type ConsoleCreateCohortMutation = { result: { id: string, label: string, labelAr: string, labelFr: string, period: string, memberCount: number, progress: Array<{ step: OnboardingStepKind, count: number }>, training: { trainedCount: number, untrainedCount: number } | null } };

export type ConsoleUpdateCohortMutationVariables = Exact<{
  id: string | number;
  input: UpdateCohortInput;
}>;


export type ConsoleUpdateCohortMutation = { result: { id: string } };

export type ConsoleDeleteCohortMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteCohortMutation = { result: boolean };

export type ConsoleCohortMembersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleCohortMembersQuery = { cohort: { members: { totalCount: number, nodes: Array<{ id: string, nameAr: string, nameFr: string, membership: { joinedOn: string, status: MembershipStatus, nextStep: OnboardingStepKind | null, onboarding: Array<{ step: OnboardingStepKind, completedOn: string | null }> } | null, capacityBuilding: { trainingsAttended: number, lastTrainedOn: string | null } | null }> }, untrainedMembers: { totalCount: number, nodes: Array<{ id: string, nameAr: string, nameFr: string }> } | null } | null };

export type ConsoleCohortCandidatesQueryVariables = Exact<{
  q?: string | null | undefined;
}>;


export type ConsoleCohortCandidatesQuery = { collectivities: { nodes: Array<{ id: string, nameAr: string, nameFr: string }> } };

export type ConsoleSetOnboardingStepMutationVariables = Exact<{
  c: string | number;
  s: OnboardingStepKind;
  on?: string | null | undefined;
}>;


export type ConsoleSetOnboardingStepMutation = { setOnboardingStep: { id: string } };

export type ConsoleAssignCohortMutationVariables = Exact<{
  c: string | number;
  w?: string | number | null | undefined;
}>;


export type ConsoleAssignCohortMutation = { assignCohort: { id: string } };

export type ConsoleCollectivityFieldsFragment = { id: string, kind: CollectivityKind, code: string | null, nameAr: string, nameFr: string, isFictional: boolean, parent: { id: string, nameFr: string } | null, membership: { joinedOn: string, status: MembershipStatus } | null, profile: { focalPointName: string | null, contactEmail: string | null } | null };

export type ConsoleCollectivitiesQueryVariables = Exact<{
  filter?: CollectivityFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleCollectivitiesQuery = { result: { totalCount: number, nodes: Array<{ id: string, kind: CollectivityKind, code: string | null, nameAr: string, nameFr: string, isFictional: boolean, parent: { id: string, nameFr: string } | null, membership: { joinedOn: string, status: MembershipStatus } | null, profile: { focalPointName: string | null, contactEmail: string | null } | null }> } };

export type ConsoleCollectivityQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCollectivityQuery = { result: { id: string, kind: CollectivityKind, code: string | null, nameAr: string, nameFr: string, isFictional: boolean, parent: { id: string, nameFr: string } | null, membership: { joinedOn: string, status: MembershipStatus } | null, profile: { focalPointName: string | null, contactEmail: string | null } | null } | null };

export type ConsoleCreateCollectivityMutationVariables = Exact<{
  input: CreateCollectivityInput;
}>;


export type ConsoleCreateCollectivityMutation = { result: { id: string, kind: CollectivityKind, code: string | null, nameAr: string, nameFr: string, isFictional: boolean, parent: { id: string, nameFr: string } | null, membership: { joinedOn: string, status: MembershipStatus } | null, profile: { focalPointName: string | null, contactEmail: string | null } | null } };

export type ConsoleUpdateCollectivityMutationVariables = Exact<{
  id: string | number;
  input: UpdateCollectivityInput;
}>;


export type ConsoleUpdateCollectivityMutation = { result: { id: string } };

export type ConsoleAdmitMemberMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type ConsoleAdmitMemberMutation = { admitMember: { id: string } };

export type ConsoleSetMembershipStatusMutationVariables = Exact<{
  id: string | number;
  s: MembershipStatus;
}>;


export type ConsoleSetMembershipStatusMutation = { setMembershipStatus: { id: string } };

export type ConsoleCollectivityProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCollectivityProfileQuery = { collectivity: { profile: { focalPointName: string | null, focalPointRole: string | null, contactEmail: string | null, contactPhone: string | null, descriptionAr: string | null, descriptionFr: string | null } | null } | null };

export type ConsoleUpdateCollectivityProfileMutationVariables = Exact<{
  input: CollectivityProfileInput;
}>;


export type ConsoleUpdateCollectivityProfileMutation = { updateCollectivityProfile: { id: string } };

export type ConsoleImportCollectivitiesMutationVariables = Exact<{
  csv: string;
  dryRun?: boolean | null | undefined;
}>;


export type ConsoleImportCollectivitiesMutation = { importCollectivities: { dryRun: boolean, rowCount: number, created: number, updated: number, refused: Array<{ line: number, field: string | null, message: string }> } };

export type ConsoleCommitmentFieldsFragment = { id: string, title: string, titleAr: string | null, titleFr: string | null, problem: string | null, statusQuo: string | null, action: string | null, contribution: string | null, objective: string | null, causes: string | null, principles: Array<OpennessPrinciple>, leadUnit: string | null, partners: Array<string>, startsOn: string | null, endsOn: string | null, completion: CompletionLevel, progress: number, published: boolean, relevance: Array<{ principle: OpennessPrinciple, text: string }>, contact: { name: string | null, role: string | null, email: string | null, phone: string | null } | null, supportingActors: Array<{ kind: ActorKind, name: string }>, axis: { id: string } | null, collectivity: { id: string, nameAr: string, nameFr: string } | null, program: { id: string, title: string, status: ProgramStatus, periodStart: string | null, periodEnd: string | null, priorityAxes: Array<{ id: string, title: string }> } | null, milestones: Array<{ id: string, title: string, startsOn: string | null, dueOn: string | null, deliverable: string | null, evidence: string | null, doneOn: string | null, weight: number }>, indicators: Array<{ id: string, title: string, unit: string, baseline: number, target: number, direction: IndicatorDirection, distanceToTarget: number, measurements: Array<{ id: string, measuredOn: string, value: number, note: string | null }>, latest: { value: number, measuredOn: string } | null }> };

export type ConsoleCommitmentsQueryVariables = Exact<{
  filter?: CommitmentFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleCommitmentsQuery = { result: { totalCount: number, nodes: Array<{ id: string, title: string, titleAr: string | null, titleFr: string | null, problem: string | null, statusQuo: string | null, action: string | null, contribution: string | null, objective: string | null, causes: string | null, principles: Array<OpennessPrinciple>, leadUnit: string | null, partners: Array<string>, startsOn: string | null, endsOn: string | null, completion: CompletionLevel, progress: number, published: boolean, relevance: Array<{ principle: OpennessPrinciple, text: string }>, contact: { name: string | null, role: string | null, email: string | null, phone: string | null } | null, supportingActors: Array<{ kind: ActorKind, name: string }>, axis: { id: string } | null, collectivity: { id: string, nameAr: string, nameFr: string } | null, program: { id: string, title: string, status: ProgramStatus, periodStart: string | null, periodEnd: string | null, priorityAxes: Array<{ id: string, title: string }> } | null, milestones: Array<{ id: string, title: string, startsOn: string | null, dueOn: string | null, deliverable: string | null, evidence: string | null, doneOn: string | null, weight: number }>, indicators: Array<{ id: string, title: string, unit: string, baseline: number, target: number, direction: IndicatorDirection, distanceToTarget: number, measurements: Array<{ id: string, measuredOn: string, value: number, note: string | null }>, latest: { value: number, measuredOn: string } | null }> }> } };

export type ConsoleCommitmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCommitmentQuery = { result: { id: string, title: string, titleAr: string | null, titleFr: string | null, problem: string | null, statusQuo: string | null, action: string | null, contribution: string | null, objective: string | null, causes: string | null, principles: Array<OpennessPrinciple>, leadUnit: string | null, partners: Array<string>, startsOn: string | null, endsOn: string | null, completion: CompletionLevel, progress: number, published: boolean, relevance: Array<{ principle: OpennessPrinciple, text: string }>, contact: { name: string | null, role: string | null, email: string | null, phone: string | null } | null, supportingActors: Array<{ kind: ActorKind, name: string }>, axis: { id: string } | null, collectivity: { id: string, nameAr: string, nameFr: string } | null, program: { id: string, title: string, status: ProgramStatus, periodStart: string | null, periodEnd: string | null, priorityAxes: Array<{ id: string, title: string }> } | null, milestones: Array<{ id: string, title: string, startsOn: string | null, dueOn: string | null, deliverable: string | null, evidence: string | null, doneOn: string | null, weight: number }>, indicators: Array<{ id: string, title: string, unit: string, baseline: number, target: number, direction: IndicatorDirection, distanceToTarget: number, measurements: Array<{ id: string, measuredOn: string, value: number, note: string | null }>, latest: { value: number, measuredOn: string } | null }> } | null };

export type ConsoleSaveCommitmentMutationVariables = Exact<{
  id: string | number;
  input: SaveCommitmentInput;
}>;


export type ConsoleSaveCommitmentMutation = { result: { id: string } };

export type ConsoleDeleteCommitmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteCommitmentMutation = { result: boolean };

export type ConsoleSetCommitmentPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type ConsoleSetCommitmentPublishedMutation = { result: { id: string } };

export type ConsoleRecordMeasurementMutationVariables = Exact<{
  id: string | number;
  input: MeasurementInput;
}>;


export type ConsoleRecordMeasurementMutation = { recordMeasurement: { id: string } };

export type ConsoleCreateCommitmentMutationVariables = Exact<{
  programId: string | number;
  input: CommitmentInput;
}>;


export type ConsoleCreateCommitmentMutation = { result: { id: string, title: string, titleAr: string | null, titleFr: string | null, problem: string | null, statusQuo: string | null, action: string | null, contribution: string | null, objective: string | null, causes: string | null, principles: Array<OpennessPrinciple>, leadUnit: string | null, partners: Array<string>, startsOn: string | null, endsOn: string | null, completion: CompletionLevel, progress: number, published: boolean, relevance: Array<{ principle: OpennessPrinciple, text: string }>, contact: { name: string | null, role: string | null, email: string | null, phone: string | null } | null, supportingActors: Array<{ kind: ActorKind, name: string }>, axis: { id: string } | null, collectivity: { id: string, nameAr: string, nameFr: string } | null, program: { id: string, title: string, status: ProgramStatus, periodStart: string | null, periodEnd: string | null, priorityAxes: Array<{ id: string, title: string }> } | null, milestones: Array<{ id: string, title: string, startsOn: string | null, dueOn: string | null, deliverable: string | null, evidence: string | null, doneOn: string | null, weight: number }>, indicators: Array<{ id: string, title: string, unit: string, baseline: number, target: number, direction: IndicatorDirection, distanceToTarget: number, measurements: Array<{ id: string, measuredOn: string, value: number, note: string | null }>, latest: { value: number, measuredOn: string } | null }> } };

export type ConsoleAddIndicatorMutationVariables = Exact<{
  commitmentId: string | number;
  input: IndicatorInput;
}>;


export type ConsoleAddIndicatorMutation = { addIndicator: { id: string } };

export type ConsoleUpdateIndicatorMutationVariables = Exact<{
  id: string | number;
  input: IndicatorUpdateInput;
}>;


export type ConsoleUpdateIndicatorMutation = { updateIndicator: { id: string } };

export type ConsoleRemoveIndicatorMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRemoveIndicatorMutation = { removeIndicator: boolean };

export type ConsoleCorrectMeasurementMutationVariables = Exact<{
  id: string | number;
  input: MeasurementInput;
}>;


export type ConsoleCorrectMeasurementMutation = { correctMeasurement: { id: string } };

export type ConsoleRemoveMeasurementMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRemoveMeasurementMutation = { removeMeasurement: boolean };

export type ConsoleSetMilestoneDoneMutationVariables = Exact<{
  id: string | number;
  input: MilestoneDoneInput;
}>;


export type ConsoleSetMilestoneDoneMutation = { setMilestoneDone: { id: string } };

export type ConsoleSetCommitmentCompletionMutationVariables = Exact<{
  id: string | number;
  completion: CompletionLevel;
}>;


export type ConsoleSetCommitmentCompletionMutation = { setCommitmentCompletion: { id: string } };

export type ConsoleAmendCommitmentMutationVariables = Exact<{
  id: string | number;
  input: CommitmentAmendmentInput;
}>;


export type ConsoleAmendCommitmentMutation = { amendCommitment: { id: string } };

export type ConsoleCommitmentVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCommitmentVersionsQuery = { commitment: { id: string, versions: Array<{ id: string, number: number, kind: CommitmentVersionKind, reason: string | null, amendedOn: string | null, createdAt: string, createdBy: string | null, councilSession: { id: string, title: string, startsOn: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } | null };

export type ConsoleEventsOfKindQueryVariables = Exact<{
  collectivityId: string | number;
  kind: EventKind;
}>;


export type ConsoleEventsOfKindQuery = { events: { nodes: Array<{ id: string, title: string, startsOn: string, status: EventStatus }> } };

export type ConsoleReviewFieldsFragment = { id: string, verifiedCompletion: CompletionLevel, didItOpenGovernment: OpenGovernmentEffect | null, potentialForResults: PotentialForResults | null, comment: string | null, published: boolean, createdAt: string, updatedAt: string, reply: { id: string, textAr: string | null, textFr: string | null, published: boolean } | null };

export type ConsoleCommitmentReviewsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCommitmentReviewsQuery = { commitment: { id: string, reviews: Array<{ id: string, verifiedCompletion: CompletionLevel, didItOpenGovernment: OpenGovernmentEffect | null, potentialForResults: PotentialForResults | null, comment: string | null, published: boolean, createdAt: string, updatedAt: string, reply: { id: string, textAr: string | null, textFr: string | null, published: boolean } | null }> } | null };

export type ConsoleReviewCommitmentMutationVariables = Exact<{
  commitmentId: string | number;
  input: ReviewInput;
}>;


export type ConsoleReviewCommitmentMutation = { reviewCommitment: { id: string, verifiedCompletion: CompletionLevel, didItOpenGovernment: OpenGovernmentEffect | null, potentialForResults: PotentialForResults | null, comment: string | null, published: boolean, createdAt: string, updatedAt: string, reply: { id: string, textAr: string | null, textFr: string | null, published: boolean } | null } };

export type ConsoleUpdateReviewMutationVariables = Exact<{
  id: string | number;
  input: UpdateReviewInput;
}>;


export type ConsoleUpdateReviewMutation = { updateReview: { id: string, verifiedCompletion: CompletionLevel, didItOpenGovernment: OpenGovernmentEffect | null, potentialForResults: PotentialForResults | null, comment: string | null, published: boolean, createdAt: string, updatedAt: string, reply: { id: string, textAr: string | null, textFr: string | null, published: boolean } | null } };

export type ConsoleSetReviewPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type ConsoleSetReviewPublishedMutation = { setReviewPublished: { id: string, published: boolean } };

export type ConsoleReplyToReviewMutationVariables = Exact<{
  reviewId: string | number;
  input: ReviewReplyInput;
}>;


export type ConsoleReplyToReviewMutation = { replyToReview: { id: string, textAr: string | null, textFr: string | null, published: boolean } };

export type ConsoleSetReviewReplyPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type ConsoleSetReviewReplyPublishedMutation = { setReviewReplyPublished: { id: string, published: boolean } };

export type ConsoleNetworkDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleNetworkDashboardQuery = { network: { memberCount: number, membersByKind: Array<{ kind: CollectivityKind, count: number }>, membersByRegion: Array<{ count: number, region: { code: string | null, nameFr: string } | null }>, participation: { eventCount: number, proposalCount: number, attendance: Array<{ category: AttendeeCategory, gender: Gender, count: number }>, proposalsByPrinciple: Array<{ principle: OpennessPrinciple, count: number }> } | null, capacityBuilding: { trainingCount: number, collectivitiesTrained: number, peopleTrainedTotal: number, peopleTrained: Array<{ category: AttendeeCategory, gender: Gender, count: number }> } | null, evaluation: { programCount: number, commitmentCount: number, programsByStatus: Array<{ status: ProgramStatus, count: number }>, commitmentsByCompletion: Array<{ completion: CompletionLevel, count: number }>, commitmentsByPrinciple: Array<{ principle: OpennessPrinciple, count: number }> } | null, library: { entryCount: number, publishedCount: number, proposedCount: number, byKind: Array<{ kind: LibraryEntryKind, count: number }> } | null } };

export type ConsoleCollectivityDashboardQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCollectivityDashboardQuery = { collectivity: { nameAr: string, nameFr: string, events: { nodes: Array<{ id: string, startsOn: string, startsAt: string, startsAtPrecision: TimePrecision, kind: EventKind, status: EventStatus, title: string }> } | null, participation: { attendance: Array<{ category: AttendeeCategory, gender: Gender, count: number, uncountedEvents: number }>, proposalsByPrinciple: Array<{ principle: OpennessPrinciple, count: number }> } | null, currentProgram: { title: string, status: ProgramStatus, commitments: Array<{ completion: CompletionLevel }> } | null } | null };

export type ConsoleEventFieldsFragment = { id: string, kind: EventKind, organizer: EventOrganizer, status: EventStatus, title: string, titleAr: string | null, titleFr: string | null, description: string | null, descriptionAr: string | null, descriptionFr: string | null, startsAt: string, endsAt: string | null, startsOn: string, startsAtPrecision: TimePrecision, venue: string | null, onlineUrl: string | null, outcome: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, agenda: Array<{ id: string, startsAt: string, endsAt: string, startsOn: string, endsOn: string, titleAr: string | null, titleFr: string | null, kind: AgendaItemKind, speakers: Array<{ role: SpeakerRole, name: string | null }> }>, attendance: Array<{ category: AttendeeCategory, gender: Gender, count: number | null }> };

export type ConsoleEventsQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleEventsQuery = { result: { totalCount: number, nodes: Array<{ id: string, kind: EventKind, organizer: EventOrganizer, status: EventStatus, title: string, titleAr: string | null, titleFr: string | null, description: string | null, descriptionAr: string | null, descriptionFr: string | null, startsAt: string, endsAt: string | null, startsOn: string, startsAtPrecision: TimePrecision, venue: string | null, onlineUrl: string | null, outcome: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, agenda: Array<{ id: string, startsAt: string, endsAt: string, startsOn: string, endsOn: string, titleAr: string | null, titleFr: string | null, kind: AgendaItemKind, speakers: Array<{ role: SpeakerRole, name: string | null }> }>, attendance: Array<{ category: AttendeeCategory, gender: Gender, count: number | null }> }> } };

export type ConsoleEventQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEventQuery = { result: { id: string, kind: EventKind, organizer: EventOrganizer, status: EventStatus, title: string, titleAr: string | null, titleFr: string | null, description: string | null, descriptionAr: string | null, descriptionFr: string | null, startsAt: string, endsAt: string | null, startsOn: string, startsAtPrecision: TimePrecision, venue: string | null, onlineUrl: string | null, outcome: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, agenda: Array<{ id: string, startsAt: string, endsAt: string, startsOn: string, endsOn: string, titleAr: string | null, titleFr: string | null, kind: AgendaItemKind, speakers: Array<{ role: SpeakerRole, name: string | null }> }>, attendance: Array<{ category: AttendeeCategory, gender: Gender, count: number | null }> } | null };

export type ConsoleCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type ConsoleCreateEventMutation = { result: { id: string, kind: EventKind, organizer: EventOrganizer, status: EventStatus, title: string, titleAr: string | null, titleFr: string | null, description: string | null, descriptionAr: string | null, descriptionFr: string | null, startsAt: string, endsAt: string | null, startsOn: string, startsAtPrecision: TimePrecision, venue: string | null, onlineUrl: string | null, outcome: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, agenda: Array<{ id: string, startsAt: string, endsAt: string, startsOn: string, endsOn: string, titleAr: string | null, titleFr: string | null, kind: AgendaItemKind, speakers: Array<{ role: SpeakerRole, name: string | null }> }>, attendance: Array<{ category: AttendeeCategory, gender: Gender, count: number | null }> } };

export type ConsoleSaveEventMutationVariables = Exact<{
  id: string | number;
  input: SaveEventInput;
}>;


export type ConsoleSaveEventMutation = { result: { id: string } };

export type ConsoleDeleteEventMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteEventMutation = { result: boolean };

export type ConsoleSetEventPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type ConsoleSetEventPublishedMutation = { result: { id: string } };

export type ConsoleEventInvitationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEventInvitationQuery = { event: { id: string, organizer: EventOrganizer, status: EventStatus, expectedAttendance: number | null, invitedCollectivities: Array<{ id: string, nameAr: string, nameFr: string }>, invitationAnswers: Array<{ attending: boolean, answeredAt: string, collectivity: { id: string, nameAr: string, nameFr: string } }> } | null };

export type ConsoleAnswerTrainingInvitationMutationVariables = Exact<{
  id: string | number;
  attending: boolean;
}>;


export type ConsoleAnswerTrainingInvitationMutation = { answerTrainingInvitation: { attending: boolean, answeredAt: string } };

export type ConsoleLibraryEntryFieldsFragment = { id: string, kind: LibraryEntryKind, status: LibraryEntryStatus, published: boolean, title: string, titleAr: string | null, titleFr: string | null, summaryAr: string | null, summaryFr: string | null, bodyAr: string | null, bodyFr: string | null, principles: Array<OpennessPrinciple>, isIllustrative: boolean, declineReason: string | null, proposedAt: string | null, publishedAt: string | null, createdAt: string, updatedAt: string, links: Array<{ url: string, label: string | null }>, collectivity: { id: string, nameAr: string, nameFr: string } | null, proposedBy: { id: string } | null, commitments: Array<{ id: string, title: string }> };

export type ConsoleLibraryEntriesQueryVariables = Exact<{
  filter?: LibraryEntryFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleLibraryEntriesQuery = { result: { totalCount: number, nodes: Array<{ id: string, kind: LibraryEntryKind, status: LibraryEntryStatus, published: boolean, title: string, titleAr: string | null, titleFr: string | null, summaryAr: string | null, summaryFr: string | null, bodyAr: string | null, bodyFr: string | null, principles: Array<OpennessPrinciple>, isIllustrative: boolean, declineReason: string | null, proposedAt: string | null, publishedAt: string | null, createdAt: string, updatedAt: string, links: Array<{ url: string, label: string | null }>, collectivity: { id: string, nameAr: string, nameFr: string } | null, proposedBy: { id: string } | null, commitments: Array<{ id: string, title: string }> }> } };

export type ConsoleLibraryEntryQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleLibraryEntryQuery = { result: { id: string, kind: LibraryEntryKind, status: LibraryEntryStatus, published: boolean, title: string, titleAr: string | null, titleFr: string | null, summaryAr: string | null, summaryFr: string | null, bodyAr: string | null, bodyFr: string | null, principles: Array<OpennessPrinciple>, isIllustrative: boolean, declineReason: string | null, proposedAt: string | null, publishedAt: string | null, createdAt: string, updatedAt: string, links: Array<{ url: string, label: string | null }>, collectivity: { id: string, nameAr: string, nameFr: string } | null, proposedBy: { id: string } | null, commitments: Array<{ id: string, title: string }> } | null };

export type ConsoleCreateLibraryEntryMutationVariables = Exact<{
  input: LibraryEntryInput;
}>;


export type ConsoleCreateLibraryEntryMutation = { result: { id: string, kind: LibraryEntryKind, status: LibraryEntryStatus, published: boolean, title: string, titleAr: string | null, titleFr: string | null, summaryAr: string | null, summaryFr: string | null, bodyAr: string | null, bodyFr: string | null, principles: Array<OpennessPrinciple>, isIllustrative: boolean, declineReason: string | null, proposedAt: string | null, publishedAt: string | null, createdAt: string, updatedAt: string, links: Array<{ url: string, label: string | null }>, collectivity: { id: string, nameAr: string, nameFr: string } | null, proposedBy: { id: string } | null, commitments: Array<{ id: string, title: string }> } };

export type ConsoleUpdateLibraryEntryMutationVariables = Exact<{
  id: string | number;
  input: LibraryEntryInput;
}>;


export type ConsoleUpdateLibraryEntryMutation = { result: { id: string } };

export type ConsoleDeleteLibraryEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteLibraryEntryMutation = { result: boolean };

export type ConsoleSetLibraryEntryPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type ConsoleSetLibraryEntryPublishedMutation = { setLibraryEntryPublished: { id: string } };

export type ConsoleDeclineLibraryEntryMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ConsoleDeclineLibraryEntryMutation = { declineLibraryEntry: { id: string } };

export type ConsoleProposeLibraryEntryMutationVariables = Exact<{
  c: string | number;
  input?: LibraryProposalInput | null | undefined;
}>;


export type ConsoleProposeLibraryEntryMutation = { proposeLibraryEntry: { id: string } };

export type ConsoleNetworkOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleNetworkOverviewQuery = { network: { memberCount: number, membersByStage: Array<{ stage: MemberStage, count: number }>, byRegion: Array<{ regionCode: string | null, members: number, adopted: number, adoptionShare: number | null, commitments: number }> }, cohorts: { nodes: Array<{ id: string, labelAr: string, labelFr: string }> } };

export type ConsoleMemberProgressQueryVariables = Exact<{
  filter?: MemberProgressFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleMemberProgressQuery = { memberProgress: { totalCount: number, nodes: Array<{ stage: MemberStage, since: string, overdue: boolean, expectedStage: MemberStage, regionCode: string | null, collectivity: { id: string, nameAr: string, nameFr: string } }> } };

export type ConsoleMemberProgressCsvQueryVariables = Exact<{
  filter?: MemberProgressFilter | null | undefined;
}>;


export type ConsoleMemberProgressCsvQuery = { memberProgressCsv: string };

export type ConsoleSupportProgrammeFieldsFragment = { nameAr: string, nameFr: string, launchedOn: string, descriptionAr: string, descriptionFr: string, partners: Array<{ nameAr: string, nameFr: string, lead: boolean }>, axes: Array<{ number: number, titleAr: string, titleFr: string, descriptionAr: string, descriptionFr: string }> };

export type ConsoleCharterFieldsFragment = { decisionAr: string, decisionFr: string, purposeAr: string, purposeFr: string, openCollectivityAr: string, openCollectivityFr: string, preamble: Array<{ textAr: string, textFr: string }>, objectives: Array<{ textAr: string, textFr: string }>, values: Array<{ textAr: string, textFr: string }>, commitments: Array<{ textAr: string, textFr: string }> };

export type ConsoleNetworkContentQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleNetworkContentQuery = { network: { supportProgramme: { nameAr: string, nameFr: string, launchedOn: string, descriptionAr: string, descriptionFr: string, partners: Array<{ nameAr: string, nameFr: string, lead: boolean }>, axes: Array<{ number: number, titleAr: string, titleFr: string, descriptionAr: string, descriptionFr: string }> } | null, charter: { decisionAr: string, decisionFr: string, purposeAr: string, purposeFr: string, openCollectivityAr: string, openCollectivityFr: string, preamble: Array<{ textAr: string, textFr: string }>, objectives: Array<{ textAr: string, textFr: string }>, values: Array<{ textAr: string, textFr: string }>, commitments: Array<{ textAr: string, textFr: string }> } | null } };

export type ConsoleUpdateSupportProgrammeMutationVariables = Exact<{
  input: SupportProgrammeInput;
}>;


export type ConsoleUpdateSupportProgrammeMutation = { updateSupportProgramme: { nameAr: string, nameFr: string, launchedOn: string, descriptionAr: string, descriptionFr: string, partners: Array<{ nameAr: string, nameFr: string, lead: boolean }>, axes: Array<{ number: number, titleAr: string, titleFr: string, descriptionAr: string, descriptionFr: string }> } };

export type ConsoleUpdateCharterMutationVariables = Exact<{
  input: CharterInput;
}>;


export type ConsoleUpdateCharterMutation = { updateCharter: { decisionAr: string, decisionFr: string, purposeAr: string, purposeFr: string, openCollectivityAr: string, openCollectivityFr: string, preamble: Array<{ textAr: string, textFr: string }>, objectives: Array<{ textAr: string, textFr: string }>, values: Array<{ textAr: string, textFr: string }>, commitments: Array<{ textAr: string, textFr: string }> } };

export type ConsoleNotificationFieldsFragment = { id: string, kind: NotificationKind, title: string, body: string, link: string, createdAt: string, readAt: string | null };

export type ConsoleInboxQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  language?: Language | null | undefined;
}>;


export type ConsoleInboxQuery = { result: { totalCount: number, nodes: Array<{ id: string, kind: NotificationKind, title: string, body: string, link: string, createdAt: string, readAt: string | null }> } };

export type ConsoleUnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleUnreadNotificationCountQuery = { result: { totalCount: number } };

export type ConsoleMarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleMarkNotificationsReadMutation = { result: number };

export type ConsoleNotificationPreferencesFieldsFragment = { language: Language | null, kinds: Array<{ kind: NotificationKind, inbox: boolean, email: boolean, emailFrequency: EmailFrequency }> };

export type ConsoleNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleNotificationPreferencesQuery = { result: { language: Language | null, kinds: Array<{ kind: NotificationKind, inbox: boolean, email: boolean, emailFrequency: EmailFrequency }> } };

export type ConsoleUpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type ConsoleUpdateNotificationPreferencesMutation = { result: { language: Language | null, kinds: Array<{ kind: NotificationKind, inbox: boolean, email: boolean, emailFrequency: EmailFrequency }> } };

export type ConsoleSetNotificationLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type ConsoleSetNotificationLanguageMutation = { result: { language: Language | null } };

export type ConsoleFailedDeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleFailedDeliveriesQuery = { result: { totalCount: number, nodes: Array<{ id: string, kind: NotificationKind, recipient: string, attempts: number, lastError: string | null, digest: boolean, createdAt: string }> } };

export type ConsoleRetryDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRetryDeliveryMutation = { result: { id: string } };

export type ConsoleOrganisationFieldsFragment = { id: string, nameAr: string | null, nameFr: string | null, field: string | null, partnerStatus: PartnerStatus, contactEmail: string | null, contactPhone: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null };

export type ConsoleOrganisationsQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleOrganisationsQuery = { result: { totalCount: number, nodes: Array<{ id: string, nameAr: string | null, nameFr: string | null, field: string | null, partnerStatus: PartnerStatus, contactEmail: string | null, contactPhone: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null }> } };

export type ConsoleCreateOrganisationMutationVariables = Exact<{
  input: OrganisationInput;
}>;


export type ConsoleCreateOrganisationMutation = { result: { id: string, nameAr: string | null, nameFr: string | null, field: string | null, partnerStatus: PartnerStatus, contactEmail: string | null, contactPhone: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null } };

export type ConsoleUpdateOrganisationMutationVariables = Exact<{
  id: string | number;
  input: OrganisationInput;
}>;


export type ConsoleUpdateOrganisationMutation = { result: { id: string } };

export type ConsoleDeleteOrganisationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteOrganisationMutation = { result: boolean };

export type ConsoleSetOrganisationPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type ConsoleSetOrganisationPublishedMutation = { result: { id: string } };

export type ConsoleActionProgramFieldsFragment = { id: string, title: string, titleAr: string | null, titleFr: string | null, status: ProgramStatus, adoptedOn: string | null, councilSession: string | null, councilSessionEventId: string | null, consultationEventId: string | null, consultationWaiver: string | null, periodStart: string | null, periodEnd: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, commitments: Array<{ id: string, title: string, completion: CompletionLevel, progress: number }> };

export type ConsoleActionProgramsQueryVariables = Exact<{
  filter?: ActionProgramFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleActionProgramsQuery = { result: { totalCount: number, nodes: Array<{ id: string, title: string, titleAr: string | null, titleFr: string | null, status: ProgramStatus, adoptedOn: string | null, councilSession: string | null, councilSessionEventId: string | null, consultationEventId: string | null, consultationWaiver: string | null, periodStart: string | null, periodEnd: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, commitments: Array<{ id: string, title: string, completion: CompletionLevel, progress: number }> }> } };

export type ConsoleActionProgramQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleActionProgramQuery = { result: { id: string, title: string, titleAr: string | null, titleFr: string | null, status: ProgramStatus, adoptedOn: string | null, councilSession: string | null, councilSessionEventId: string | null, consultationEventId: string | null, consultationWaiver: string | null, periodStart: string | null, periodEnd: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, commitments: Array<{ id: string, title: string, completion: CompletionLevel, progress: number }> } | null };

export type ConsoleCreateActionProgramMutationVariables = Exact<{
  input: ActionProgramInput;
}>;


export type ConsoleCreateActionProgramMutation = { result: { id: string, title: string, titleAr: string | null, titleFr: string | null, status: ProgramStatus, adoptedOn: string | null, councilSession: string | null, councilSessionEventId: string | null, consultationEventId: string | null, consultationWaiver: string | null, periodStart: string | null, periodEnd: string | null, published: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, commitments: Array<{ id: string, title: string, completion: CompletionLevel, progress: number }> } };

export type ConsoleUpdateActionProgramMutationVariables = Exact<{
  id: string | number;
  input: ActionProgramInput;
}>;


export type ConsoleUpdateActionProgramMutation = { result: { id: string } };

export type ConsoleDeleteActionProgramMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteActionProgramMutation = { result: boolean };

export type ConsoleSetActionProgramPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type ConsoleSetActionProgramPublishedMutation = { result: { id: string } };

export type ConsoleSetProgramStatusMutationVariables = Exact<{
  id: string | number;
  input: ProgramStatusInput;
}>;


export type ConsoleSetProgramStatusMutation = { setProgramStatus: { id: string } };

export type ConsoleProgressReportsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleProgressReportsQuery = { actionProgram: { progressReports: Array<{ id: string, periodStart: string, periodEnd: string, narrative: string, published: boolean }> } | null };

export type ConsoleCreateProgressReportMutationVariables = Exact<{
  id: string | number;
  input: ProgressReportInput;
}>;


export type ConsoleCreateProgressReportMutation = { createProgressReport: { id: string } };

export type ConsoleImportProgramMutationVariables = Exact<{
  csv: string;
  programId?: string | number | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type ConsoleImportProgramMutation = { importProgram: { dryRun: boolean, rowCount: number, created: number, updated: number, refused: Array<{ line: number, field: string | null, message: string }>, program: { id: string } | null } };

export type ConsolePriorityAxesQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolePriorityAxesQuery = { actionProgram: { id: string, priorityAxes: Array<{ id: string, titleAr: string | null, titleFr: string | null, principles: Array<OpennessPrinciple> }> } | null };

export type ConsoleCreatePriorityAxisMutationVariables = Exact<{
  programId: string | number;
  input: PriorityAxisInput;
}>;


export type ConsoleCreatePriorityAxisMutation = { createPriorityAxis: { id: string } };

export type ConsoleUpdatePriorityAxisMutationVariables = Exact<{
  id: string | number;
  input: PriorityAxisInput;
}>;


export type ConsoleUpdatePriorityAxisMutation = { updatePriorityAxis: { id: string } };

export type ConsoleDeletePriorityAxisMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeletePriorityAxisMutation = { deletePriorityAxis: boolean };

export type ConsoleProposalFieldsFragment = { id: string, title: string, body: string, principle: OpennessPrinciple, source: ProposalSource, status: ProposalStatus, answer: string | null, supportsCount: number, published: boolean, citizenSubmitted: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, commitment: { id: string } | null, mergedInto: { id: string, title: string } | null };

export type ConsoleProposalsQueryVariables = Exact<{
  filter?: ProposalFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleProposalsQuery = { result: { totalCount: number, nodes: Array<{ id: string, title: string, body: string, principle: OpennessPrinciple, source: ProposalSource, status: ProposalStatus, answer: string | null, supportsCount: number, published: boolean, citizenSubmitted: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, commitment: { id: string } | null, mergedInto: { id: string, title: string } | null }> } };

export type ConsoleProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleProposalQuery = { result: { id: string, title: string, body: string, principle: OpennessPrinciple, source: ProposalSource, status: ProposalStatus, answer: string | null, supportsCount: number, published: boolean, citizenSubmitted: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, commitment: { id: string } | null, mergedInto: { id: string, title: string } | null } | null };

export type ConsoleCreateProposalMutationVariables = Exact<{
  input: ProposalInput;
}>;


export type ConsoleCreateProposalMutation = { result: { id: string, title: string, body: string, principle: OpennessPrinciple, source: ProposalSource, status: ProposalStatus, answer: string | null, supportsCount: number, published: boolean, citizenSubmitted: boolean, collectivity: { id: string, nameAr: string, nameFr: string } | null, commitment: { id: string } | null, mergedInto: { id: string, title: string } | null } };

export type ConsoleUpdateProposalMutationVariables = Exact<{
  id: string | number;
  input: ProposalInput;
}>;


export type ConsoleUpdateProposalMutation = { result: { id: string } };

export type ConsoleDeleteProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteProposalMutation = { result: boolean };

export type ConsoleSetProposalPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type ConsoleSetProposalPublishedMutation = { result: { id: string } };

export type ConsoleAnswerProposalMutationVariables = Exact<{
  id: string | number;
  input: ProposalAnswerInput;
}>;


export type ConsoleAnswerProposalMutation = { answerProposal: { id: string } };

export type ConsoleLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { token: string } };

export type ConsoleIdentityQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleIdentityQuery = { me: { id: string, displayName: string, email: string } | null };

export type ConsoleWebhookFieldsFragment = { id: string, url: string, kinds: Array<NotificationKind>, active: boolean, createdAt: string, disabledAt: string | null };

export type ConsoleWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWebhooksQuery = { result: { totalCount: number, nodes: Array<{ id: string, url: string, kinds: Array<NotificationKind>, active: boolean, createdAt: string, disabledAt: string | null }> } };

export type ConsoleWebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConsoleWebhookDeliveriesQuery = { result: { totalCount: number, nodes: Array<{ id: string, messageId: string, kind: NotificationKind, attempt: number, succeeded: boolean, statusCode: number | null, error: string | null, durationMs: number, attemptedAt: string }> } };

export type ConsoleCreateWebhookMutationVariables = Exact<{
  input: WebhookInput;
}>;


export type ConsoleCreateWebhookMutation = { result: { secret: string, webhook: { id: string, url: string, kinds: Array<NotificationKind>, active: boolean, createdAt: string, disabledAt: string | null } } };

export type ConsoleDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteWebhookMutation = { result: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleAccountFields on Account {
  id
  email
  displayName
  role
  active
  lastLoginAt
  createdAt
  collectivity {
    id
    nameAr
    nameFr
  }
}
    `, {"fragmentName":"ConsoleAccountFields"}) as unknown as TypedDocumentString<ConsoleAccountFieldsFragment, unknown>;
export const ConsoleApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleApiKeyFields on ApiKey {
  id
  name
  prefix
  readOnly
  createdAt
  lastUsedAt
  revokedAt
  createdBy {
    id
    displayName
  }
}
    `, {"fragmentName":"ConsoleApiKeyFields"}) as unknown as TypedDocumentString<ConsoleApiKeyFieldsFragment, unknown>;
export const ConsoleAuditEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleAuditEntryFields on AuditEntry {
  id
  occurredAt
  service
  actorRole
  entity
  entityId
  action
  collectivityId
  apiKeyId
  apiKey {
    id
    name
    prefix
  }
}
    `, {"fragmentName":"ConsoleAuditEntryFields"}) as unknown as TypedDocumentString<ConsoleAuditEntryFieldsFragment, unknown>;
export const ConsoleCohortFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleCohortFields on Cohort {
  id
  label
  labelAr
  labelFr
  period
  memberCount
  progress {
    step
    count
  }
  training {
    trainedCount
    untrainedCount
  }
}
    `, {"fragmentName":"ConsoleCohortFields"}) as unknown as TypedDocumentString<ConsoleCohortFieldsFragment, unknown>;
export const ConsoleCollectivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleCollectivityFields on Collectivity {
  id
  kind
  code
  nameAr
  nameFr
  isFictional
  parent {
    id
    nameFr
  }
  membership {
    joinedOn
    status
  }
  profile {
    focalPointName
    contactEmail
  }
}
    `, {"fragmentName":"ConsoleCollectivityFields"}) as unknown as TypedDocumentString<ConsoleCollectivityFieldsFragment, unknown>;
export const ConsoleCommitmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleCommitmentFields on Commitment {
  id
  title
  titleAr
  titleFr
  problem
  statusQuo
  action
  contribution
  objective
  causes
  relevance {
    principle
    text
  }
  contact {
    name
    role
    email
    phone
  }
  supportingActors {
    kind
    name
  }
  axis {
    id
  }
  principles
  leadUnit
  partners
  startsOn
  endsOn
  completion
  progress
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  program {
    id
    title
    status
    periodStart
    periodEnd
    priorityAxes {
      id
      title
    }
  }
  milestones {
    id
    title
    startsOn
    dueOn
    deliverable
    evidence
    doneOn
    weight
  }
  indicators {
    id
    title
    unit
    baseline
    target
    direction
    distanceToTarget
    measurements {
      id
      measuredOn
      value
      note
    }
    latest {
      value
      measuredOn
    }
  }
}
    `, {"fragmentName":"ConsoleCommitmentFields"}) as unknown as TypedDocumentString<ConsoleCommitmentFieldsFragment, unknown>;
export const ConsoleReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleReviewFields on Review {
  id
  verifiedCompletion
  didItOpenGovernment
  potentialForResults
  comment
  published
  createdAt
  updatedAt
  reply {
    id
    textAr
    textFr
    published
  }
}
    `, {"fragmentName":"ConsoleReviewFields"}) as unknown as TypedDocumentString<ConsoleReviewFieldsFragment, unknown>;
export const ConsoleEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleEventFields on Event {
  id
  kind
  organizer
  status
  title
  titleAr
  titleFr
  description
  descriptionAr
  descriptionFr
  startsAt
  endsAt
  startsOn
  startsAtPrecision
  venue
  onlineUrl
  outcome
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  agenda {
    id
    startsAt
    endsAt
    startsOn
    endsOn
    titleAr
    titleFr
    kind
    speakers {
      role
      name
    }
  }
  attendance {
    category
    gender
    count
  }
}
    `, {"fragmentName":"ConsoleEventFields"}) as unknown as TypedDocumentString<ConsoleEventFieldsFragment, unknown>;
export const ConsoleLibraryEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleLibraryEntryFields on LibraryEntry {
  id
  kind
  status
  published
  title
  titleAr
  titleFr
  summaryAr
  summaryFr
  bodyAr
  bodyFr
  principles
  links {
    url
    label
  }
  isIllustrative
  declineReason
  proposedAt
  publishedAt
  createdAt
  updatedAt
  collectivity {
    id
    nameAr
    nameFr
  }
  proposedBy {
    id
  }
  commitments {
    id
    title
  }
}
    `, {"fragmentName":"ConsoleLibraryEntryFields"}) as unknown as TypedDocumentString<ConsoleLibraryEntryFieldsFragment, unknown>;
export const ConsoleSupportProgrammeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleSupportProgrammeFields on SupportProgramme {
  nameAr
  nameFr
  launchedOn
  descriptionAr
  descriptionFr
  partners {
    nameAr
    nameFr
    lead
  }
  axes {
    number
    titleAr
    titleFr
    descriptionAr
    descriptionFr
  }
}
    `, {"fragmentName":"ConsoleSupportProgrammeFields"}) as unknown as TypedDocumentString<ConsoleSupportProgrammeFieldsFragment, unknown>;
export const ConsoleCharterFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleCharterFields on Charter {
  preamble {
    textAr
    textFr
  }
  decisionAr
  decisionFr
  purposeAr
  purposeFr
  openCollectivityAr
  openCollectivityFr
  objectives {
    textAr
    textFr
  }
  values {
    textAr
    textFr
  }
  commitments {
    textAr
    textFr
  }
}
    `, {"fragmentName":"ConsoleCharterFields"}) as unknown as TypedDocumentString<ConsoleCharterFieldsFragment, unknown>;
export const ConsoleNotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleNotificationFields on Notification {
  id
  kind
  title(language: $language)
  body(language: $language)
  link
  createdAt
  readAt
}
    `, {"fragmentName":"ConsoleNotificationFields"}) as unknown as TypedDocumentString<ConsoleNotificationFieldsFragment, unknown>;
export const ConsoleNotificationPreferencesFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleNotificationPreferencesFields on NotificationPreferences {
  language
  kinds {
    kind
    inbox
    email
    emailFrequency
  }
}
    `, {"fragmentName":"ConsoleNotificationPreferencesFields"}) as unknown as TypedDocumentString<ConsoleNotificationPreferencesFieldsFragment, unknown>;
export const ConsoleOrganisationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleOrganisationFields on Organisation {
  id
  nameAr
  nameFr
  field
  partnerStatus
  contactEmail
  contactPhone
  published
  collectivity {
    id
    nameAr
    nameFr
  }
}
    `, {"fragmentName":"ConsoleOrganisationFields"}) as unknown as TypedDocumentString<ConsoleOrganisationFieldsFragment, unknown>;
export const ConsoleActionProgramFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleActionProgramFields on ActionProgram {
  id
  title
  titleAr
  titleFr
  status
  adoptedOn
  councilSession
  councilSessionEventId
  consultationEventId
  consultationWaiver
  periodStart
  periodEnd
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  commitments {
    id
    title
    completion
    progress
  }
}
    `, {"fragmentName":"ConsoleActionProgramFields"}) as unknown as TypedDocumentString<ConsoleActionProgramFieldsFragment, unknown>;
export const ConsoleProposalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleProposalFields on Proposal {
  id
  title
  body
  principle
  source
  status
  answer
  supportsCount
  published
  citizenSubmitted
  collectivity {
    id
    nameAr
    nameFr
  }
  commitment {
    id
  }
  mergedInto {
    id
    title
  }
}
    `, {"fragmentName":"ConsoleProposalFields"}) as unknown as TypedDocumentString<ConsoleProposalFieldsFragment, unknown>;
export const ConsoleWebhookFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleWebhookFields on Webhook {
  id
  url
  kinds
  active
  createdAt
  disabledAt
}
    `, {"fragmentName":"ConsoleWebhookFields"}) as unknown as TypedDocumentString<ConsoleWebhookFieldsFragment, unknown>;
export const ConsoleAccountsDocument = new TypedDocumentString(`
    query ConsoleAccounts($filter: AccountFilter, $first: Int, $offset: Int) {
  result: accounts(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleAccountFields
    }
  }
}
    fragment ConsoleAccountFields on Account {
  id
  email
  displayName
  role
  active
  lastLoginAt
  createdAt
  collectivity {
    id
    nameAr
    nameFr
  }
}`) as unknown as TypedDocumentString<ConsoleAccountsQuery, ConsoleAccountsQueryVariables>;
export const ConsoleCreateAccountDocument = new TypedDocumentString(`
    mutation ConsoleCreateAccount($input: CreateAccountInput!) {
  result: createAccount(input: $input) {
    ...ConsoleAccountFields
  }
}
    fragment ConsoleAccountFields on Account {
  id
  email
  displayName
  role
  active
  lastLoginAt
  createdAt
  collectivity {
    id
    nameAr
    nameFr
  }
}`) as unknown as TypedDocumentString<ConsoleCreateAccountMutation, ConsoleCreateAccountMutationVariables>;
export const ConsoleApiKeysDocument = new TypedDocumentString(`
    query ConsoleApiKeys($first: Int, $offset: Int) {
  result: apiKeys(first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleApiKeyFields
    }
  }
}
    fragment ConsoleApiKeyFields on ApiKey {
  id
  name
  prefix
  readOnly
  createdAt
  lastUsedAt
  revokedAt
  createdBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ConsoleApiKeysQuery, ConsoleApiKeysQueryVariables>;
export const ConsoleCreateApiKeyDocument = new TypedDocumentString(`
    mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {
  result: createApiKey(input: $input) {
    secret
    apiKey {
      ...ConsoleApiKeyFields
    }
  }
}
    fragment ConsoleApiKeyFields on ApiKey {
  id
  name
  prefix
  readOnly
  createdAt
  lastUsedAt
  revokedAt
  createdBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ConsoleCreateApiKeyMutation, ConsoleCreateApiKeyMutationVariables>;
export const ConsoleRevokeApiKeyDocument = new TypedDocumentString(`
    mutation ConsoleRevokeApiKey($id: ID!) {
  result: revokeApiKey(id: $id) {
    ...ConsoleApiKeyFields
  }
}
    fragment ConsoleApiKeyFields on ApiKey {
  id
  name
  prefix
  readOnly
  createdAt
  lastUsedAt
  revokedAt
  createdBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ConsoleRevokeApiKeyMutation, ConsoleRevokeApiKeyMutationVariables>;
export const ConsoleAuditLogDocument = new TypedDocumentString(`
    query ConsoleAuditLog($filter: AuditLogFilter, $first: Int, $offset: Int) {
  result: auditLog(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleAuditEntryFields
    }
  }
}
    fragment ConsoleAuditEntryFields on AuditEntry {
  id
  occurredAt
  service
  actorRole
  entity
  entityId
  action
  collectivityId
  apiKeyId
  apiKey {
    id
    name
    prefix
  }
}`) as unknown as TypedDocumentString<ConsoleAuditLogQuery, ConsoleAuditLogQueryVariables>;
export const ConsoleCohortsDocument = new TypedDocumentString(`
    query ConsoleCohorts($filter: CohortFilter, $first: Int, $offset: Int) {
  result: cohorts(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleCohortFields
    }
  }
}
    fragment ConsoleCohortFields on Cohort {
  id
  label
  labelAr
  labelFr
  period
  memberCount
  progress {
    step
    count
  }
  training {
    trainedCount
    untrainedCount
  }
}`) as unknown as TypedDocumentString<ConsoleCohortsQuery, ConsoleCohortsQueryVariables>;
export const ConsoleCohortDocument = new TypedDocumentString(`
    query ConsoleCohort($id: ID!) {
  result: cohort(id: $id) {
    ...ConsoleCohortFields
  }
}
    fragment ConsoleCohortFields on Cohort {
  id
  label
  labelAr
  labelFr
  period
  memberCount
  progress {
    step
    count
  }
  training {
    trainedCount
    untrainedCount
  }
}`) as unknown as TypedDocumentString<ConsoleCohortQuery, ConsoleCohortQueryVariables>;
export const ConsoleCreateCohortDocument = new TypedDocumentString(`
    mutation ConsoleCreateCohort($input: CohortInput!) {
  result: createCohort(input: $input) {
    ...ConsoleCohortFields
  }
}
    fragment ConsoleCohortFields on Cohort {
  id
  label
  labelAr
  labelFr
  period
  memberCount
  progress {
    step
    count
  }
  training {
    trainedCount
    untrainedCount
  }
}`) as unknown as TypedDocumentString<ConsoleCreateCohortMutation, ConsoleCreateCohortMutationVariables>;
export const ConsoleUpdateCohortDocument = new TypedDocumentString(`
    mutation ConsoleUpdateCohort($id: ID!, $input: UpdateCohortInput!) {
  result: updateCohort(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateCohortMutation, ConsoleUpdateCohortMutationVariables>;
export const ConsoleDeleteCohortDocument = new TypedDocumentString(`
    mutation ConsoleDeleteCohort($id: ID!) {
  result: deleteCohort(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteCohortMutation, ConsoleDeleteCohortMutationVariables>;
export const ConsoleCohortMembersDocument = new TypedDocumentString(`
    query ConsoleCohortMembers($id: ID!, $first: Int, $offset: Int) {
  cohort(id: $id) {
    members(first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        nameAr
        nameFr
        membership {
          joinedOn
          status
          nextStep
          onboarding {
            step
            completedOn
          }
        }
        capacityBuilding {
          trainingsAttended
          lastTrainedOn
        }
      }
    }
    untrainedMembers(first: 100) {
      totalCount
      nodes {
        id
        nameAr
        nameFr
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCohortMembersQuery, ConsoleCohortMembersQueryVariables>;
export const ConsoleCohortCandidatesDocument = new TypedDocumentString(`
    query ConsoleCohortCandidates($q: String) {
  collectivities(filter: {search: $q}, first: 20) {
    nodes {
      id
      nameAr
      nameFr
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCohortCandidatesQuery, ConsoleCohortCandidatesQueryVariables>;
export const ConsoleSetOnboardingStepDocument = new TypedDocumentString(`
    mutation ConsoleSetOnboardingStep($c: ID!, $s: OnboardingStepKind!, $on: String) {
  setOnboardingStep(collectivityId: $c, step: $s, completedOn: $on) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetOnboardingStepMutation, ConsoleSetOnboardingStepMutationVariables>;
export const ConsoleAssignCohortDocument = new TypedDocumentString(`
    mutation ConsoleAssignCohort($c: ID!, $w: ID) {
  assignCohort(collectivityId: $c, cohortId: $w) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAssignCohortMutation, ConsoleAssignCohortMutationVariables>;
export const ConsoleCollectivitiesDocument = new TypedDocumentString(`
    query ConsoleCollectivities($filter: CollectivityFilter, $first: Int, $offset: Int) {
  result: collectivities(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleCollectivityFields
    }
  }
}
    fragment ConsoleCollectivityFields on Collectivity {
  id
  kind
  code
  nameAr
  nameFr
  isFictional
  parent {
    id
    nameFr
  }
  membership {
    joinedOn
    status
  }
  profile {
    focalPointName
    contactEmail
  }
}`) as unknown as TypedDocumentString<ConsoleCollectivitiesQuery, ConsoleCollectivitiesQueryVariables>;
export const ConsoleCollectivityDocument = new TypedDocumentString(`
    query ConsoleCollectivity($id: ID!) {
  result: collectivity(id: $id) {
    ...ConsoleCollectivityFields
  }
}
    fragment ConsoleCollectivityFields on Collectivity {
  id
  kind
  code
  nameAr
  nameFr
  isFictional
  parent {
    id
    nameFr
  }
  membership {
    joinedOn
    status
  }
  profile {
    focalPointName
    contactEmail
  }
}`) as unknown as TypedDocumentString<ConsoleCollectivityQuery, ConsoleCollectivityQueryVariables>;
export const ConsoleCreateCollectivityDocument = new TypedDocumentString(`
    mutation ConsoleCreateCollectivity($input: CreateCollectivityInput!) {
  result: createCollectivity(input: $input) {
    ...ConsoleCollectivityFields
  }
}
    fragment ConsoleCollectivityFields on Collectivity {
  id
  kind
  code
  nameAr
  nameFr
  isFictional
  parent {
    id
    nameFr
  }
  membership {
    joinedOn
    status
  }
  profile {
    focalPointName
    contactEmail
  }
}`) as unknown as TypedDocumentString<ConsoleCreateCollectivityMutation, ConsoleCreateCollectivityMutationVariables>;
export const ConsoleUpdateCollectivityDocument = new TypedDocumentString(`
    mutation ConsoleUpdateCollectivity($id: ID!, $input: UpdateCollectivityInput!) {
  result: updateCollectivity(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateCollectivityMutation, ConsoleUpdateCollectivityMutationVariables>;
export const ConsoleAdmitMemberDocument = new TypedDocumentString(`
    mutation ConsoleAdmitMember($id: ID!, $on: String!) {
  admitMember(collectivityId: $id, joinedOn: $on) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAdmitMemberMutation, ConsoleAdmitMemberMutationVariables>;
export const ConsoleSetMembershipStatusDocument = new TypedDocumentString(`
    mutation ConsoleSetMembershipStatus($id: ID!, $s: MembershipStatus!) {
  setMembershipStatus(collectivityId: $id, status: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetMembershipStatusMutation, ConsoleSetMembershipStatusMutationVariables>;
export const ConsoleCollectivityProfileDocument = new TypedDocumentString(`
    query ConsoleCollectivityProfile($id: ID!) {
  collectivity(id: $id) {
    profile {
      focalPointName
      focalPointRole
      contactEmail
      contactPhone
      descriptionAr
      descriptionFr
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCollectivityProfileQuery, ConsoleCollectivityProfileQueryVariables>;
export const ConsoleUpdateCollectivityProfileDocument = new TypedDocumentString(`
    mutation ConsoleUpdateCollectivityProfile($input: CollectivityProfileInput!) {
  updateCollectivityProfile(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateCollectivityProfileMutation, ConsoleUpdateCollectivityProfileMutationVariables>;
export const ConsoleImportCollectivitiesDocument = new TypedDocumentString(`
    mutation ConsoleImportCollectivities($csv: String!, $dryRun: Boolean) {
  importCollectivities(csv: $csv, dryRun: $dryRun) {
    dryRun
    rowCount
    created
    updated
    refused {
      line
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleImportCollectivitiesMutation, ConsoleImportCollectivitiesMutationVariables>;
export const ConsoleCommitmentsDocument = new TypedDocumentString(`
    query ConsoleCommitments($filter: CommitmentFilter, $first: Int, $offset: Int) {
  result: commitments(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleCommitmentFields
    }
  }
}
    fragment ConsoleCommitmentFields on Commitment {
  id
  title
  titleAr
  titleFr
  problem
  statusQuo
  action
  contribution
  objective
  causes
  relevance {
    principle
    text
  }
  contact {
    name
    role
    email
    phone
  }
  supportingActors {
    kind
    name
  }
  axis {
    id
  }
  principles
  leadUnit
  partners
  startsOn
  endsOn
  completion
  progress
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  program {
    id
    title
    status
    periodStart
    periodEnd
    priorityAxes {
      id
      title
    }
  }
  milestones {
    id
    title
    startsOn
    dueOn
    deliverable
    evidence
    doneOn
    weight
  }
  indicators {
    id
    title
    unit
    baseline
    target
    direction
    distanceToTarget
    measurements {
      id
      measuredOn
      value
      note
    }
    latest {
      value
      measuredOn
    }
  }
}`) as unknown as TypedDocumentString<ConsoleCommitmentsQuery, ConsoleCommitmentsQueryVariables>;
export const ConsoleCommitmentDocument = new TypedDocumentString(`
    query ConsoleCommitment($id: ID!) {
  result: commitment(id: $id) {
    ...ConsoleCommitmentFields
  }
}
    fragment ConsoleCommitmentFields on Commitment {
  id
  title
  titleAr
  titleFr
  problem
  statusQuo
  action
  contribution
  objective
  causes
  relevance {
    principle
    text
  }
  contact {
    name
    role
    email
    phone
  }
  supportingActors {
    kind
    name
  }
  axis {
    id
  }
  principles
  leadUnit
  partners
  startsOn
  endsOn
  completion
  progress
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  program {
    id
    title
    status
    periodStart
    periodEnd
    priorityAxes {
      id
      title
    }
  }
  milestones {
    id
    title
    startsOn
    dueOn
    deliverable
    evidence
    doneOn
    weight
  }
  indicators {
    id
    title
    unit
    baseline
    target
    direction
    distanceToTarget
    measurements {
      id
      measuredOn
      value
      note
    }
    latest {
      value
      measuredOn
    }
  }
}`) as unknown as TypedDocumentString<ConsoleCommitmentQuery, ConsoleCommitmentQueryVariables>;
export const ConsoleSaveCommitmentDocument = new TypedDocumentString(`
    mutation ConsoleSaveCommitment($id: ID!, $input: SaveCommitmentInput!) {
  result: saveCommitment(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSaveCommitmentMutation, ConsoleSaveCommitmentMutationVariables>;
export const ConsoleDeleteCommitmentDocument = new TypedDocumentString(`
    mutation ConsoleDeleteCommitment($id: ID!) {
  result: deleteCommitment(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteCommitmentMutation, ConsoleDeleteCommitmentMutationVariables>;
export const ConsoleSetCommitmentPublishedDocument = new TypedDocumentString(`
    mutation ConsoleSetCommitmentPublished($id: ID!, $published: Boolean!) {
  result: setCommitmentPublished(id: $id, published: $published) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetCommitmentPublishedMutation, ConsoleSetCommitmentPublishedMutationVariables>;
export const ConsoleRecordMeasurementDocument = new TypedDocumentString(`
    mutation ConsoleRecordMeasurement($id: ID!, $input: MeasurementInput!) {
  recordMeasurement(indicatorId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordMeasurementMutation, ConsoleRecordMeasurementMutationVariables>;
export const ConsoleCreateCommitmentDocument = new TypedDocumentString(`
    mutation ConsoleCreateCommitment($programId: ID!, $input: CommitmentInput!) {
  result: createCommitment(programId: $programId, input: $input) {
    ...ConsoleCommitmentFields
  }
}
    fragment ConsoleCommitmentFields on Commitment {
  id
  title
  titleAr
  titleFr
  problem
  statusQuo
  action
  contribution
  objective
  causes
  relevance {
    principle
    text
  }
  contact {
    name
    role
    email
    phone
  }
  supportingActors {
    kind
    name
  }
  axis {
    id
  }
  principles
  leadUnit
  partners
  startsOn
  endsOn
  completion
  progress
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  program {
    id
    title
    status
    periodStart
    periodEnd
    priorityAxes {
      id
      title
    }
  }
  milestones {
    id
    title
    startsOn
    dueOn
    deliverable
    evidence
    doneOn
    weight
  }
  indicators {
    id
    title
    unit
    baseline
    target
    direction
    distanceToTarget
    measurements {
      id
      measuredOn
      value
      note
    }
    latest {
      value
      measuredOn
    }
  }
}`) as unknown as TypedDocumentString<ConsoleCreateCommitmentMutation, ConsoleCreateCommitmentMutationVariables>;
export const ConsoleAddIndicatorDocument = new TypedDocumentString(`
    mutation ConsoleAddIndicator($commitmentId: ID!, $input: IndicatorInput!) {
  addIndicator(commitmentId: $commitmentId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAddIndicatorMutation, ConsoleAddIndicatorMutationVariables>;
export const ConsoleUpdateIndicatorDocument = new TypedDocumentString(`
    mutation ConsoleUpdateIndicator($id: ID!, $input: IndicatorUpdateInput!) {
  updateIndicator(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateIndicatorMutation, ConsoleUpdateIndicatorMutationVariables>;
export const ConsoleRemoveIndicatorDocument = new TypedDocumentString(`
    mutation ConsoleRemoveIndicator($id: ID!) {
  removeIndicator(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleRemoveIndicatorMutation, ConsoleRemoveIndicatorMutationVariables>;
export const ConsoleCorrectMeasurementDocument = new TypedDocumentString(`
    mutation ConsoleCorrectMeasurement($id: ID!, $input: MeasurementInput!) {
  correctMeasurement(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCorrectMeasurementMutation, ConsoleCorrectMeasurementMutationVariables>;
export const ConsoleRemoveMeasurementDocument = new TypedDocumentString(`
    mutation ConsoleRemoveMeasurement($id: ID!) {
  removeMeasurement(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleRemoveMeasurementMutation, ConsoleRemoveMeasurementMutationVariables>;
export const ConsoleSetMilestoneDoneDocument = new TypedDocumentString(`
    mutation ConsoleSetMilestoneDone($id: ID!, $input: MilestoneDoneInput!) {
  setMilestoneDone(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetMilestoneDoneMutation, ConsoleSetMilestoneDoneMutationVariables>;
export const ConsoleSetCommitmentCompletionDocument = new TypedDocumentString(`
    mutation ConsoleSetCommitmentCompletion($id: ID!, $completion: CompletionLevel!) {
  setCommitmentCompletion(id: $id, completion: $completion) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetCommitmentCompletionMutation, ConsoleSetCommitmentCompletionMutationVariables>;
export const ConsoleAmendCommitmentDocument = new TypedDocumentString(`
    mutation ConsoleAmendCommitment($id: ID!, $input: CommitmentAmendmentInput!) {
  amendCommitment(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAmendCommitmentMutation, ConsoleAmendCommitmentMutationVariables>;
export const ConsoleCommitmentVersionsDocument = new TypedDocumentString(`
    query ConsoleCommitmentVersions($id: ID!) {
  commitment(id: $id) {
    id
    versions {
      id
      number
      kind
      reason
      amendedOn
      createdAt
      createdBy
      councilSession {
        id
        title
        startsOn
      }
      changes {
        field
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCommitmentVersionsQuery, ConsoleCommitmentVersionsQueryVariables>;
export const ConsoleEventsOfKindDocument = new TypedDocumentString(`
    query ConsoleEventsOfKind($collectivityId: ID!, $kind: EventKind!) {
  events(filter: {collectivityId: $collectivityId, kind: $kind}, first: 100) {
    nodes {
      id
      title
      startsOn
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEventsOfKindQuery, ConsoleEventsOfKindQueryVariables>;
export const ConsoleCommitmentReviewsDocument = new TypedDocumentString(`
    query ConsoleCommitmentReviews($id: ID!) {
  commitment(id: $id) {
    id
    reviews {
      ...ConsoleReviewFields
    }
  }
}
    fragment ConsoleReviewFields on Review {
  id
  verifiedCompletion
  didItOpenGovernment
  potentialForResults
  comment
  published
  createdAt
  updatedAt
  reply {
    id
    textAr
    textFr
    published
  }
}`) as unknown as TypedDocumentString<ConsoleCommitmentReviewsQuery, ConsoleCommitmentReviewsQueryVariables>;
export const ConsoleReviewCommitmentDocument = new TypedDocumentString(`
    mutation ConsoleReviewCommitment($commitmentId: ID!, $input: ReviewInput!) {
  reviewCommitment(commitmentId: $commitmentId, input: $input) {
    ...ConsoleReviewFields
  }
}
    fragment ConsoleReviewFields on Review {
  id
  verifiedCompletion
  didItOpenGovernment
  potentialForResults
  comment
  published
  createdAt
  updatedAt
  reply {
    id
    textAr
    textFr
    published
  }
}`) as unknown as TypedDocumentString<ConsoleReviewCommitmentMutation, ConsoleReviewCommitmentMutationVariables>;
export const ConsoleUpdateReviewDocument = new TypedDocumentString(`
    mutation ConsoleUpdateReview($id: ID!, $input: UpdateReviewInput!) {
  updateReview(id: $id, input: $input) {
    ...ConsoleReviewFields
  }
}
    fragment ConsoleReviewFields on Review {
  id
  verifiedCompletion
  didItOpenGovernment
  potentialForResults
  comment
  published
  createdAt
  updatedAt
  reply {
    id
    textAr
    textFr
    published
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateReviewMutation, ConsoleUpdateReviewMutationVariables>;
export const ConsoleSetReviewPublishedDocument = new TypedDocumentString(`
    mutation ConsoleSetReviewPublished($id: ID!, $published: Boolean!) {
  setReviewPublished(id: $id, published: $published) {
    id
    published
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetReviewPublishedMutation, ConsoleSetReviewPublishedMutationVariables>;
export const ConsoleReplyToReviewDocument = new TypedDocumentString(`
    mutation ConsoleReplyToReview($reviewId: ID!, $input: ReviewReplyInput!) {
  replyToReview(reviewId: $reviewId, input: $input) {
    id
    textAr
    textFr
    published
  }
}
    `) as unknown as TypedDocumentString<ConsoleReplyToReviewMutation, ConsoleReplyToReviewMutationVariables>;
export const ConsoleSetReviewReplyPublishedDocument = new TypedDocumentString(`
    mutation ConsoleSetReviewReplyPublished($id: ID!, $published: Boolean!) {
  setReviewReplyPublished(id: $id, published: $published) {
    id
    published
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetReviewReplyPublishedMutation, ConsoleSetReviewReplyPublishedMutationVariables>;
export const ConsoleNetworkDashboardDocument = new TypedDocumentString(`
    query ConsoleNetworkDashboard {
  network {
    memberCount
    membersByKind {
      kind
      count
    }
    membersByRegion {
      region {
        code
        nameFr
      }
      count
    }
    participation {
      eventCount
      proposalCount
      attendance {
        category
        gender
        count
      }
      proposalsByPrinciple {
        principle
        count
      }
    }
    capacityBuilding {
      trainingCount
      collectivitiesTrained
      peopleTrainedTotal
      peopleTrained {
        category
        gender
        count
      }
    }
    evaluation {
      programCount
      commitmentCount
      programsByStatus {
        status
        count
      }
      commitmentsByCompletion {
        completion
        count
      }
      commitmentsByPrinciple {
        principle
        count
      }
    }
    library {
      entryCount
      publishedCount
      proposedCount
      byKind {
        kind
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleNetworkDashboardQuery, ConsoleNetworkDashboardQueryVariables>;
export const ConsoleCollectivityDashboardDocument = new TypedDocumentString(`
    query ConsoleCollectivityDashboard($id: ID!) {
  collectivity(id: $id) {
    nameAr
    nameFr
    events(first: 50) {
      nodes {
        id
        startsOn
        startsAt
        startsAtPrecision
        kind
        status
        title
      }
    }
    participation {
      attendance {
        category
        gender
        count
        uncountedEvents
      }
      proposalsByPrinciple {
        principle
        count
      }
    }
    currentProgram {
      title
      status
      commitments {
        completion
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCollectivityDashboardQuery, ConsoleCollectivityDashboardQueryVariables>;
export const ConsoleEventsDocument = new TypedDocumentString(`
    query ConsoleEvents($filter: EventFilter, $first: Int, $offset: Int) {
  result: events(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleEventFields
    }
  }
}
    fragment ConsoleEventFields on Event {
  id
  kind
  organizer
  status
  title
  titleAr
  titleFr
  description
  descriptionAr
  descriptionFr
  startsAt
  endsAt
  startsOn
  startsAtPrecision
  venue
  onlineUrl
  outcome
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  agenda {
    id
    startsAt
    endsAt
    startsOn
    endsOn
    titleAr
    titleFr
    kind
    speakers {
      role
      name
    }
  }
  attendance {
    category
    gender
    count
  }
}`) as unknown as TypedDocumentString<ConsoleEventsQuery, ConsoleEventsQueryVariables>;
export const ConsoleEventDocument = new TypedDocumentString(`
    query ConsoleEvent($id: ID!) {
  result: event(id: $id) {
    ...ConsoleEventFields
  }
}
    fragment ConsoleEventFields on Event {
  id
  kind
  organizer
  status
  title
  titleAr
  titleFr
  description
  descriptionAr
  descriptionFr
  startsAt
  endsAt
  startsOn
  startsAtPrecision
  venue
  onlineUrl
  outcome
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  agenda {
    id
    startsAt
    endsAt
    startsOn
    endsOn
    titleAr
    titleFr
    kind
    speakers {
      role
      name
    }
  }
  attendance {
    category
    gender
    count
  }
}`) as unknown as TypedDocumentString<ConsoleEventQuery, ConsoleEventQueryVariables>;
export const ConsoleCreateEventDocument = new TypedDocumentString(`
    mutation ConsoleCreateEvent($input: CreateEventInput!) {
  result: createEvent(input: $input) {
    ...ConsoleEventFields
  }
}
    fragment ConsoleEventFields on Event {
  id
  kind
  organizer
  status
  title
  titleAr
  titleFr
  description
  descriptionAr
  descriptionFr
  startsAt
  endsAt
  startsOn
  startsAtPrecision
  venue
  onlineUrl
  outcome
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  agenda {
    id
    startsAt
    endsAt
    startsOn
    endsOn
    titleAr
    titleFr
    kind
    speakers {
      role
      name
    }
  }
  attendance {
    category
    gender
    count
  }
}`) as unknown as TypedDocumentString<ConsoleCreateEventMutation, ConsoleCreateEventMutationVariables>;
export const ConsoleSaveEventDocument = new TypedDocumentString(`
    mutation ConsoleSaveEvent($id: ID!, $input: SaveEventInput!) {
  result: saveEvent(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSaveEventMutation, ConsoleSaveEventMutationVariables>;
export const ConsoleDeleteEventDocument = new TypedDocumentString(`
    mutation ConsoleDeleteEvent($id: ID!) {
  result: deleteEvent(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteEventMutation, ConsoleDeleteEventMutationVariables>;
export const ConsoleSetEventPublishedDocument = new TypedDocumentString(`
    mutation ConsoleSetEventPublished($id: ID!, $published: Boolean!) {
  result: setEventPublished(id: $id, published: $published) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetEventPublishedMutation, ConsoleSetEventPublishedMutationVariables>;
export const ConsoleEventInvitationDocument = new TypedDocumentString(`
    query ConsoleEventInvitation($id: ID!) {
  event(id: $id) {
    id
    organizer
    status
    invitedCollectivities {
      id
      nameAr
      nameFr
    }
    expectedAttendance
    invitationAnswers {
      attending
      answeredAt
      collectivity {
        id
        nameAr
        nameFr
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEventInvitationQuery, ConsoleEventInvitationQueryVariables>;
export const ConsoleAnswerTrainingInvitationDocument = new TypedDocumentString(`
    mutation ConsoleAnswerTrainingInvitation($id: ID!, $attending: Boolean!) {
  answerTrainingInvitation(eventId: $id, attending: $attending) {
    attending
    answeredAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleAnswerTrainingInvitationMutation, ConsoleAnswerTrainingInvitationMutationVariables>;
export const ConsoleLibraryEntriesDocument = new TypedDocumentString(`
    query ConsoleLibraryEntries($filter: LibraryEntryFilter, $first: Int, $offset: Int) {
  result: libraryEntries(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleLibraryEntryFields
    }
  }
}
    fragment ConsoleLibraryEntryFields on LibraryEntry {
  id
  kind
  status
  published
  title
  titleAr
  titleFr
  summaryAr
  summaryFr
  bodyAr
  bodyFr
  principles
  links {
    url
    label
  }
  isIllustrative
  declineReason
  proposedAt
  publishedAt
  createdAt
  updatedAt
  collectivity {
    id
    nameAr
    nameFr
  }
  proposedBy {
    id
  }
  commitments {
    id
    title
  }
}`) as unknown as TypedDocumentString<ConsoleLibraryEntriesQuery, ConsoleLibraryEntriesQueryVariables>;
export const ConsoleLibraryEntryDocument = new TypedDocumentString(`
    query ConsoleLibraryEntry($id: ID!) {
  result: libraryEntry(id: $id) {
    ...ConsoleLibraryEntryFields
  }
}
    fragment ConsoleLibraryEntryFields on LibraryEntry {
  id
  kind
  status
  published
  title
  titleAr
  titleFr
  summaryAr
  summaryFr
  bodyAr
  bodyFr
  principles
  links {
    url
    label
  }
  isIllustrative
  declineReason
  proposedAt
  publishedAt
  createdAt
  updatedAt
  collectivity {
    id
    nameAr
    nameFr
  }
  proposedBy {
    id
  }
  commitments {
    id
    title
  }
}`) as unknown as TypedDocumentString<ConsoleLibraryEntryQuery, ConsoleLibraryEntryQueryVariables>;
export const ConsoleCreateLibraryEntryDocument = new TypedDocumentString(`
    mutation ConsoleCreateLibraryEntry($input: LibraryEntryInput!) {
  result: createLibraryEntry(input: $input) {
    ...ConsoleLibraryEntryFields
  }
}
    fragment ConsoleLibraryEntryFields on LibraryEntry {
  id
  kind
  status
  published
  title
  titleAr
  titleFr
  summaryAr
  summaryFr
  bodyAr
  bodyFr
  principles
  links {
    url
    label
  }
  isIllustrative
  declineReason
  proposedAt
  publishedAt
  createdAt
  updatedAt
  collectivity {
    id
    nameAr
    nameFr
  }
  proposedBy {
    id
  }
  commitments {
    id
    title
  }
}`) as unknown as TypedDocumentString<ConsoleCreateLibraryEntryMutation, ConsoleCreateLibraryEntryMutationVariables>;
export const ConsoleUpdateLibraryEntryDocument = new TypedDocumentString(`
    mutation ConsoleUpdateLibraryEntry($id: ID!, $input: LibraryEntryInput!) {
  result: updateLibraryEntry(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateLibraryEntryMutation, ConsoleUpdateLibraryEntryMutationVariables>;
export const ConsoleDeleteLibraryEntryDocument = new TypedDocumentString(`
    mutation ConsoleDeleteLibraryEntry($id: ID!) {
  result: deleteLibraryEntry(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteLibraryEntryMutation, ConsoleDeleteLibraryEntryMutationVariables>;
export const ConsoleSetLibraryEntryPublishedDocument = new TypedDocumentString(`
    mutation ConsoleSetLibraryEntryPublished($id: ID!, $published: Boolean!) {
  setLibraryEntryPublished(id: $id, published: $published) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetLibraryEntryPublishedMutation, ConsoleSetLibraryEntryPublishedMutationVariables>;
export const ConsoleDeclineLibraryEntryDocument = new TypedDocumentString(`
    mutation ConsoleDeclineLibraryEntry($id: ID!, $reason: String) {
  declineLibraryEntry(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeclineLibraryEntryMutation, ConsoleDeclineLibraryEntryMutationVariables>;
export const ConsoleProposeLibraryEntryDocument = new TypedDocumentString(`
    mutation ConsoleProposeLibraryEntry($c: ID!, $input: LibraryProposalInput) {
  proposeLibraryEntry(commitmentId: $c, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleProposeLibraryEntryMutation, ConsoleProposeLibraryEntryMutationVariables>;
export const ConsoleNetworkOverviewDocument = new TypedDocumentString(`
    query ConsoleNetworkOverview {
  network {
    memberCount
    membersByStage {
      stage
      count
    }
    byRegion {
      regionCode
      members
      adopted
      adoptionShare
      commitments
    }
  }
  cohorts(first: 100) {
    nodes {
      id
      labelAr
      labelFr
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleNetworkOverviewQuery, ConsoleNetworkOverviewQueryVariables>;
export const ConsoleMemberProgressDocument = new TypedDocumentString(`
    query ConsoleMemberProgress($filter: MemberProgressFilter, $first: Int, $offset: Int) {
  memberProgress(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      collectivity {
        id
        nameAr
        nameFr
      }
      stage
      since
      overdue
      expectedStage
      regionCode
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMemberProgressQuery, ConsoleMemberProgressQueryVariables>;
export const ConsoleMemberProgressCsvDocument = new TypedDocumentString(`
    query ConsoleMemberProgressCsv($filter: MemberProgressFilter) {
  memberProgressCsv(filter: $filter)
}
    `) as unknown as TypedDocumentString<ConsoleMemberProgressCsvQuery, ConsoleMemberProgressCsvQueryVariables>;
export const ConsoleNetworkContentDocument = new TypedDocumentString(`
    query ConsoleNetworkContent {
  network {
    supportProgramme {
      ...ConsoleSupportProgrammeFields
    }
    charter {
      ...ConsoleCharterFields
    }
  }
}
    fragment ConsoleSupportProgrammeFields on SupportProgramme {
  nameAr
  nameFr
  launchedOn
  descriptionAr
  descriptionFr
  partners {
    nameAr
    nameFr
    lead
  }
  axes {
    number
    titleAr
    titleFr
    descriptionAr
    descriptionFr
  }
}
fragment ConsoleCharterFields on Charter {
  preamble {
    textAr
    textFr
  }
  decisionAr
  decisionFr
  purposeAr
  purposeFr
  openCollectivityAr
  openCollectivityFr
  objectives {
    textAr
    textFr
  }
  values {
    textAr
    textFr
  }
  commitments {
    textAr
    textFr
  }
}`) as unknown as TypedDocumentString<ConsoleNetworkContentQuery, ConsoleNetworkContentQueryVariables>;
export const ConsoleUpdateSupportProgrammeDocument = new TypedDocumentString(`
    mutation ConsoleUpdateSupportProgramme($input: SupportProgrammeInput!) {
  updateSupportProgramme(input: $input) {
    ...ConsoleSupportProgrammeFields
  }
}
    fragment ConsoleSupportProgrammeFields on SupportProgramme {
  nameAr
  nameFr
  launchedOn
  descriptionAr
  descriptionFr
  partners {
    nameAr
    nameFr
    lead
  }
  axes {
    number
    titleAr
    titleFr
    descriptionAr
    descriptionFr
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateSupportProgrammeMutation, ConsoleUpdateSupportProgrammeMutationVariables>;
export const ConsoleUpdateCharterDocument = new TypedDocumentString(`
    mutation ConsoleUpdateCharter($input: CharterInput!) {
  updateCharter(input: $input) {
    ...ConsoleCharterFields
  }
}
    fragment ConsoleCharterFields on Charter {
  preamble {
    textAr
    textFr
  }
  decisionAr
  decisionFr
  purposeAr
  purposeFr
  openCollectivityAr
  openCollectivityFr
  objectives {
    textAr
    textFr
  }
  values {
    textAr
    textFr
  }
  commitments {
    textAr
    textFr
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateCharterMutation, ConsoleUpdateCharterMutationVariables>;
export const ConsoleInboxDocument = new TypedDocumentString(`
    query ConsoleInbox($unreadOnly: Boolean, $first: Int, $offset: Int, $language: Language) {
  result: notifications(unreadOnly: $unreadOnly, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleNotificationFields
    }
  }
}
    fragment ConsoleNotificationFields on Notification {
  id
  kind
  title(language: $language)
  body(language: $language)
  link
  createdAt
  readAt
}`) as unknown as TypedDocumentString<ConsoleInboxQuery, ConsoleInboxQueryVariables>;
export const ConsoleUnreadNotificationCountDocument = new TypedDocumentString(`
    query ConsoleUnreadNotificationCount {
  result: notifications(unreadOnly: true, first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnreadNotificationCountQuery, ConsoleUnreadNotificationCountQueryVariables>;
export const ConsoleMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation ConsoleMarkNotificationsRead($ids: [ID!]!) {
  result: markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<ConsoleMarkNotificationsReadMutation, ConsoleMarkNotificationsReadMutationVariables>;
export const ConsoleNotificationPreferencesDocument = new TypedDocumentString(`
    query ConsoleNotificationPreferences {
  result: notificationPreferences {
    ...ConsoleNotificationPreferencesFields
  }
}
    fragment ConsoleNotificationPreferencesFields on NotificationPreferences {
  language
  kinds {
    kind
    inbox
    email
    emailFrequency
  }
}`) as unknown as TypedDocumentString<ConsoleNotificationPreferencesQuery, ConsoleNotificationPreferencesQueryVariables>;
export const ConsoleUpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation ConsoleUpdateNotificationPreferences($input: NotificationPreferencesInput!) {
  result: updateNotificationPreferences(input: $input) {
    ...ConsoleNotificationPreferencesFields
  }
}
    fragment ConsoleNotificationPreferencesFields on NotificationPreferences {
  language
  kinds {
    kind
    inbox
    email
    emailFrequency
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateNotificationPreferencesMutation, ConsoleUpdateNotificationPreferencesMutationVariables>;
export const ConsoleSetNotificationLanguageDocument = new TypedDocumentString(`
    mutation ConsoleSetNotificationLanguage($language: Language!) {
  result: updateNotificationPreferences(input: {language: $language}) {
    language
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetNotificationLanguageMutation, ConsoleSetNotificationLanguageMutationVariables>;
export const ConsoleFailedDeliveriesDocument = new TypedDocumentString(`
    query ConsoleFailedDeliveries($first: Int, $offset: Int) {
  result: failedDeliveries(first: $first, offset: $offset) {
    totalCount
    nodes {
      id
      kind
      recipient
      attempts
      lastError
      digest
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFailedDeliveriesQuery, ConsoleFailedDeliveriesQueryVariables>;
export const ConsoleRetryDeliveryDocument = new TypedDocumentString(`
    mutation ConsoleRetryDelivery($id: ID!) {
  result: retryDelivery(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRetryDeliveryMutation, ConsoleRetryDeliveryMutationVariables>;
export const ConsoleOrganisationsDocument = new TypedDocumentString(`
    query ConsoleOrganisations($filter: OrganisationFilter, $first: Int, $offset: Int) {
  result: organisations(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleOrganisationFields
    }
  }
}
    fragment ConsoleOrganisationFields on Organisation {
  id
  nameAr
  nameFr
  field
  partnerStatus
  contactEmail
  contactPhone
  published
  collectivity {
    id
    nameAr
    nameFr
  }
}`) as unknown as TypedDocumentString<ConsoleOrganisationsQuery, ConsoleOrganisationsQueryVariables>;
export const ConsoleCreateOrganisationDocument = new TypedDocumentString(`
    mutation ConsoleCreateOrganisation($input: OrganisationInput!) {
  result: createOrganisation(input: $input) {
    ...ConsoleOrganisationFields
  }
}
    fragment ConsoleOrganisationFields on Organisation {
  id
  nameAr
  nameFr
  field
  partnerStatus
  contactEmail
  contactPhone
  published
  collectivity {
    id
    nameAr
    nameFr
  }
}`) as unknown as TypedDocumentString<ConsoleCreateOrganisationMutation, ConsoleCreateOrganisationMutationVariables>;
export const ConsoleUpdateOrganisationDocument = new TypedDocumentString(`
    mutation ConsoleUpdateOrganisation($id: ID!, $input: OrganisationInput!) {
  result: updateOrganisation(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateOrganisationMutation, ConsoleUpdateOrganisationMutationVariables>;
export const ConsoleDeleteOrganisationDocument = new TypedDocumentString(`
    mutation ConsoleDeleteOrganisation($id: ID!) {
  result: deleteOrganisation(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteOrganisationMutation, ConsoleDeleteOrganisationMutationVariables>;
export const ConsoleSetOrganisationPublishedDocument = new TypedDocumentString(`
    mutation ConsoleSetOrganisationPublished($id: ID!, $published: Boolean!) {
  result: setOrganisationPublished(id: $id, published: $published) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetOrganisationPublishedMutation, ConsoleSetOrganisationPublishedMutationVariables>;
export const ConsoleActionProgramsDocument = new TypedDocumentString(`
    query ConsoleActionPrograms($filter: ActionProgramFilter, $first: Int, $offset: Int) {
  result: actionPrograms(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleActionProgramFields
    }
  }
}
    fragment ConsoleActionProgramFields on ActionProgram {
  id
  title
  titleAr
  titleFr
  status
  adoptedOn
  councilSession
  councilSessionEventId
  consultationEventId
  consultationWaiver
  periodStart
  periodEnd
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  commitments {
    id
    title
    completion
    progress
  }
}`) as unknown as TypedDocumentString<ConsoleActionProgramsQuery, ConsoleActionProgramsQueryVariables>;
export const ConsoleActionProgramDocument = new TypedDocumentString(`
    query ConsoleActionProgram($id: ID!) {
  result: actionProgram(id: $id) {
    ...ConsoleActionProgramFields
  }
}
    fragment ConsoleActionProgramFields on ActionProgram {
  id
  title
  titleAr
  titleFr
  status
  adoptedOn
  councilSession
  councilSessionEventId
  consultationEventId
  consultationWaiver
  periodStart
  periodEnd
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  commitments {
    id
    title
    completion
    progress
  }
}`) as unknown as TypedDocumentString<ConsoleActionProgramQuery, ConsoleActionProgramQueryVariables>;
export const ConsoleCreateActionProgramDocument = new TypedDocumentString(`
    mutation ConsoleCreateActionProgram($input: ActionProgramInput!) {
  result: createActionProgram(input: $input) {
    ...ConsoleActionProgramFields
  }
}
    fragment ConsoleActionProgramFields on ActionProgram {
  id
  title
  titleAr
  titleFr
  status
  adoptedOn
  councilSession
  councilSessionEventId
  consultationEventId
  consultationWaiver
  periodStart
  periodEnd
  published
  collectivity {
    id
    nameAr
    nameFr
  }
  commitments {
    id
    title
    completion
    progress
  }
}`) as unknown as TypedDocumentString<ConsoleCreateActionProgramMutation, ConsoleCreateActionProgramMutationVariables>;
export const ConsoleUpdateActionProgramDocument = new TypedDocumentString(`
    mutation ConsoleUpdateActionProgram($id: ID!, $input: ActionProgramInput!) {
  result: updateActionProgram(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateActionProgramMutation, ConsoleUpdateActionProgramMutationVariables>;
export const ConsoleDeleteActionProgramDocument = new TypedDocumentString(`
    mutation ConsoleDeleteActionProgram($id: ID!) {
  result: deleteActionProgram(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteActionProgramMutation, ConsoleDeleteActionProgramMutationVariables>;
export const ConsoleSetActionProgramPublishedDocument = new TypedDocumentString(`
    mutation ConsoleSetActionProgramPublished($id: ID!, $published: Boolean!) {
  result: setActionProgramPublished(id: $id, published: $published) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetActionProgramPublishedMutation, ConsoleSetActionProgramPublishedMutationVariables>;
export const ConsoleSetProgramStatusDocument = new TypedDocumentString(`
    mutation ConsoleSetProgramStatus($id: ID!, $input: ProgramStatusInput!) {
  setProgramStatus(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetProgramStatusMutation, ConsoleSetProgramStatusMutationVariables>;
export const ConsoleProgressReportsDocument = new TypedDocumentString(`
    query ConsoleProgressReports($id: ID!) {
  actionProgram(id: $id) {
    progressReports {
      id
      periodStart
      periodEnd
      narrative
      published
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleProgressReportsQuery, ConsoleProgressReportsQueryVariables>;
export const ConsoleCreateProgressReportDocument = new TypedDocumentString(`
    mutation ConsoleCreateProgressReport($id: ID!, $input: ProgressReportInput!) {
  createProgressReport(programId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateProgressReportMutation, ConsoleCreateProgressReportMutationVariables>;
export const ConsoleImportProgramDocument = new TypedDocumentString(`
    mutation ConsoleImportProgram($csv: String!, $programId: ID, $dryRun: Boolean) {
  importProgram(csv: $csv, programId: $programId, dryRun: $dryRun) {
    dryRun
    rowCount
    created
    updated
    refused {
      line
      field
      message
    }
    program {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleImportProgramMutation, ConsoleImportProgramMutationVariables>;
export const ConsolePriorityAxesDocument = new TypedDocumentString(`
    query ConsolePriorityAxes($id: ID!) {
  actionProgram(id: $id) {
    id
    priorityAxes {
      id
      titleAr
      titleFr
      principles
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePriorityAxesQuery, ConsolePriorityAxesQueryVariables>;
export const ConsoleCreatePriorityAxisDocument = new TypedDocumentString(`
    mutation ConsoleCreatePriorityAxis($programId: ID!, $input: PriorityAxisInput!) {
  createPriorityAxis(programId: $programId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreatePriorityAxisMutation, ConsoleCreatePriorityAxisMutationVariables>;
export const ConsoleUpdatePriorityAxisDocument = new TypedDocumentString(`
    mutation ConsoleUpdatePriorityAxis($id: ID!, $input: PriorityAxisInput!) {
  updatePriorityAxis(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdatePriorityAxisMutation, ConsoleUpdatePriorityAxisMutationVariables>;
export const ConsoleDeletePriorityAxisDocument = new TypedDocumentString(`
    mutation ConsoleDeletePriorityAxis($id: ID!) {
  deletePriorityAxis(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeletePriorityAxisMutation, ConsoleDeletePriorityAxisMutationVariables>;
export const ConsoleProposalsDocument = new TypedDocumentString(`
    query ConsoleProposals($filter: ProposalFilter, $first: Int, $offset: Int) {
  result: proposals(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ConsoleProposalFields
    }
  }
}
    fragment ConsoleProposalFields on Proposal {
  id
  title
  body
  principle
  source
  status
  answer
  supportsCount
  published
  citizenSubmitted
  collectivity {
    id
    nameAr
    nameFr
  }
  commitment {
    id
  }
  mergedInto {
    id
    title
  }
}`) as unknown as TypedDocumentString<ConsoleProposalsQuery, ConsoleProposalsQueryVariables>;
export const ConsoleProposalDocument = new TypedDocumentString(`
    query ConsoleProposal($id: ID!) {
  result: proposal(id: $id) {
    ...ConsoleProposalFields
  }
}
    fragment ConsoleProposalFields on Proposal {
  id
  title
  body
  principle
  source
  status
  answer
  supportsCount
  published
  citizenSubmitted
  collectivity {
    id
    nameAr
    nameFr
  }
  commitment {
    id
  }
  mergedInto {
    id
    title
  }
}`) as unknown as TypedDocumentString<ConsoleProposalQuery, ConsoleProposalQueryVariables>;
export const ConsoleCreateProposalDocument = new TypedDocumentString(`
    mutation ConsoleCreateProposal($input: ProposalInput!) {
  result: createProposal(input: $input) {
    ...ConsoleProposalFields
  }
}
    fragment ConsoleProposalFields on Proposal {
  id
  title
  body
  principle
  source
  status
  answer
  supportsCount
  published
  citizenSubmitted
  collectivity {
    id
    nameAr
    nameFr
  }
  commitment {
    id
  }
  mergedInto {
    id
    title
  }
}`) as unknown as TypedDocumentString<ConsoleCreateProposalMutation, ConsoleCreateProposalMutationVariables>;
export const ConsoleUpdateProposalDocument = new TypedDocumentString(`
    mutation ConsoleUpdateProposal($id: ID!, $input: ProposalInput!) {
  result: updateProposal(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateProposalMutation, ConsoleUpdateProposalMutationVariables>;
export const ConsoleDeleteProposalDocument = new TypedDocumentString(`
    mutation ConsoleDeleteProposal($id: ID!) {
  result: deleteProposal(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteProposalMutation, ConsoleDeleteProposalMutationVariables>;
export const ConsoleSetProposalPublishedDocument = new TypedDocumentString(`
    mutation ConsoleSetProposalPublished($id: ID!, $published: Boolean!) {
  result: setProposalPublished(id: $id, published: $published) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetProposalPublishedMutation, ConsoleSetProposalPublishedMutationVariables>;
export const ConsoleAnswerProposalDocument = new TypedDocumentString(`
    mutation ConsoleAnswerProposal($id: ID!, $input: ProposalAnswerInput!) {
  answerProposal(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAnswerProposalMutation, ConsoleAnswerProposalMutationVariables>;
export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleIdentityDocument = new TypedDocumentString(`
    query ConsoleIdentity {
  me {
    id
    displayName
    email
  }
}
    `) as unknown as TypedDocumentString<ConsoleIdentityQuery, ConsoleIdentityQueryVariables>;
export const ConsoleWebhooksDocument = new TypedDocumentString(`
    query ConsoleWebhooks {
  result: webhooks(first: 100) {
    totalCount
    nodes {
      ...ConsoleWebhookFields
    }
  }
}
    fragment ConsoleWebhookFields on Webhook {
  id
  url
  kinds
  active
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<ConsoleWebhooksQuery, ConsoleWebhooksQueryVariables>;
export const ConsoleWebhookDeliveriesDocument = new TypedDocumentString(`
    query ConsoleWebhookDeliveries($webhookId: ID!, $first: Int, $offset: Int) {
  result: webhookDeliveries(webhookId: $webhookId, first: $first, offset: $offset) {
    totalCount
    nodes {
      id
      messageId
      kind
      attempt
      succeeded
      statusCode
      error
      durationMs
      attemptedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleWebhookDeliveriesQuery, ConsoleWebhookDeliveriesQueryVariables>;
export const ConsoleCreateWebhookDocument = new TypedDocumentString(`
    mutation ConsoleCreateWebhook($input: WebhookInput!) {
  result: createWebhook(input: $input) {
    secret
    webhook {
      ...ConsoleWebhookFields
    }
  }
}
    fragment ConsoleWebhookFields on Webhook {
  id
  url
  kinds
  active
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<ConsoleCreateWebhookMutation, ConsoleCreateWebhookMutationVariables>;
export const ConsoleDeleteWebhookDocument = new TypedDocumentString(`
    mutation ConsoleDeleteWebhook($id: ID!) {
  result: deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteWebhookMutation, ConsoleDeleteWebhookMutationVariables>;