import type { GraphQLResponse, TestPlatform } from './test-platform';

/** The roles of the isolation matrix. A = Tamazgana, B = the fictional demo commune. */
export type Actor = 'anonymous' | 'editorA' | 'adminA' | 'adminB' | 'network';
export type Outcome = 'sees' | 'hidden' | 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
export const ACTORS: Actor[] = ['anonymous', 'editorA', 'adminA', 'adminB', 'network'];

export async function signInActors(platform: TestPlatform): Promise<Record<Actor, string | null>> {
  return {
    anonymous: null,
    editorA: await platform.login('editor@tamazgana.infitah.test'),
    adminA: await platform.login('admin@tamazgana.infitah.test'),
    adminB: await platform.login('admin@demo-commune.infitah.test'),
    network: await platform.login('network@infitah.test'),
  };
}

/** A write's outcome: its error code, or `allowed` when it answered. */
export function outcomeOf(response: GraphQLResponse, field: string): Outcome {
  if (response.errors?.length) return response.errors[0].extensions?.code as Outcome;
  return response.data?.[field] !== null && response.data?.[field] !== undefined ? 'allowed' : 'hidden';
}

/** Every (operation, actor, expected) triple of a table of expectations. */
export function casesOf(expectations: Record<string, Record<Actor, Outcome>>): Array<[string, Actor, Outcome]> {
  return Object.entries(expectations).flatMap(([operation, byActor]) => ACTORS.map((actor) => [operation, actor, byActor[actor]] as [string, Actor, Outcome]));
}
