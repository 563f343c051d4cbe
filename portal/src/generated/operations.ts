/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  /** Whether the commune may publish the proposal. Nothing is public until it does. */
  consentToPublish: boolean;
  /** The commune's PUBLIC_CONSULTATION event, open now: published, not CANCELLED, started and not yet ended (else BAD_USER_INPUT naming consultationId). */
  consultationId: string | number;
  /** Optional contact, at most 300 characters; kept private to the commune. */
  contact?: string | null | undefined;
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
  language?: Language | null | undefined;
}>;


export type PortalCollectivityQuery = { collectivity: { id: string, nameAr: string, nameFr: string, events: { nodes: Array<{ id: string, kind: EventKind, startsAt: string, startsOn: string, startsAtPrecision: TimePrecision, endsAt: string | null, title: string, organizer: EventOrganizer }> } | null, currentProgram: { id: string, title: string, status: ProgramStatus, adoptedOn: string | null, councilSession: string | null, commitments: Array<{ id: string, title: string, progress: number, completion: CompletionLevel, principles: Array<OpennessPrinciple> }> } | null, proposals: { nodes: Array<{ id: string, title: string, principle: OpennessPrinciple, status: ProposalStatus, answer: string | null, commitment: { id: string, title: string } | null }> } | null } | null };

export type PortalSubmitProposalMutationVariables = Exact<{
  input: CitizenProposalInput;
}>;


export type PortalSubmitProposalMutation = { submitProposal: { reference: string } };

export type PortalCommitmentQueryVariables = Exact<{
  id: string | number;
  language?: Language | null | undefined;
}>;


export type PortalCommitmentQuery = { commitment: { id: string, title: string, problem: string | null, action: string | null, principles: Array<OpennessPrinciple>, completion: CompletionLevel, progress: number, collectivity: { id: string, nameAr: string, nameFr: string } | null, milestones: Array<{ id: string, title: string, dueOn: string | null, doneOn: string | null, weight: number }>, indicators: Array<{ id: string, title: string, unit: string, baseline: number, target: number, latest: { value: number, measuredOn: string } | null, measurements: Array<{ measuredOn: string, value: number }> }>, reviews: Array<{ verifiedCompletion: CompletionLevel, didItOpenGovernment: OpenGovernmentEffect | null, comment: string | null }>, sourceProposals: Array<{ id: string, title: string }> | null } | null };

export type PortalProposalFollowUpQueryVariables = Exact<{
  reference: string;
}>;


export type PortalProposalFollowUpQuery = { proposalFollowUp: { collectivityId: string, title: string, status: ProposalStatus, answer: string | null, published: boolean, submittedAt: string } | null };

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
  language?: Language | null | undefined;
}>;


export type PortalNetworkQuery = { network: { nameAr: string, nameFr: string, memberCount: number, reportedComposition: { asOf: string, sourceAr: string, sourceFr: string, regions: number, prefectureProvinceCouncils: number, communes: number, total: number } | null, participation: { eventCount: number, proposalCount: number } | null, evaluation: { programCount: number, commitmentCount: number } | null, membersByRegion: Array<{ count: number, region: { id: string, nameAr: string, nameFr: string } | null }> }, collectivities: { totalCount: number, nodes: Array<{ id: string, nameAr: string, nameFr: string, kind: CollectivityKind, membership: { joinedOn: string } | null }> }, commitments?: { nodes: Array<{ id: string, title: string }> }, proposals?: { nodes: Array<{ id: string, title: string, collectivity: { id: string } | null }> } };

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
    query PortalCollectivity($id: ID!, $language: Language) {
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
        title(language: $language)
        organizer
      }
    }
    currentProgram {
      id
      title(language: $language)
      status
      adoptedOn
      councilSession
      commitments {
        id
        title(language: $language)
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
          title(language: $language)
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
    query PortalCommitment($id: ID!, $language: Language) {
  commitment(id: $id) {
    id
    title(language: $language)
    problem
    action
    principles
    completion
    progress
    collectivity {
      id
      nameAr
      nameFr
    }
    milestones {
      id
      title
      dueOn
      doneOn
      weight
    }
    indicators {
      id
      title
      unit
      baseline
      target
      latest {
        value
        measuredOn
      }
      measurements {
        measuredOn
        value
      }
    }
    reviews {
      verifiedCompletion
      didItOpenGovernment
      comment
    }
    sourceProposals {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<PortalCommitmentQuery, PortalCommitmentQueryVariables>;
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
    query PortalNetwork($search: String, $searching: Boolean!, $language: Language) {
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
      title(language: $language)
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