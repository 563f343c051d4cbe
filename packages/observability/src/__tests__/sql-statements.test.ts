import { Metrics } from '../index';

describe('SQL statements per request', () => {
  it('keeps a histogram and the most one request of each operation sent', async () => {
    const metrics = new Metrics('test');
    metrics.observeSqlStatements('CommuneDashboard', 'query', 7);
    metrics.observeSqlStatements('CommuneDashboard', 'query', 12);
    metrics.observeSqlStatements('CommuneDashboard', 'query', 9);
    metrics.observeSqlStatements(undefined, 'mutation', 5);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/infitah_graphql_sql_statements_max\{operation="CommuneDashboard",type="query",service="test"\} 12/);
    expect(text).toMatch(/infitah_graphql_sql_statements_max\{operation="anonymous",type="mutation",service="test"\} 5/);
    const line = (name: string) => text.split('\n').find((row) => row.startsWith(name) && row.includes('operation="CommuneDashboard"'));
    expect(line('infitah_graphql_sql_statements_count')).toMatch(/ 3$/);
    expect(line('infitah_graphql_sql_statements_sum')).toMatch(/ 28$/);
  });
});
