import { enumChoices, type EnumName } from '@infitah/labels';
import { initialLocale } from './i18n';

/**
 * Select choices from @infitah/labels (every value of the graph's enums, checked against gateway/schema.graphql),
 * named in the console's language: the language is chosen before the console starts, and a change reloads it.
 */
const choicesOf = (name: EnumName) => enumChoices(name, initialLocale());

export const EVENT_KINDS = choicesOf('EventKind');
export const EVENT_STATUSES = choicesOf('EventStatus');
export const AGENDA_KINDS = choicesOf('AgendaItemKind');
export const ATTENDEE_CATEGORIES = choicesOf('AttendeeCategory');
export const GENDERS = choicesOf('Gender');
export const PRINCIPLES = choicesOf('OpennessPrinciple');
export const PROPOSAL_STATUSES = choicesOf('ProposalStatus');
export const COMPLETION_LEVELS = choicesOf('CompletionLevel');
export const PROGRAM_STATUSES = choicesOf('ProgramStatus');
export const COLLECTIVITY_KINDS = choicesOf('CollectivityKind');
export const ROLES = choicesOf('Role');
export const PARTNER_STATUSES = choicesOf('PartnerStatus');
export const MEMBERSHIP_STATUSES = choicesOf('MembershipStatus');
export const LIBRARY_KINDS = choicesOf('LibraryEntryKind');
export const LIBRARY_STATUSES = choicesOf('LibraryEntryStatus');
