/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The kinds of supporting actors the OGP Local commitment template lists. */
export type ActorKind =
  /** A civil-society organisation, association, academic or citizens’ group. */
  | 'CIVIL_SOCIETY'
  /** A public body: a ministry, an agency, another collectivity, a deconcentrated service… */
  | 'GOVERNMENT'
  /** A company, a business association or another private actor. */
  | 'PRIVATE_SECTOR';

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

/** A citizen's proposal to a commune's open public consultation. */
export type CitizenProposalInput = {
  /** Full text, 1–5,000 characters, not blank. */
  body: string;
  /** The commune holding the consultation (UUID). */
  collectivityId: string | number;
  /** Whether the citizen agrees to be contacted at `email` about this proposal; false when not given. */
  consentToContact?: boolean | null | undefined;
  /** Whether the commune may publish the proposal. Nothing is public until it does. */
  consentToPublish: boolean;
  /** The commune's PUBLIC_CONSULTATION event, open now: published, not CANCELLED, started and not yet ended (else BAD_USER_INPUT naming consultationId). */
  consultationId: string | number;
  /** Optional contact, at most 300 characters; kept private to the commune. */
  contact?: string | null | undefined;
  /** Optional e-mail address (at most 254 characters) to which the commune's answer is sent once it is answered and published; kept only with consentToContact true (BAD_USER_INPUT naming consentToContact otherwise), private to the commune, covered by the personal-data export and erasure. */
  email?: string | null | undefined;
  /** The language the citizen writes in (the portal's): the commune's answer is mailed in it alone; in Arabic and French when not given. */
  language?: Language | null | undefined;
  /** The openness principle it serves. */
  principle: OpennessPrinciple;
  /** Who is proposing; CITIZEN when not given. */
  submitterCategory?: AttendeeCategory | null | undefined;
  /** Short title, 3–300 characters, not blank. */
  title: string;
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

/** Which way an indicator must move from its baseline to reach its target. */
export type IndicatorDirection =
  /** Lower is better: the target is below the baseline. */
  | 'DECREASE'
  /** Higher is better: the target is above the baseline. */
  | 'INCREASE';

/** Language of a text: fields with a `language` argument answer in it (Arabic by default), else in the other language when the text exists only there. */
export type Language =
  /** Arabic (العربية). */
  | 'AR'
  /** French (français). */
  | 'FR';

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

/** The OGP IRM's potential-for-results rating: what the commitment, as designed, could change. */
export type PotentialForResults =
  /** Modest: a positive but stand-alone or incremental change. */
  | 'MODEST'
  /** Substantial: could change the rules, practices or institutions of the policy area. */
  | 'SUBSTANTIAL'
  /** Unclear: continues existing practice, or too vague to judge its added value. */
  | 'UNCLEAR';

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

/** How much of a start is known: the minute, only the day, or only the month. */
export type TimePrecision =
  /** Only the day is known; startsOn reads e.g. "2025-02-11". */
  | 'DAY'
  /** Date and time are known to the minute (the default); startsOn reads e.g. "2025-03-07T10:30". */
  | 'MINUTE'
  /** Only the month is known; startsOn reads e.g. "2025-10". */
  | 'MONTH';

export type PortalCollectivityQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalCollectivityQuery = { collectivity: { id: string, nameAr: string, nameFr: string, events: { nodes: Array<{ id: string, kind: EventKind, startsAt: string, startsOn: string, startsAtPrecision: TimePrecision, endsAt: string | null, titleAr: string | null, titleFr: string | null, organizer: EventOrganizer, status: EventStatus }> } | null, currentProgram: { id: string, titleAr: string | null, titleFr: string | null, status: ProgramStatus, adoptedOn: string | null, councilSession: string | null, councilSessionEvent: { id: string, titleAr: string | null, titleFr: string | null } | null, commitments: Array<{ id: string, titleAr: string | null, titleFr: string | null, progress: number, completion: CompletionLevel, principles: Array<OpennessPrinciple> }> } | null, proposals: { nodes: Array<{ id: string, title: string, principle: OpennessPrinciple, status: ProposalStatus, answer: string | null, commitment: { id: string, titleAr: string | null, titleFr: string | null } | null }> } | null } | null };

export type PortalSubmitProposalMutationVariables = Exact<{
  input: CitizenProposalInput;
}>;


export type PortalSubmitProposalMutation = { submitProposal: { reference: string } };

export type PortalCommitmentTemplateFragment = { id: string, titleAr: string | null, titleFr: string | null, problem: string | null, causes: string | null, statusQuo: string | null, action: string | null, objective: string | null, contribution: string | null, principles: Array<OpennessPrinciple>, leadUnit: string | null, partners: Array<string>, startsOn: string | null, endsOn: string | null, completion: CompletionLevel, progress: number, relevance: Array<{ principle: OpennessPrinciple, text: string }>, supportingActors: Array<{ kind: ActorKind, name: string }>, contact: { name: string | null, role: string | null, email: string | null, phone: string | null } | null, axis: { id: string, titleAr: string | null, titleFr: string | null } | null, milestones: Array<{ id: string, title: string, startsOn: string | null, dueOn: string | null, deliverable: string | null, evidence: string | null, doneOn: string | null, weight: number }>, indicators: Array<{ id: string, title: string, unit: string, baseline: number, target: number, direction: IndicatorDirection, latest: { value: number, measuredOn: string } | null, measurements: Array<{ measuredOn: string, value: number }> }> };

export type PortalCommitmentQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalCommitmentQuery = { commitment: { id: string, titleAr: string | null, titleFr: string | null, problem: string | null, causes: string | null, statusQuo: string | null, action: string | null, objective: string | null, contribution: string | null, principles: Array<OpennessPrinciple>, leadUnit: string | null, partners: Array<string>, startsOn: string | null, endsOn: string | null, completion: CompletionLevel, progress: number, collectivity: { id: string, nameAr: string, nameFr: string } | null, program: { id: string, titleAr: string | null, titleFr: string | null } | null, reviews: Array<{ verifiedCompletion: CompletionLevel, didItOpenGovernment: OpenGovernmentEffect | null, potentialForResults: PotentialForResults | null, comment: string | null, createdAt: string }>, sourceProposals: Array<{ id: string, title: string, status: ProposalStatus }> | null, relevance: Array<{ principle: OpennessPrinciple, text: string }>, supportingActors: Array<{ kind: ActorKind, name: string }>, contact: { name: string | null, role: string | null, email: string | null, phone: string | null } | null, axis: { id: string, titleAr: string | null, titleFr: string | null } | null, milestones: Array<{ id: string, title: string, startsOn: string | null, dueOn: string | null, deliverable: string | null, evidence: string | null, doneOn: string | null, weight: number }>, indicators: Array<{ id: string, title: string, unit: string, baseline: number, target: number, direction: IndicatorDirection, latest: { value: number, measuredOn: string } | null, measurements: Array<{ measuredOn: string, value: number }> }> } | null };

export type PortalEventQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalEventQuery = { event: { id: string, kind: EventKind, organizer: EventOrganizer, status: EventStatus, titleAr: string | null, titleFr: string | null, descriptionAr: string | null, descriptionFr: string | null, startsAt: string, startsAtPrecision: TimePrecision, endsAt: string | null, venue: string | null, onlineUrl: string | null, outcome: string | null, collectivity: { id: string, nameAr: string, nameFr: string } | null, agenda: Array<{ id: string, startsAt: string, endsAt: string, titleAr: string | null, titleFr: string | null, kind: AgendaItemKind, speakers: Array<{ role: SpeakerRole, name: string | null }> }>, attendance: Array<{ category: AttendeeCategory, gender: Gender, count: number | null }>, collectivityAttendance: Array<{ category: AttendeeCategory, gender: Gender, count: number }>, attendingCollectivities: Array<{ id: string, nameAr: string, nameFr: string }> } | null };

export type PortalUpcomingCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalUpcomingCountsQuery = { planned: { totalCount: number }, consultations: { totalCount: number } };

export type PortalUpcomingQueryVariables = Exact<{
  plannedOffset: number;
  consultationsOffset: number;
}>;


export type PortalUpcomingQuery = { planned: { nodes: Array<{ id: string, kind: EventKind, status: EventStatus, titleAr: string | null, titleFr: string | null, startsAt: string, startsAtPrecision: TimePrecision, endsAt: string | null, venue: string | null, collectivity: { id: string, nameAr: string, nameFr: string } | null }> }, consultations: { nodes: Array<{ id: string, kind: EventKind, status: EventStatus, titleAr: string | null, titleFr: string | null, startsAt: string, startsAtPrecision: TimePrecision, endsAt: string | null, venue: string | null, collectivity: { id: string, nameAr: string, nameFr: string } | null }> } };

export type PortalEventSummaryFragment = { id: string, kind: EventKind, status: EventStatus, titleAr: string | null, titleFr: string | null, startsAt: string, startsAtPrecision: TimePrecision, endsAt: string | null, venue: string | null, collectivity: { id: string, nameAr: string, nameFr: string } | null };

export type PortalProposalFollowUpQueryVariables = Exact<{
  reference: string;
}>;


export type PortalProposalFollowUpQuery = { proposalFollowUp: { collectivityId: string, title: string, status: ProposalStatus, answer: string | null, published: boolean, submittedAt: string } | null };

export type PortalFollowCollectivityMutationVariables = Exact<{
  email: string;
  collectivityId: string | number;
  language: Language;
}>;


export type PortalFollowCollectivityMutation = { followCollectivity: boolean };

export type PortalConfirmFollowMutationVariables = Exact<{
  token: string;
}>;


export type PortalConfirmFollowMutation = { confirmFollow: { collectivityId: string } };

export type PortalUnfollowMutationVariables = Exact<{
  token: string;
}>;


export type PortalUnfollowMutation = { unfollow: boolean };

export type PortalLibraryEntriesQueryVariables = Exact<{
  search?: string | null | undefined;
  language?: Language | null | undefined;
}>;


export type PortalLibraryEntriesQuery = { libraryEntries: { totalCount: number, nodes: Array<{ id: string, kind: LibraryEntryKind, title: string, summary: string | null }> } };

export type PortalLibraryEntryQueryVariables = Exact<{
  id: string | number;
  language?: Language | null | undefined;
}>;


export type PortalLibraryEntryQuery = { libraryEntry: { id: string, kind: LibraryEntryKind, title: string, summary: string | null, body: string | null, principles: Array<OpennessPrinciple>, isIllustrative: boolean, links: Array<{ url: string, label: string | null }>, collectivity: { id: string, nameAr: string, nameFr: string } | null, commitments: Array<{ id: string, title: string }> } | null };

export type ReportedCompositionLineFragment = { asOf: string, sourceAr: string, sourceFr: string, regions: number, prefectureProvinceCouncils: number, communes: number, total: number };

export type PortalNetworkAboutQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalNetworkAboutQuery = { network: { nameAr: string, nameFr: string, memberCount: number, supportProgramme: { nameAr: string, nameFr: string, launchedOn: string, descriptionAr: string, descriptionFr: string, partners: Array<{ nameAr: string, nameFr: string, lead: boolean }>, axes: Array<{ number: number, titleAr: string, titleFr: string, descriptionAr: string, descriptionFr: string }> } | null, charter: { decisionAr: string, decisionFr: string, purposeAr: string, purposeFr: string, openCollectivityAr: string, openCollectivityFr: string, preamble: Array<{ textAr: string, textFr: string }>, objectives: Array<{ textAr: string, textFr: string }>, values: Array<{ textAr: string, textFr: string }>, commitments: Array<{ textAr: string, textFr: string }> } | null, reportedComposition: { asOf: string, sourceAr: string, sourceFr: string, regions: number, prefectureProvinceCouncils: number, communes: number, total: number } | null, demoData: { asOf: string, noteAr: string, noteFr: string } | null, membersByStage: Array<{ stage: MemberStage, count: number }>, byRegion: Array<{ regionCode: string | null, members: number, adopted: number, adoptionShare: number | null, commitments: number }> } };

export type PortalNetworkQueryVariables = Exact<{
  search?: string | null | undefined;
  searching: boolean;
}>;


export type PortalNetworkQuery = { network: { nameAr: string, nameFr: string, memberCount: number, reportedComposition: { asOf: string, sourceAr: string, sourceFr: string, regions: number, prefectureProvinceCouncils: number, communes: number, total: number } | null, participation: { eventCount: number, proposalCount: number } | null, evaluation: { programCount: number, commitmentCount: number } | null, membersByRegion: Array<{ count: number, region: { id: string, nameAr: string, nameFr: string } | null }> }, collectivities: { totalCount: number, nodes: Array<{ id: string, nameAr: string, nameFr: string, kind: CollectivityKind, membership: { joinedOn: string } | null }> }, commitments?: { nodes: Array<{ id: string, titleAr: string | null, titleFr: string | null }> }, proposals?: { nodes: Array<{ id: string, title: string, collectivity: { id: string } | null }> } };

export type PortalProgramQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalProgramQuery = { actionProgram: { id: string, titleAr: string | null, titleFr: string | null, status: ProgramStatus, adoptedOn: string | null, councilSession: string | null, periodStart: string | null, periodEnd: string | null, councilSessionEvent: { id: string, titleAr: string | null, titleFr: string | null, startsAt: string, startsAtPrecision: TimePrecision } | null, collectivity: { id: string, nameAr: string, nameFr: string } | null, priorityAxes: Array<{ id: string, titleAr: string | null, titleFr: string | null, principles: Array<OpennessPrinciple> }>, commitments: Array<{ id: string, titleAr: string | null, titleFr: string | null, problem: string | null, causes: string | null, statusQuo: string | null, action: string | null, objective: string | null, contribution: string | null, principles: Array<OpennessPrinciple>, leadUnit: string | null, partners: Array<string>, startsOn: string | null, endsOn: string | null, completion: CompletionLevel, progress: number, relevance: Array<{ principle: OpennessPrinciple, text: string }>, supportingActors: Array<{ kind: ActorKind, name: string }>, contact: { name: string | null, role: string | null, email: string | null, phone: string | null } | null, axis: { id: string, titleAr: string | null, titleFr: string | null } | null, milestones: Array<{ id: string, title: string, startsOn: string | null, dueOn: string | null, deliverable: string | null, evidence: string | null, doneOn: string | null, weight: number }>, indicators: Array<{ id: string, title: string, unit: string, baseline: number, target: number, direction: IndicatorDirection, latest: { value: number, measuredOn: string } | null, measurements: Array<{ measuredOn: string, value: number }> }> }> } | null };

export type PortalProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalProposalQuery = { proposal: { id: string, title: string, body: string, principle: OpennessPrinciple, status: ProposalStatus, answer: string | null, answeredAt: string | null, createdAt: string, collectivity: { id: string, nameAr: string, nameFr: string } | null, commitment: { id: string, titleAr: string | null, titleFr: string | null } | null, event: { id: string, titleAr: string | null, titleFr: string | null } | null } | null };

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
export const PortalCommitmentTemplateFragmentDoc = new TypedDocumentString(`
    fragment PortalCommitmentTemplate on Commitment {
  id
  titleAr
  titleFr
  problem
  causes
  statusQuo
  action
  objective
  contribution
  principles
  relevance {
    principle
    text
  }
  supportingActors {
    kind
    name
  }
  contact {
    name
    role
    email
    phone
  }
  leadUnit
  partners
  startsOn
  endsOn
  completion
  progress
  axis {
    id
    titleAr
    titleFr
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
    latest {
      value
      measuredOn
    }
    measurements {
      measuredOn
      value
    }
  }
}
    `, {"fragmentName":"PortalCommitmentTemplate"}) as unknown as TypedDocumentString<PortalCommitmentTemplateFragment, unknown>;
export const PortalEventSummaryFragmentDoc = new TypedDocumentString(`
    fragment PortalEventSummary on Event {
  id
  kind
  status
  titleAr
  titleFr
  startsAt
  startsAtPrecision
  endsAt
  venue
  collectivity {
    id
    nameAr
    nameFr
  }
}
    `, {"fragmentName":"PortalEventSummary"}) as unknown as TypedDocumentString<PortalEventSummaryFragment, unknown>;
export const ReportedCompositionLineFragmentDoc = new TypedDocumentString(`
    fragment ReportedCompositionLine on ReportedComposition {
  asOf
  sourceAr
  sourceFr
  regions
  prefectureProvinceCouncils
  communes
  total
}
    `, {"fragmentName":"ReportedCompositionLine"}) as unknown as TypedDocumentString<ReportedCompositionLineFragment, unknown>;
export const PortalCollectivityDocument = new TypedDocumentString(`
    query PortalCollectivity($id: ID!) {
  collectivity(id: $id) {
    id
    nameAr
    nameFr
    events(first: 100) {
      nodes {
        id
        kind
        startsAt
        startsOn
        startsAtPrecision
        endsAt
        titleAr
        titleFr
        organizer
        status
      }
    }
    currentProgram {
      id
      titleAr
      titleFr
      status
      adoptedOn
      councilSession
      councilSessionEvent {
        id
        titleAr
        titleFr
      }
      commitments {
        id
        titleAr
        titleFr
        progress
        completion
        principles
      }
    }
    proposals(first: 100) {
      nodes {
        id
        title
        principle
        status
        answer
        commitment {
          id
          titleAr
          titleFr
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalCollectivityQuery, PortalCollectivityQueryVariables>;
export const PortalSubmitProposalDocument = new TypedDocumentString(`
    mutation PortalSubmitProposal($input: CitizenProposalInput!) {
  submitProposal(input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<PortalSubmitProposalMutation, PortalSubmitProposalMutationVariables>;
export const PortalCommitmentDocument = new TypedDocumentString(`
    query PortalCommitment($id: ID!) {
  commitment(id: $id) {
    ...PortalCommitmentTemplate
    collectivity {
      id
      nameAr
      nameFr
    }
    program {
      id
      titleAr
      titleFr
    }
    reviews {
      verifiedCompletion
      didItOpenGovernment
      potentialForResults
      comment
      createdAt
    }
    sourceProposals {
      id
      title
      status
    }
  }
}
    fragment PortalCommitmentTemplate on Commitment {
  id
  titleAr
  titleFr
  problem
  causes
  statusQuo
  action
  objective
  contribution
  principles
  relevance {
    principle
    text
  }
  supportingActors {
    kind
    name
  }
  contact {
    name
    role
    email
    phone
  }
  leadUnit
  partners
  startsOn
  endsOn
  completion
  progress
  axis {
    id
    titleAr
    titleFr
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
    latest {
      value
      measuredOn
    }
    measurements {
      measuredOn
      value
    }
  }
}`) as unknown as TypedDocumentString<PortalCommitmentQuery, PortalCommitmentQueryVariables>;
export const PortalEventDocument = new TypedDocumentString(`
    query PortalEvent($id: ID!) {
  event(id: $id) {
    id
    kind
    organizer
    status
    titleAr
    titleFr
    descriptionAr
    descriptionFr
    startsAt
    startsAtPrecision
    endsAt
    venue
    onlineUrl
    outcome
    collectivity {
      id
      nameAr
      nameFr
    }
    agenda {
      id
      startsAt
      endsAt
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
    collectivityAttendance {
      category
      gender
      count
    }
    attendingCollectivities {
      id
      nameAr
      nameFr
    }
  }
}
    `) as unknown as TypedDocumentString<PortalEventQuery, PortalEventQueryVariables>;
export const PortalUpcomingCountsDocument = new TypedDocumentString(`
    query PortalUpcomingCounts {
  planned: events(filter: {status: PLANNED}, first: 0) {
    totalCount
  }
  consultations: events(filter: {kind: PUBLIC_CONSULTATION}, first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PortalUpcomingCountsQuery, PortalUpcomingCountsQueryVariables>;
export const PortalUpcomingDocument = new TypedDocumentString(`
    query PortalUpcoming($plannedOffset: Int!, $consultationsOffset: Int!) {
  planned: events(filter: {status: PLANNED}, first: 100, offset: $plannedOffset) {
    nodes {
      ...PortalEventSummary
    }
  }
  consultations: events(
    filter: {kind: PUBLIC_CONSULTATION}
    first: 100
    offset: $consultationsOffset
  ) {
    nodes {
      ...PortalEventSummary
    }
  }
}
    fragment PortalEventSummary on Event {
  id
  kind
  status
  titleAr
  titleFr
  startsAt
  startsAtPrecision
  endsAt
  venue
  collectivity {
    id
    nameAr
    nameFr
  }
}`) as unknown as TypedDocumentString<PortalUpcomingQuery, PortalUpcomingQueryVariables>;
export const PortalProposalFollowUpDocument = new TypedDocumentString(`
    query PortalProposalFollowUp($reference: String!) {
  proposalFollowUp(reference: $reference) {
    collectivityId
    title
    status
    answer
    published
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<PortalProposalFollowUpQuery, PortalProposalFollowUpQueryVariables>;
export const PortalFollowCollectivityDocument = new TypedDocumentString(`
    mutation PortalFollowCollectivity($email: String!, $collectivityId: ID!, $language: Language!) {
  followCollectivity(
    email: $email
    collectivityId: $collectivityId
    language: $language
  )
}
    `) as unknown as TypedDocumentString<PortalFollowCollectivityMutation, PortalFollowCollectivityMutationVariables>;
export const PortalConfirmFollowDocument = new TypedDocumentString(`
    mutation PortalConfirmFollow($token: String!) {
  confirmFollow(token: $token) {
    collectivityId
  }
}
    `) as unknown as TypedDocumentString<PortalConfirmFollowMutation, PortalConfirmFollowMutationVariables>;
export const PortalUnfollowDocument = new TypedDocumentString(`
    mutation PortalUnfollow($token: String!) {
  unfollow(token: $token)
}
    `) as unknown as TypedDocumentString<PortalUnfollowMutation, PortalUnfollowMutationVariables>;
export const PortalLibraryEntriesDocument = new TypedDocumentString(`
    query PortalLibraryEntries($search: String, $language: Language) {
  libraryEntries(filter: {search: $search}, first: 20) {
    totalCount
    nodes {
      id
      kind
      title(language: $language)
      summary(language: $language)
    }
  }
}
    `) as unknown as TypedDocumentString<PortalLibraryEntriesQuery, PortalLibraryEntriesQueryVariables>;
export const PortalLibraryEntryDocument = new TypedDocumentString(`
    query PortalLibraryEntry($id: ID!, $language: Language) {
  libraryEntry(id: $id) {
    id
    kind
    title(language: $language)
    summary(language: $language)
    body(language: $language)
    principles
    isIllustrative
    links {
      url
      label
    }
    collectivity {
      id
      nameAr
      nameFr
    }
    commitments {
      id
      title(language: $language)
    }
  }
}
    `) as unknown as TypedDocumentString<PortalLibraryEntryQuery, PortalLibraryEntryQueryVariables>;
export const PortalNetworkAboutDocument = new TypedDocumentString(`
    query PortalNetworkAbout {
  network {
    nameAr
    nameFr
    memberCount
    supportProgramme {
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
    charter {
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
    reportedComposition {
      ...ReportedCompositionLine
    }
    demoData {
      asOf
      noteAr
      noteFr
    }
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
}
    fragment ReportedCompositionLine on ReportedComposition {
  asOf
  sourceAr
  sourceFr
  regions
  prefectureProvinceCouncils
  communes
  total
}`) as unknown as TypedDocumentString<PortalNetworkAboutQuery, PortalNetworkAboutQueryVariables>;
export const PortalNetworkDocument = new TypedDocumentString(`
    query PortalNetwork($search: String, $searching: Boolean!) {
  network {
    nameAr
    nameFr
    memberCount
    reportedComposition {
      ...ReportedCompositionLine
    }
    participation {
      eventCount
      proposalCount
    }
    evaluation {
      programCount
      commitmentCount
    }
    membersByRegion {
      region {
        id
        nameAr
        nameFr
      }
      count
    }
  }
  collectivities(filter: {search: $search}, first: 100) {
    totalCount
    nodes {
      id
      nameAr
      nameFr
      kind
      membership {
        joinedOn
      }
    }
  }
  commitments(filter: {search: $search}, first: 20) @include(if: $searching) {
    nodes {
      id
      titleAr
      titleFr
    }
  }
  proposals(filter: {search: $search}, first: 20) @include(if: $searching) {
    nodes {
      id
      title
      collectivity {
        id
      }
    }
  }
}
    fragment ReportedCompositionLine on ReportedComposition {
  asOf
  sourceAr
  sourceFr
  regions
  prefectureProvinceCouncils
  communes
  total
}`) as unknown as TypedDocumentString<PortalNetworkQuery, PortalNetworkQueryVariables>;
export const PortalProgramDocument = new TypedDocumentString(`
    query PortalProgram($id: ID!) {
  actionProgram(id: $id) {
    id
    titleAr
    titleFr
    status
    adoptedOn
    councilSession
    councilSessionEvent {
      id
      titleAr
      titleFr
      startsAt
      startsAtPrecision
    }
    periodStart
    periodEnd
    collectivity {
      id
      nameAr
      nameFr
    }
    priorityAxes {
      id
      titleAr
      titleFr
      principles
    }
    commitments {
      ...PortalCommitmentTemplate
    }
  }
}
    fragment PortalCommitmentTemplate on Commitment {
  id
  titleAr
  titleFr
  problem
  causes
  statusQuo
  action
  objective
  contribution
  principles
  relevance {
    principle
    text
  }
  supportingActors {
    kind
    name
  }
  contact {
    name
    role
    email
    phone
  }
  leadUnit
  partners
  startsOn
  endsOn
  completion
  progress
  axis {
    id
    titleAr
    titleFr
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
    latest {
      value
      measuredOn
    }
    measurements {
      measuredOn
      value
    }
  }
}`) as unknown as TypedDocumentString<PortalProgramQuery, PortalProgramQueryVariables>;
export const PortalProposalDocument = new TypedDocumentString(`
    query PortalProposal($id: ID!) {
  proposal(id: $id) {
    id
    title
    body
    principle
    status
    answer
    answeredAt
    createdAt
    collectivity {
      id
      nameAr
      nameFr
    }
    commitment {
      id
      titleAr
      titleFr
    }
    event {
      id
      titleAr
      titleFr
    }
  }
}
    `) as unknown as TypedDocumentString<PortalProposalQuery, PortalProposalQueryVariables>;