import { assertNetworkAdmin, Language, personalDataSubject, recordAudit } from '@infitah/server-kit';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../context';

/** Territory's PersonalDataSubject (law 09-08), which this subgraph extends with the follows it holds. */
@Directive('@key(fields: "email")')
@ObjectType({
  description:
    'One person, known by an email address, and the personal data the platform holds on them (law 09-08): what the network exports on request. Each part of the platform contributes its own records. Only NETWORK_ADMIN reads it.',
})
export class PersonalDataSubject {
  @Field({ description: 'The email address the person is known by, trimmed and in lower case.' })
  email: string;
}

@ObjectType({ description: 'A collectivity the person follows, or asked to follow, by e-mail: what they agreed to and when.' })
export class PersonalFollow {
  @Field(() => ID, { description: 'The collectivity followed.' })
  collectivityId: string;

  @Field(() => Language, { description: 'The language of the mails.' })
  language: Language;

  @Field({ description: 'The consent text the person agreed to, as shown to them.' })
  consentText: string;

  @Field({ description: 'The version of that text.' })
  consentVersion: string;

  @Field({ description: 'When they agreed (the last request).' })
  consentedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When they confirmed by the link mailed to them; null while unconfirmed.' })
  confirmedAt: Date | null;
}

interface FollowerRow {
  id: string;
  collectivity_id: string;
  language: string;
  consent_text: string;
  consent_version: string;
  consented_at: Date;
  confirmed_at: Date | null;
}

const FOLLOWS_BY_EMAIL =
  'SELECT id, collectivity_id, language, consent_text, consent_version, consented_at, confirmed_at FROM notifications.follower WHERE email = $1 ORDER BY consented_at, id';

@Resolver(() => PersonalDataSubject)
export class PersonalDataResolver {
  @FieldResolver(() => [PersonalFollow], {
    nullable: true,
    description: 'The collectivities this address follows or asked to follow by e-mail, with the consent recorded. NETWORK_ADMIN only.',
  })
  async follows(@Root() subject: PersonalDataSubject, @Ctx() context: NotificationsContext): Promise<PersonalFollow[]> {
    assertNetworkAdmin(context.caller);
    const rows: FollowerRow[] = await (await context.manager()).query(FOLLOWS_BY_EMAIL, [personalDataSubject(subject.email).email]);
    return rows.map((row) => ({
      collectivityId: row.collectivity_id,
      language: row.language === 'fr' ? Language.FR : Language.AR,
      consentText: row.consent_text,
      consentVersion: row.consent_version,
      consentedAt: row.consented_at,
      confirmedAt: row.confirmed_at,
    }));
  }

  @Mutation(() => Int, {
    description:
      "Erases the person's data held with notifications (law 09-08): every follow of this address, confirmed or not, with its tokens, and every e-mail the platform recorded for it. Returns how many follows and recorded mails were removed (0 when none matched). NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; BAD_USER_INPUT naming email when it is not an email address.",
  })
  async erasePersonalNotificationData(
    @Arg('email', { description: "The person's email address, in any case; surrounding spaces are ignored." }) email: string,
    @Ctx() context: NotificationsContext,
  ): Promise<number> {
    assertNetworkAdmin(context.caller);
    const subject = personalDataSubject(email);
    const manager = await context.manager();
    const follows: FollowerRow[] = await manager.query(FOLLOWS_BY_EMAIL, [subject.email]);
    const [erased]: Array<{ followers: number; deliveries: number }> = await manager.query('SELECT followers, deliveries FROM notifications.erase_personal_data($1)', [subject.email]);
    await recordAudit(manager, context.caller, {
      service: 'notifications',
      collectivityId: null,
      entity: 'PersonalData',
      entityId: subject.pseudonym,
      action: 'ERASE',
      after: { followerIds: follows.map((row) => row.id), deliveriesRemoved: erased.deliveries },
    });
    return erased.followers + erased.deliveries;
  }
}
