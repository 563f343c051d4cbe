import { API_KEY_READ_ONLY, API_KEY_READ_ONLY_MESSAGE, ErrorCode } from '@infitah/contract';
import { FALLBACK_RULE, ruleOfMessage, type RuleParams } from '@infitah/labels';
import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values of the public contract (@infitah/contract). */
export { ErrorCode };

/** A refused value's rule and its parameters (`{ rule: 'maxLength', params: { max: 200 } }`), as @infitah/labels words them. */
export interface RefusalRule {
  rule: string;
  params?: RuleParams;
}

/**
 * The rule an English refusal states, by @infitah/labels' table (`must be at most 300 characters` → maxLength
 * `{ max: 300 }`); `invalid` when the table has none for it.
 */
export function refusalRule(message: string): { rule: string; params: RuleParams } {
  return ruleOfMessage(message) ?? { rule: FALLBACK_RULE, params: {} };
}

/**
 * BAD_USER_INPUT naming the field, and the rule with its parameters so front ends word it in the reader's language;
 * the rule is read from the message unless given.
 */
export function badUserInput(field: string, message: string, rule?: RefusalRule): GraphQLError {
  const stated = rule ? { rule: rule.rule, params: rule.params ?? {} } : refusalRule(message);
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, rule: stated.rule, params: stated.params },
  });
}

export function notFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} was not found`, {
    extensions: { code: ErrorCode.NOT_FOUND, entity, id },
  });
}

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** A read-only API key asked for a mutation (@infitah/contract's `API_KEY_READ_ONLY`). */
export function readOnlyKeyRefusal(): GraphQLError {
  return new GraphQLError(API_KEY_READ_ONLY_MESSAGE, { extensions: { code: ErrorCode.FORBIDDEN, reason: API_KEY_READ_ONLY, http: { status: 403 } } });
}

/** A refusal until `retryAfterSeconds` have passed. */
export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds } });
}

export function unauthenticated(message = 'Authentication is required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Ids are UUIDs: a malformed one is the caller's mistake, not a database error. */
export function assertUuid(field: string, value: string): string {
  if (!isUuid(value)) throw badUserInput(field, 'must be a UUID');
  return value.toLowerCase();
}
