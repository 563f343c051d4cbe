import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { assertNetworkAdmin, badUserInput, personalDataSubject, recordAudit } from '@infitah/server-kit';
import type { ParticipationContext } from '../context';
import { Speaker, SpeakerRole } from '../events/agenda-item.entity';

/** Territory's PersonalDataSubject (law 09-08), which this subgraph extends with the contacts it holds. */
@Directive('@key(fields: "email")')
@ObjectType({
  description:
    'One person, known by an email address, and the personal data the platform holds on them (law 09-08): what the network exports on request. Each part of the platform contributes its own records. Only NETWORK_ADMIN reads it.',
})
export class PersonalDataSubject {
  @Field({ description: 'The email address the person is known by, trimmed and in lower case.' })
  email: string;
}

@ObjectType({ description: "A citizen's proposal whose private contact mentions the person's email: what the commune received from them." })
export class PersonalProposalRecord {
  @Field(() => ID, { description: 'The proposal.' })
  proposalId: string;

  @Field(() => ID, { description: 'The collectivity that received it.' })
  collectivityId: string;

  @Field({ description: 'Its title as sent or last edited.' })
  title: string;

  @Field({ description: 'Its text.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'The contact the citizen left, private to the commune until erased.' })
  contact: string | null;

  @Field({ description: 'Whether the citizen consented to publication.' })
  consentToPublish: boolean;

  @Field(() => String, { nullable: true, description: "The e-mail address the citizen left to hear of the answer (kept only with consent), private to the commune until erased." })
  contactEmail: string | null;

  @Field({ description: 'Whether the citizen agreed to be contacted at that address about this proposal.' })
  consentToContact: boolean;

  @Field({ description: 'Whether it is public now (only ever with consent; the contact never is).' })
  published: boolean;

  @Field({ description: 'Instant it was received.' })
  submittedAt: Date;
}

@ObjectType({ description: "An organisation whose contact email is the person's: its contact details, which are personal data." })
export class PersonalOrganisationContact {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId: string;

  @Field(() => ID, { description: 'The collectivity whose registry holds it.' })
  collectivityId: string;

  @Field(() => String, { nullable: true, description: "The organisation's name, French if any, else Arabic." })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Its contact email (the person’s).' })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Its contact phone.' })
  contactPhone: string | null;
}

@ObjectType({ description: "A speaker in an event's agenda named as the person: where their name appears." })
export class PersonalSpeakerMention {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field(() => ID, { description: 'The agenda item naming the speaker.' })
  agendaItemId: string;

  @Field(() => ID, { description: "The event's collectivity (the network's reserved tenant for a network event)." })
  collectivityId: string;

  @Field(() => SpeakerRole, { description: 'The role the speaker held.' })
  role: SpeakerRole;

  @Field({ description: 'The name as the agenda gives it.' })
  name: string;
}

interface ProposalRow {
  id: string;
  collectivity_id: string;
  title: string;
  body: string;
  contact: string | null;
  consent_to_publish: boolean;
  contact_email: string | null;
  consent_to_contact: boolean;
  published: boolean;
  created_at: Date;
}

interface OrganisationRow {
  id: string;
  collectivity_id: string;
  name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
}

const PROPOSALS_BY_CONTACT =
  'SELECT id, collectivity_id, title, body, contact, consent_to_publish, contact_email, consent_to_contact, published, created_at FROM participation.proposal WHERE participation.contact_mentions(contact, $1) OR contact_email = $1 ORDER BY created_at, id';
const ORGANISATIONS_BY_CONTACT =
  'SELECT id, collectivity_id, coalesce(name_fr, name_ar) AS name, contact_email, contact_phone FROM participation.organisation WHERE lower(btrim(contact_email)) = $1 ORDER BY created_at, id';

const SPEAKERS_BY_NAME = `SELECT a.event_id, a.id, a.collectivity_id, s.value->>'role' AS role, s.value->>'name' AS name
  FROM participation.agenda_item a, jsonb_array_elements(a.speakers) AS s(value)
  WHERE lower(btrim(s.value->>'name')) = ANY ($1::text[]) ORDER BY a.starts_at, a.id`;

/** Names as the personal-data operations take them: trimmed, lower-case, blank ones left out, at most 20 of 200 characters. */
function namesOf(names: readonly string[] | null | undefined): string[] {
  const cleaned = [...new Set((names ?? []).map((name) => name.trim().toLowerCase()).filter(Boolean))];
  if (cleaned.length > 20 || cleaned.some((name) => name.length > 200)) throw badUserInput('names', 'at most 20 names of at most 200 characters');
  return cleaned;
}

@Resolver(() => PersonalDataSubject)
export class PersonalDataResolver {
  @FieldResolver(() => [PersonalSpeakerMention], {
    nullable: true,
    description: 'Speakers named as the person in any agenda. A speaker is known by name only, so the names to look for are given (e.g. the accounts’ display names and focal-point names of this export). NETWORK_ADMIN only.',
  })
  async speakerMentions(
    @Root() _subject: PersonalDataSubject,
    @Arg('names', () => [String], { description: 'The names the person is known by, in any case; at most 20.' }) names: string[],
    @Ctx() context: ParticipationContext,
  ): Promise<PersonalSpeakerMention[]> {
    assertNetworkAdmin(context.caller);
    const rows: Array<{ event_id: string; id: string; collectivity_id: string; role: SpeakerRole; name: string }> = await (await context.manager()).query(SPEAKERS_BY_NAME, [namesOf(names)]);
    return rows.map((row) => ({ eventId: row.event_id, agendaItemId: row.id, collectivityId: row.collectivity_id, role: row.role, name: row.name }));
  }

  @FieldResolver(() => [PersonalProposalRecord], {
    nullable: true,
    description: "Citizens' proposals whose private contact mentions this email, or that left it to hear of the answer, in any collectivity. NETWORK_ADMIN only.",
  })
  async citizenProposals(@Root() subject: PersonalDataSubject, @Ctx() context: ParticipationContext): Promise<PersonalProposalRecord[]> {
    assertNetworkAdmin(context.caller);
    const rows: ProposalRow[] = await (await context.manager()).query(PROPOSALS_BY_CONTACT, [personalDataSubject(subject.email).email]);
    return rows.map((row) => ({
      proposalId: row.id,
      collectivityId: row.collectivity_id,
      title: row.title,
      body: row.body,
      contact: row.contact,
      consentToPublish: row.consent_to_publish,
      contactEmail: row.contact_email,
      consentToContact: row.consent_to_contact,
      published: row.published,
      submittedAt: row.created_at,
    }));
  }

  @FieldResolver(() => [PersonalOrganisationContact], {
    nullable: true,
    description: "Organisations whose contact email is this one, in any collectivity's registry. NETWORK_ADMIN only.",
  })
  async organisationContacts(@Root() subject: PersonalDataSubject, @Ctx() context: ParticipationContext): Promise<PersonalOrganisationContact[]> {
    assertNetworkAdmin(context.caller);
    const rows: OrganisationRow[] = await (await context.manager()).query(ORGANISATIONS_BY_CONTACT, [personalDataSubject(subject.email).email]);
    return rows.map((row) => ({
      organisationId: row.id,
      collectivityId: row.collectivity_id,
      name: row.name,
      contactEmail: row.contact_email,
      contactPhone: row.contact_phone,
    }));
  }

  @Mutation(() => Int, {
    description:
      "Erases the person's data held with participation (law 09-08): a citizen's contact mentioning this email is removed from every proposal, an organisation whose contact email is this one loses its contact email and phone, a speaker named with one of the names loses the name (keeping the role), and those values become [erased] in this part's audit entries. The proposals themselves stay, as the commune's record of what it received. Returns how many proposals, organisations and agenda items changed (0 when none matched). Accounts are erased by erasePersonalAccountData. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; BAD_USER_INPUT naming email when it is not an email address.",
  })
  async erasePersonalParticipationData(
    @Arg('email', { description: "The person's email address, in any case; surrounding spaces are ignored." }) email: string,
    @Arg('names', () => [String], {
      nullable: true,
      description: 'The names the person is known by (e.g. the display names and focal-point names of their export), in any case; at most 20. A speaker so named in an agenda loses the name.',
    })
    names: string[] | null,
    @Ctx() context: ParticipationContext,
  ): Promise<number> {
    assertNetworkAdmin(context.caller);
    const subject = personalDataSubject(email);
    const personNames = namesOf(names);
    const manager = await context.manager();
    const organisations: OrganisationRow[] = await manager.query(ORGANISATIONS_BY_CONTACT, [subject.email]);
    const proposals: ProposalRow[] = await manager.query(PROPOSALS_BY_CONTACT, [subject.email]);
    const [erased]: Array<{ proposals: number; organisations: number; speakers: number }> = await manager.query(
      'SELECT proposals, organisations, speakers FROM participation.erase_personal_data($1, $2::text[])',
      [subject.email, personNames],
    );
    const values = [subject.email, ...personNames, ...organisations.map((row) => row.contact_phone)].filter((value): value is string => !!value?.trim());
    const [{ redacted }]: Array<{ redacted: number }> = await manager.query('SELECT audit.redact($1, $2::text[]) AS redacted', ['participation', values]);
    await recordAudit(manager, context.caller, {
      service: 'participation',
      collectivityId: null,
      entity: 'PersonalData',
      entityId: subject.pseudonym,
      action: 'ERASE',
      after: {
        proposalIds: proposals.map((row) => row.id),
        organisationIds: organisations.map((row) => row.id),
        agendaItemsChanged: erased.speakers,
        auditEntriesRedacted: redacted,
      },
    });
    for (const row of proposals) context.loaders.proposalById.clear(row.id);
    return erased.proposals + erased.organisations + erased.speakers;
  }
}

/** A speaker's name is personal data: signed-in callers read it, anonymous callers the role only. */
@Resolver(() => Speaker)
export class SpeakerPersonalFieldsResolver {
  @FieldResolver(() => String, { nullable: true })
  name(@Root() speaker: Speaker, @Ctx() context: ParticipationContext): string | null {
    return context.caller.role === 'ANONYMOUS' ? null : speaker.name;
  }
}
