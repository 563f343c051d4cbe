import { isPublicErrorCode, SUBGRAPH_NAMES, SUBGRAPHS, subgraphPortEnv } from '../index';

describe('the registry of subgraphs', () => {
  it('gives each subgraph its documented port, environment variables, schema and database role', () => {
    expect(SUBGRAPH_NAMES.map((name) => SUBGRAPHS[name])).toEqual([
      { name: 'territory', defaultPort: 4001, portVariable: 'TERRITORY_PORT', urlVariable: 'TERRITORY_URL', schema: 'territory', databaseRole: 'infitah_territory' },
      { name: 'participation', defaultPort: 4002, portVariable: 'PARTICIPATION_PORT', urlVariable: 'PARTICIPATION_URL', schema: 'participation', databaseRole: 'infitah_participation' },
      { name: 'evaluation', defaultPort: 4003, portVariable: 'EVALUATION_PORT', urlVariable: 'EVALUATION_URL', schema: 'evaluation', databaseRole: 'infitah_evaluation' },
      { name: 'notifications', defaultPort: 4004, portVariable: 'NOTIFICATIONS_PORT', urlVariable: 'NOTIFICATIONS_URL', schema: 'notifications', databaseRole: 'infitah_notifications' },
    ]);
    expect(subgraphPortEnv({ territory: 1, participation: 2, evaluation: 3, notifications: 4 })).toEqual({ TERRITORY_PORT: '1', PARTICIPATION_PORT: '2', EVALUATION_PORT: '3', NOTIFICATIONS_PORT: '4' });
  });

  it('passes the contract’s codes to clients and masks any other', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED', 'SUBGRAPH_UNAVAILABLE', 'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED']) {
      expect(isPublicErrorCode(code)).toBe(true);
    }
    expect(isPublicErrorCode('INTERNAL_SERVER_ERROR')).toBe(false);
    expect(isPublicErrorCode('DOWNSTREAM_SERVICE_ERROR')).toBe(false);
  });
});
