import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  assertAuthenticated,
  assertUuid,
  badUserInput,
  forbidden,
  notFound,
  pageAndCount,
  pageOf,
  PageArgs,
  recordAudit,
  RequestContext,
  signToken,
  unauthenticated,
} from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.entity';
import type { TerritoryContext } from '../context';
import { Account, AccountConnection, AuthPayload, Role } from './account.entity';
import { AccountFilter, CreateAccountInput, PASSWORD_MIN_LENGTH } from './account.input';
import { loginThrottleFor } from './login-throttle';
import { hashPassword, passwordMatches } from './passwords';
import type { EntityManager } from 'typeorm';

const WRONG_CREDENTIALS = 'Wrong email or password';

interface LoginRow {
  id: string;
  password_hash: string;
  role: Role;
  collectivity_id: string | null;
  active: boolean;
  token_version: number;
  display_name: string;
  email: string;
}

async function issueToken(context: TerritoryContext, account: Pick<Account, 'id' | 'role' | 'collectivityId' | 'tokenVersion'>) {
  return signToken(
    context.security.jwtSecret,
    { sub: account.id, role: account.role, collectivityId: account.collectivityId, ver: account.tokenVersion },
    context.security.tokenTtlSeconds,
  );
}

/** The caller's own account with its password hash (row-level security shows it its own row). */
function ownAccountWithHash(manager: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<Account | null> {
  const query = manager.createQueryBuilder(Account, 'a').addSelect('a.passwordHash').where('a.id = :id', { id });
  if (options.lock) query.setLock('pessimistic_write');
  return query.getOne();
}

const auditView = (account: Account) => ({
  id: account.id,
  email: account.email,
  displayName: account.displayName,
  role: account.role,
  collectivityId: account.collectivityId,
  active: account.active,
});

@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Signs in and returns a token; open to anyone. Wrong email, wrong password and a disabled account all answer UNAUTHENTICATED. Guessing is slowed, never by locking the account: after 5 consecutive failures on one account from one client address, that address waits before its next try on that account (30 seconds, doubling with each further failure, at most 15 minutes); an address that tries more than 20 distinct accounts without success within an hour is refused for an hour (thresholds set by the deployment). A refused try answers RATE_LIMITED with `retryAfterSeconds` and checks no password; the right password from another address still signs in.',
  })
  async login(
    @Arg('email', { description: 'The account email, in any case; surrounding spaces are ignored.' }) email: string,
    @Arg('password', { description: 'The account password.' }) password: string,
    @Ctx() context: TerritoryContext): Promise<AuthPayload> {
    const key = email.trim().toLowerCase();
    // looked up and throttled outside the request's transaction: the counters outlive a refused sign-in,
    // and no pooled connection is held while another is awaited
    const [row]: LoginRow[] = await context.dataSource.query('SELECT * FROM territory.login_lookup($1)', [key]);
    const attempt = await loginThrottleFor(context.dataSource, context.security.jwtSecret).begin(row ? `account:${row.id}` : `email:${key}`, context.clientAddress);
    const matches = await passwordMatches(row?.password_hash ?? null, password);
    if (!row || !matches || !row.active) {
      await attempt.failed();
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await attempt.succeeded();
    const manager = await context.manager();
    await manager.query('SELECT territory.record_login($1)', [row.id]);
    const account = Object.assign(new Account(), {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      collectivityId: row.collectivity_id,
      active: row.active,
      tokenVersion: row.token_version,
      lastLoginAt: new Date(),
    });
    const { token, expiresAt } = await issueToken(context, account);
    return { token, expiresAt, account };
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account; null when anonymous. Open to anyone.' })
  async me(@Ctx() context: TerritoryContext): Promise<Account | null> {
    if (!context.caller.userId) return null;
    return context.loaders.accountById.load(context.caller.userId);
  }

  @Query(() => AccountConnection, {
    description:
      "Accounts by email: every account for NETWORK_ADMIN, its own collectivity's for a COLLECTIVITY_ADMIN. UNAUTHENTICATED when anonymous, FORBIDDEN for a COLLECTIVITY_EDITOR.",
  })
  async accounts(
    @Arg('filter', () => AccountFilter, { nullable: true, description: 'Narrows the list; omitted, every account the caller may see.' }) filter: AccountFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: TerritoryContext,
  ): Promise<AccountConnection> {
    const { caller } = context;
    assertAuthenticated(caller);
    if (caller.role === 'COLLECTIVITY_EDITOR') throw forbidden("Only the collectivity's administrators manage its accounts");
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    const query = manager.createQueryBuilder(Account, 'a');
    if (caller.role === 'COLLECTIVITY_ADMIN') query.where('a.collectivity_id = :own', { own: caller.collectivityId });
    if (filter?.collectivityId) query.andWhere('a.collectivity_id = :collectivityId', { collectivityId: filter.collectivityId });
    if (filter?.role) query.andWhere('a.role = :role', { role: filter.role });
    return pageAndCount(query.orderBy('a.email'), page);
  }

  @Mutation(() => Account, {
    description:
      'Creates an account: NETWORK_ADMIN creates any; a COLLECTIVITY_ADMIN, commune accounts of its own collectivity only (FORBIDDEN otherwise). UNAUTHENTICATED when anonymous, FORBIDDEN for a COLLECTIVITY_EDITOR; BAD_USER_INPUT naming `email` or `collectivityId` as the input describes.',
  })
  async createAccount(@Arg('input', () => CreateAccountInput, { description: 'The new account.' }) input: CreateAccountInput, @Ctx() context: TerritoryContext): Promise<Account> {
    const { caller } = context;
    assertAuthenticated(caller);
    let collectivityId = input.collectivityId?.toLowerCase() ?? null;
    if (caller.role === 'COLLECTIVITY_EDITOR') throw forbidden("Only the collectivity's administrators manage its accounts");
    if (caller.role === 'COLLECTIVITY_ADMIN') {
      if (input.role === Role.NETWORK_ADMIN) throw forbidden('A collectivity admin cannot create a network account');
      collectivityId ??= caller.collectivityId;
      if (collectivityId !== caller.collectivityId) throw forbidden('A collectivity admin creates accounts of its own collectivity only');
    }
    if (input.role === Role.NETWORK_ADMIN && collectivityId) throw badUserInput('collectivityId', 'must be empty for a network account');
    if (input.role !== Role.NETWORK_ADMIN && !collectivityId) throw badUserInput('collectivityId', 'is required for a commune account');

    const manager = await context.manager();
    if (collectivityId && !(await context.loaders.collectivityById.load(collectivityId))) {
      throw badUserInput('collectivityId', 'names no collectivity');
    }
    const email = input.email.trim().toLowerCase();
    const [taken]: Array<{ id: string }> = await manager.query('SELECT id FROM territory.login_lookup($1)', [email]);
    if (taken) throw badUserInput('email', 'is already used by another account');

    const account = manager.create(Account, {
      email,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      collectivityId,
    });
    const saved = await manager.save(account).catch((error: { code?: string }) => {
      if (error.code === '23505') throw badUserInput('email', 'is already used by another account');
      throw error;
    });
    await recordAudit(manager, caller, {
      service: 'territory',
      collectivityId,
      entity: 'Account',
      entityId: saved.id,
      action: 'CREATE',
      after: auditView(saved),
    });
    return saved;
  }

  @Mutation(() => Account, {
    description:
      "Disables (ending its tokens) or re-enables an account: NETWORK_ADMIN any account, a COLLECTIVITY_ADMIN its own collectivity's commune accounts (NOT_FOUND for others). UNAUTHENTICATED when anonymous, FORBIDDEN for a COLLECTIVITY_EDITOR, BAD_USER_INPUT naming `id` for the caller's own account.",
  })
  async setAccountActive(
    @Arg('id', () => ID, { description: "The account's UUID." }) id: string,
    @Arg('active', { description: 'False disables the account, true re-enables it; asking for its current state changes nothing.' }) active: boolean,
    @Ctx() context: TerritoryContext,
  ): Promise<Account> {
    const { caller } = context;
    assertAuthenticated(caller);
    if (caller.role === 'COLLECTIVITY_EDITOR') throw forbidden("Only the collectivity's administrators manage its accounts");
    const accountId = assertUuid('id', id);
    if (accountId === caller.userId) throw badUserInput('id', 'you cannot disable or enable your own account');
    const manager = await context.manager();
    const account = await manager.findOne(Account, { where: { id: accountId } });
    // row-level security hides the accounts the caller does not manage
    if (!account) throw notFound('Account', accountId);
    if (caller.role === 'COLLECTIVITY_ADMIN' && (account.collectivityId !== caller.collectivityId || account.role === Role.NETWORK_ADMIN)) {
      throw notFound('Account', accountId);
    }
    if (account.active === active) return account;
    const before = auditView(account);
    account.active = active;
    if (!active) account.tokenVersion += 1;
    const saved = await manager.save(account);
    await recordAudit(manager, caller, {
      service: 'territory',
      collectivityId: account.collectivityId,
      entity: 'Account',
      entityId: account.id,
      action: active ? 'ENABLE' : 'DISABLE',
      before,
      after: auditView(saved),
    });
    return saved;
  }

  @Mutation(() => AuthPayload, {
    description:
      "Changes the caller's own password; every earlier token ends, a new one is returned. UNAUTHENTICATED when anonymous or disabled; BAD_USER_INPUT naming `oldPassword` when it is wrong, `newPassword` when its length is out of range. Wrong old passwords are throttled like `login`, with the same counters (per account and client address; RATE_LIMITED with `retryAfterSeconds`), cleared only once the new password is saved.",
  })
  async changePassword(
    @Arg('oldPassword', { description: 'The current password.' }) oldPassword: string,
    @Arg('newPassword', { description: `The new password, ${PASSWORD_MIN_LENGTH}–200 characters.` }) newPassword: string,
    @Ctx() context: TerritoryContext,
  ): Promise<AuthPayload> {
    const { caller } = context;
    assertAuthenticated(caller);
    if (newPassword.length < PASSWORD_MIN_LENGTH || newPassword.length > 200) {
      throw badUserInput('newPassword', `must be between ${PASSWORD_MIN_LENGTH} and 200 characters`);
    }
    const attempt = await loginThrottleFor(context.dataSource, context.security.jwtSecret).begin(`account:${caller.userId}`, context.clientAddress);
    // the old password is checked in a short transaction of its own, ended before any counter is written: the
    // request's transaction is opened only once the throttle is settled, so no pooled connection is held while
    // the throttle awaits another
    const check = new RequestContext(context.dataSource, caller, () => ({}), context.security);
    const known = await check
      .manager()
      .then((manager) => ownAccountWithHash(manager, caller.userId))
      .finally(() => check.finish('rollback'));
    if (!known || !known.active) {
      await attempt.failed();
      throw unauthenticated();
    }
    if (!(await passwordMatches(known.passwordHash, oldPassword))) {
      await attempt.failed();
      throw badUserInput('oldPassword', 'is not your current password');
    }
    const manager = await context.manager();
    const account = await ownAccountWithHash(manager, caller.userId, { lock: true });
    // changed or disabled since the check: as if the old password were wrong now
    if (!account || !account.active || account.passwordHash !== known.passwordHash) throw badUserInput('oldPassword', 'is not your current password');
    // the counters are cleared only once the new password is committed
    context.afterCommit(() => attempt.succeeded());
    account.passwordHash = await hashPassword(newPassword);
    account.tokenVersion += 1;
    const saved = await manager.save(account);
    await recordAudit(manager, caller, {
      service: 'territory',
      collectivityId: account.collectivityId,
      entity: 'Account',
      entityId: account.id,
      action: 'PASSWORD_CHANGE',
    });
    const { token, expiresAt } = await issueToken(context, saved);
    return { token, expiresAt, account: saved };
  }

  @FieldResolver(() => Collectivity, { nullable: true, description: 'The collectivity the account works for; null for a network account.' })
  collectivity(@Root() account: Account, @Ctx() context: TerritoryContext) {
    return account.collectivityId ? context.loaders.collectivityById.load(account.collectivityId) : null;
  }
}
