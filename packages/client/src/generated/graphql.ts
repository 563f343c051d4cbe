/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** State of a collectivity's membership of the network; only ACTIVE members count in the network's figures. */
export type MembershipStatus =
  /** A member in good standing, counted in the network's figures. */
  | 'ACTIVE'
  /** Ended: not counted; `admitMember` may admit the collectivity again. */
  | 'ENDED'
  /** Suspended by the network: not counted; `setMembershipStatus` may reactivate it. */
  | 'SUSPENDED';

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

export type CollectivityTimelineQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type CollectivityTimelineQuery = { collectivity: { id: string, kind: CollectivityKind, nameAr: string, nameFr: string, membership: { joinedOn: string, status: MembershipStatus } | null, events: { totalCount: number, nodes: Array<{ id: string, kind: EventKind, organizer: EventOrganizer, titleAr: string | null, titleFr: string | null, startsAt: string, venue: string | null }> } | null } | null };

export type CollectivityProgramsQueryVariables = Exact<{
  collectivityId: string | number;
}>;


export type CollectivityProgramsQuery = { actionPrograms: { totalCount: number, nodes: Array<{ id: string, status: ProgramStatus, adoptedOn: string | null, titleAr: string | null, titleFr: string | null, commitments: Array<{ id: string, titleAr: string | null, titleFr: string | null, completion: CompletionLevel, progress: number, principles: Array<OpennessPrinciple> }> }> } };

export type NetworkReportQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkReportQuery = { network: { nameAr: string, nameFr: string, foundedOn: string, memberCount: number, membersByKind: Array<{ kind: CollectivityKind, count: number }>, membersByRegion: Array<{ count: number, region: { code: string | null, nameAr: string, nameFr: string } | null }>, participation: { eventCount: number, proposalCount: number } | null, evaluation: { programCount: number, commitmentCount: number } | null } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string } };

export type SyncEventsQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SyncEventsQuery = { events: { nodes: Array<{ id: string, updatedAt: string, published: boolean, kind: EventKind, status: EventStatus, titleAr: string | null, titleFr: string | null, startsAt: string, endsAt: string | null, venue: string | null, collectivity: { id: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type DeletedEventsQueryVariables = Exact<{
  since?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type DeletedEventsQuery = { deletedEvents: { nodes: Array<{ id: string, type: string, collectivityId: string | null, deletedAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CreateWebhookMutationVariables = Exact<{
  url: string;
  kinds: Array<NotificationKind> | NotificationKind;
}>;


export type CreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string, url: string, kinds: Array<NotificationKind>, active: boolean } } };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: { totalCount: number, nodes: Array<{ id: string, url: string, kinds: Array<NotificationKind>, active: boolean, createdAt: string, disabledAt: string | null }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, nodes: Array<{ messageId: string, kind: NotificationKind, attempt: number, succeeded: boolean, statusCode: number | null, error: string | null, attemptedAt: string }> } };

export type DeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookMutation = { deleteWebhook: boolean };

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

export const CollectivityTimelineDocument = new TypedDocumentString(`
    query CollectivityTimeline($id: ID!, $first: Int = 20, $offset: Int = 0) {
  collectivity(id: $id) {
    id
    kind
    nameAr
    nameFr
    membership {
      joinedOn
      status
    }
    events(first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        kind
        organizer
        titleAr
        titleFr
        startsAt
        venue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollectivityTimelineQuery, CollectivityTimelineQueryVariables>;
export const CollectivityProgramsDocument = new TypedDocumentString(`
    query CollectivityPrograms($collectivityId: ID!) {
  actionPrograms(filter: {collectivityId: $collectivityId}, first: 20) {
    totalCount
    nodes {
      id
      status
      adoptedOn
      titleAr
      titleFr
      commitments {
        id
        titleAr
        titleFr
        completion
        progress
        principles
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollectivityProgramsQuery, CollectivityProgramsQueryVariables>;
export const NetworkReportDocument = new TypedDocumentString(`
    query NetworkReport {
  network {
    nameAr
    nameFr
    foundedOn
    memberCount
    membersByKind {
      kind
      count
    }
    membersByRegion {
      region {
        code
        nameAr
        nameFr
      }
      count
    }
    participation {
      eventCount
      proposalCount
    }
    evaluation {
      programCount
      commitmentCount
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkReportQuery, NetworkReportQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const SyncEventsDocument = new TypedDocumentString(`
    query SyncEvents($updatedSince: DateTimeISO, $after: String, $first: Int) {
  events(filter: {updatedSince: $updatedSince}, first: $first, after: $after) {
    nodes {
      id
      updatedAt
      published
      kind
      status
      titleAr
      titleFr
      startsAt
      endsAt
      venue
      collectivity {
        id
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<SyncEventsQuery, SyncEventsQueryVariables>;
export const DeletedEventsDocument = new TypedDocumentString(`
    query DeletedEvents($since: DateTimeISO, $after: String, $first: Int) {
  deletedEvents(since: $since, after: $after, first: $first) {
    nodes {
      id
      type
      collectivityId
      deletedAt
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<DeletedEventsQuery, DeletedEventsQueryVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($url: String!, $kinds: [NotificationKind!]!) {
  createWebhook(input: {url: $url, kinds: $kinds}) {
    secret
    webhook {
      id
      url
      kinds
      active
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const WebhooksDocument = new TypedDocumentString(`
    query Webhooks {
  webhooks(first: 100) {
    totalCount
    nodes {
      id
      url
      kinds
      active
      createdAt
      disabledAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($webhookId: ID!, $first: Int, $offset: Int) {
  webhookDeliveries(webhookId: $webhookId, first: $first, offset: $offset) {
    totalCount
    nodes {
      messageId
      kind
      attempt
      succeeded
      statusCode
      error
      attemptedAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const DeleteWebhookDocument = new TypedDocumentString(`
    mutation DeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookMutation, DeleteWebhookMutationVariables>;