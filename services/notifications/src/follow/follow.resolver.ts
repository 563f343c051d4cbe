import { FOLLOW_CONSENT } from '@infitah/labels';
import { assertUuid, badUserInput, Language } from '@infitah/server-kit';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { FOLLOW_REQUESTED, type FollowRequestedPayload } from '../delivery/planners/follow-requested';
import { followRateLimitsFor } from './follow-rate-limits';
import { assertToken, newToken, tokenHash } from './tokens';

// the shape class-validator's isEmail accepts in its common case, and the portal's form checks alike
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

@ObjectType({ description: 'A follow confirmed: the collectivity whose public consultations will be mailed.' })
export class FollowConfirmation {
  @Field(() => ID, { description: 'The collectivity followed (UUID).' })
  collectivityId: string;
}

@Resolver()
export class FollowResolver {
  @Mutation(() => Boolean, {
    description:
      "Anyone asks to be mailed when a collectivity opens a public consultation. Double opt-in: a mail in the chosen language brings a link to confirm (confirmFollow), and nothing else is sent before; every mail carries a one-click unfollow link. The consent text shown by the portal is recorded with its version. Always true, whether or not the address already follows (that is never told). BAD_USER_INPUT naming email or collectivityId; at most 5 a minute and 50 a day per client address and 5 a day per e-mail address, else RATE_LIMITED with `retryAfterSeconds`.",
  })
  async followCollectivity(
    @Arg('email', { description: 'The address to mail; compared without case or surrounding spaces.' }) email: string,
    @Arg('collectivityId', () => ID, { description: 'The collectivity to follow (UUID).' }) collectivityId: string,
    @Arg('language', () => Language, { description: 'The language of the mails: AR or FR.' }) language: Language,
    @Ctx() context: NotificationsContext,
  ): Promise<boolean> {
    const address = email.trim().toLowerCase();
    if (!address) throw badUserInput('email', 'is required', { rule: 'required' });
    if (address.length > 254 || !EMAIL.test(address)) throw badUserInput('email', 'must be an email address', { rule: 'isEmail' });
    const followed = assertUuid('collectivityId', collectivityId).toLowerCase();
    // counted outside the request's transaction, which a refused request rolls back
    await followRateLimitsFor(context.dataSource, context.security.jwtSecret).consume(context.clientAddress, address);
    const manager = await context.manager();
    const [collectivity]: Array<{ name_ar: string; name_fr: string }> = await manager.query('SELECT name_ar, name_fr FROM directory.followed_collectivity($1)', [followed]);
    if (!collectivity) throw badUserInput('collectivityId', 'names no collectivity', { rule: 'unknownReference' });
    const mailLanguage = language === Language.FR ? 'fr' : 'ar';
    // the request's own unfollow hash is never mailed: each mail gets a token minted as it is sent
    const [confirmToken, unfollowToken] = [newToken(), newToken()];
    const [requested]: Array<{ follower_id: string }> = await manager.query('SELECT follower_id FROM notifications.request_follow($1, $2, $3, $4, $5, $6, $7)', [
      followed,
      address,
      mailLanguage,
      FOLLOW_CONSENT.text[mailLanguage],
      FOLLOW_CONSENT.version,
      tokenHash(confirmToken),
      tokenHash(unfollowToken),
    ]);
    // a confirmed follower is left as it is and mailed nothing; the caller's answer is the same
    if (requested) {
      const payload: FollowRequestedPayload = {
        collectivityId: followed,
        followerId: requested.follower_id,
        email: address,
        language: mailLanguage,
        nameAr: collectivity.name_ar,
        nameFr: collectivity.name_fr,
        confirmToken,
      };
      // in this request's transaction: the mail goes once the request is stored (the job is deleted once it is sent)
      await manager.query('SELECT queue.enqueue($1, $2::jsonb, NULL)', [FOLLOW_REQUESTED, JSON.stringify(payload)]);
    }
    return true;
  }

  @Mutation(() => FollowConfirmation, {
    description:
      "Confirms a follow with the token of the confirmation mail's link; confirming twice changes nothing. BAD_USER_INPUT naming token when the link is malformed, unknown, or older than 7 days unconfirmed.",
  })
  async confirmFollow(
    @Arg('token', { description: "The token of the confirmation mail's link." }) token: string,
    @Ctx() context: NotificationsContext,
  ): Promise<FollowConfirmation> {
    const hash = tokenHash(assertToken(token));
    const [confirmed]: Array<{ collectivity_id: string }> = await (await context.manager()).query('SELECT collectivity_id FROM notifications.confirm_follow($1)', [hash]);
    if (!confirmed) throw badUserInput('token', 'names no follow request awaiting confirmation', { rule: 'unknownReference' });
    return { collectivityId: confirmed.collectivity_id };
  }

  @Mutation(() => Boolean, {
    description:
      'Stops a follow with the token of the unfollow link every follower mail carries, and deletes the address: true when a follow was removed, false when the link names none (already unfollowed or erased). BAD_USER_INPUT naming token when malformed.',
  })
  async unfollow(@Arg('token', { description: "The token of a mail's unfollow link." }) token: string, @Ctx() context: NotificationsContext): Promise<boolean> {
    const hash = tokenHash(assertToken(token));
    const removed: Array<{ collectivity_id: string }> = await (await context.manager()).query('SELECT collectivity_id FROM notifications.unfollow($1)', [hash]);
    return removed.length > 0;
  }
}
