import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertNetworkAdmin, personalDataSubject, recordAudit } from '@infitah/server-kit';
import { Account } from '../accounts/account.entity';
import { CollectivityProfile } from '../collectivities/profile.entity';
import type { TerritoryContext } from '../context';

/**
 * Law 09-08: what the platform holds on one person, found by email, for the network to export or erase.
 * Territory owns the root field and the person's accounts and focal-point mentions; participation adds the
 * citizen contacts and organisation contacts it holds (the same entity, keyed by email).
 */
@Directive('@key(fields: "email")')
@ObjectType({
  description:
    'One person, known by an email address, and the personal data the platform holds on them (law 09-08): what the network exports on request. Each part of the platform contributes its own records. Only NETWORK_ADMIN reads it.',
})
export class PersonalDataSubject {
  @Field({ description: 'The email address the person is known by, trimmed and in lower case.' })
  email: string;
}

@ObjectType({ description: "A collectivity profile whose contact email is the person's: its focal-point fields, which are personal data." })
export class PersonalFocalPoint {
  @Field(() => ID, { description: 'The collectivity whose profile names the person.' })
  collectivityId: string;

  @Field(() => String, { nullable: true, description: "The focal point's name as the profile gives it." })
  focalPointName: string | null;

  @Field(() => String, { nullable: true, description: "The focal point's position or role." })
  focalPointRole: string | null;

  @Field(() => String, { nullable: true, description: "The profile's contact email (the person's)." })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: "The profile's contact phone." })
  contactPhone: string | null;
}

interface ProfileRow {
  collectivity_id: string;
  focal_point_name: string | null;
  focal_point_role: string | null;
  contact_email: string | null;
  contact_phone: string | null;
}

const PROFILE_BY_EMAIL =
  'SELECT collectivity_id, focal_point_name, focal_point_role, contact_email, contact_phone FROM territory.collectivity_profile WHERE lower(btrim(contact_email)) = $1 ORDER BY collectivity_id';

@Resolver(() => PersonalDataSubject)
export class PersonalDataResolver {
  @Query(() => PersonalDataSubject, {
    description:
      "Everything the platform holds on the person with this email, for an export on request (law 09-08); the export is recorded in the audit trail under a pseudonym of the email. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; BAD_USER_INPUT naming email when it is not an email address.",
  })
  async personalData(
    @Arg('email', { description: "The person's email address, in any case; surrounding spaces are ignored." }) email: string,
    @Ctx() context: TerritoryContext,
  ): Promise<PersonalDataSubject> {
    assertNetworkAdmin(context.caller);
    const subject = personalDataSubject(email);
    await recordAudit(await context.manager(), context.caller, {
      service: 'territory',
      collectivityId: null,
      entity: 'PersonalData',
      entityId: subject.pseudonym,
      action: 'EXPORT',
    });
    return { email: subject.email };
  }

  @FieldResolver(() => [Account], { description: 'Accounts signed in with this email: name, role, collectivity, dates. Empty once erased.' })
  async accounts(@Root() subject: PersonalDataSubject, @Ctx() context: TerritoryContext): Promise<Account[]> {
    assertNetworkAdmin(context.caller);
    return (await context.manager()).find(Account, { where: { email: subject.email }, order: { createdAt: 'ASC' } });
  }

  @FieldResolver(() => [PersonalFocalPoint], { description: 'Collectivity profiles whose contact email is this one, with their focal-point fields.' })
  async focalPoints(@Root() subject: PersonalDataSubject, @Ctx() context: TerritoryContext): Promise<PersonalFocalPoint[]> {
    assertNetworkAdmin(context.caller);
    const rows: ProfileRow[] = await (await context.manager()).query(PROFILE_BY_EMAIL, [subject.email]);
    return rows.map((row) => ({
      collectivityId: row.collectivity_id,
      focalPointName: row.focal_point_name,
      focalPointRole: row.focal_point_role,
      contactEmail: row.contact_email,
      contactPhone: row.contact_phone,
    }));
  }

  @Mutation(() => Int, {
    description:
      "Erases the person's data held with the accounts (law 09-08): each account with this email is disabled, its earlier tokens refused, its email replaced by erased-<id>@erased.invalid and its name by [erased]; a profile whose contact email is this one loses its focal point and contact; the person's email, names and phone become [erased] in this part's audit entries. Returns how many accounts and profiles changed (0 when none matched). Citizen and organisation contacts are erased by erasePersonalParticipationData. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; BAD_USER_INPUT naming email when it is not an email address.",
  })
  async erasePersonalAccountData(
    @Arg('email', { description: "The person's email address, in any case; surrounding spaces are ignored." }) email: string,
    @Ctx() context: TerritoryContext,
  ): Promise<number> {
    assertNetworkAdmin(context.caller);
    const subject = personalDataSubject(email);
    const manager = await context.manager();
    // what the trail may hold of the person, read before it goes
    const accounts = await manager.find(Account, { where: { email: subject.email } });
    const profiles: ProfileRow[] = await manager.query(PROFILE_BY_EMAIL, [subject.email]);
    const [erased]: Array<{ accounts: number; focal_points: number }> = await manager.query('SELECT accounts, focal_points FROM territory.erase_personal_data($1)', [subject.email]);
    const values = [subject.email, ...accounts.map((account) => account.displayName), ...profiles.flatMap((profile) => [profile.focal_point_name, profile.contact_phone])];
    const [{ redacted }]: Array<{ redacted: number }> = await manager.query('SELECT audit.redact($1, $2::text[]) AS redacted', [
      'territory',
      values.filter((value): value is string => !!value?.trim()),
    ]);
    await recordAudit(manager, context.caller, {
      service: 'territory',
      collectivityId: null,
      entity: 'PersonalData',
      entityId: subject.pseudonym,
      action: 'ERASE',
      after: { accountIds: accounts.map((account) => account.id), focalPoints: erased.focal_points, auditEntriesRedacted: redacted },
    });
    for (const account of accounts) context.loaders.accountById.clear(account.id);
    for (const profile of profiles) context.loaders.profileByCollectivityId.clear(profile.collectivity_id);
    return erased.accounts + erased.focal_points;
  }
}

/** A focal point's name and contacts are personal data: signed-in callers read them, anonymous callers do not. */
@Resolver(() => CollectivityProfile)
export class ProfilePersonalFieldsResolver {
  @FieldResolver(() => String, { nullable: true })
  focalPointName(@Root() profile: CollectivityProfile, @Ctx() context: TerritoryContext): string | null {
    return context.caller.role === 'ANONYMOUS' ? null : profile.focalPointName;
  }

  @FieldResolver(() => String, { nullable: true })
  contactEmail(@Root() profile: CollectivityProfile, @Ctx() context: TerritoryContext): string | null {
    return context.caller.role === 'ANONYMOUS' ? null : profile.contactEmail;
  }

  @FieldResolver(() => String, { nullable: true })
  contactPhone(@Root() profile: CollectivityProfile, @Ctx() context: TerritoryContext): string | null {
    return context.caller.role === 'ANONYMOUS' ? null : profile.contactPhone;
  }
}
