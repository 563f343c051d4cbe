import {
  AgendaItemKind,
  AttendeeCategory,
  CollectivityKind,
  CompletionLevel,
  EventKind,
  EventStatus,
  Gender,
  OpennessPrinciple,
  ProgramStatus,
  ProposalStatus,
  Role,
} from './generated/graphql';

/** Select choices from the graph's own enums (generated from gateway/schema.graphql): never a second list to keep in step. */
const choicesOf = (values: Record<string, string>) => Object.values(values).map((id) => ({ id, name: id }));

export const EVENT_KINDS = choicesOf(EventKind);
export const EVENT_STATUSES = choicesOf(EventStatus);
export const AGENDA_KINDS = choicesOf(AgendaItemKind);
export const ATTENDEE_CATEGORIES = choicesOf(AttendeeCategory);
export const GENDERS = choicesOf(Gender);
export const PRINCIPLES = choicesOf(OpennessPrinciple);
export const PROPOSAL_STATUSES = choicesOf(ProposalStatus);
export const COMPLETION_LEVELS = choicesOf(CompletionLevel);
export const PROGRAM_STATUSES = choicesOf(ProgramStatus);
export const COLLECTIVITY_KINDS = choicesOf(CollectivityKind);
export const ROLES = choicesOf(Role);
