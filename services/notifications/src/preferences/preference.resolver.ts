import { NETWORK_TENANT_ID } from '@infitah/contract';
import { badUserInput, Language, unauthenticated, type Caller } from '@infitah/server-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { NotificationsContext } from '../context';
import { NotificationPreferences, NotificationPreferencesInput, withDefaults, type KindPreference } from './preference.entity';

interface Owner {
  accountId: string;
  tenantId: string;
}

function ownerOf(caller: Caller): Owner {
  if (caller.role === 'ANONYMOUS' || !caller.userId) throw unauthenticated('Sign in to read your notification preferences');
  return { accountId: caller.userId, tenantId: caller.collectivityId ?? NETWORK_TENANT_ID };
}

async function readPreferences(manager: EntityManager, owner: Owner): Promise<NotificationPreferences> {
  // row-level security keeps the account's own rows only; the filter says so too
  const [setting]: Array<{ language: 'ar' | 'fr' | null }> = await manager.query(
    'SELECT language FROM notifications.account_setting WHERE collectivity_id = $1 AND account_id = $2',
    [owner.tenantId, owner.accountId],
  );
  const saved: Array<{ kind: KindPreference['kind']; inbox: boolean; email: boolean; email_frequency: KindPreference['emailFrequency'] }> = await manager.query(
    'SELECT kind, inbox, email, email_frequency FROM notifications.preference WHERE collectivity_id = $1 AND account_id = $2',
    [owner.tenantId, owner.accountId],
  );
  return {
    language: setting?.language === 'fr' ? Language.FR : setting?.language === 'ar' ? Language.AR : null,
    kinds: withDefaults(saved.map((row) => ({ kind: row.kind, inbox: row.inbox, email: row.email, emailFrequency: row.email_frequency }))),
  };
}

@Resolver(() => NotificationPreferences)
export class PreferenceResolver {
  @Query(() => NotificationPreferences, {
    description: "The signed-in account's own notification preferences and e-mail language (no one reads another's). UNAUTHENTICATED when anonymous.",
  })
  async notificationPreferences(@Ctx() context: NotificationsContext): Promise<NotificationPreferences> {
    const owner = ownerOf(context.caller);
    return readPreferences(await context.manager(), owner);
  }

  @Mutation(() => NotificationPreferences, {
    description:
      "Changes the signed-in account's own preferences and returns them all. UNAUTHENTICATED when anonymous; BAD_USER_INPUT naming kinds when a kind is given twice.",
  })
  async updateNotificationPreferences(
    @Arg('input', () => NotificationPreferencesInput, { description: 'The changes: the language and the kinds to change.' }) input: NotificationPreferencesInput,
    @Ctx() context: NotificationsContext,
  ): Promise<NotificationPreferences> {
    const owner = ownerOf(context.caller);
    const kinds = input.kinds ?? [];
    if (new Set(kinds.map((row) => row.kind)).size !== kinds.length) throw badUserInput('kinds', 'must name each kind at most once');
    const manager = await context.manager();
    if (input.language !== undefined) {
      const language = input.language === Language.FR ? 'fr' : input.language === Language.AR ? 'ar' : null;
      await manager.query(
        `INSERT INTO notifications.account_setting (collectivity_id, account_id, language) VALUES ($1, $2, $3)
         ON CONFLICT (collectivity_id, account_id) DO UPDATE SET language = EXCLUDED.language, updated_at = now()`,
        [owner.tenantId, owner.accountId, language],
      );
    }
    for (const row of kinds) {
      await manager.query(
        `INSERT INTO notifications.preference (collectivity_id, account_id, kind, inbox, email, email_frequency) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (collectivity_id, account_id, kind) DO UPDATE
           SET inbox = EXCLUDED.inbox, email = EXCLUDED.email, email_frequency = EXCLUDED.email_frequency, updated_at = now()`,
        [owner.tenantId, owner.accountId, row.kind, row.inbox, row.email, row.emailFrequency],
      );
    }
    return readPreferences(manager, owner);
  }
}
