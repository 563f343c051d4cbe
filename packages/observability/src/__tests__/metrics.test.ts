import { Metrics } from '../index';

describe('metrics', () => {
  it('labels plain operation names, and bounds the labels a client can create', () => {
    const metrics = new Metrics('test');
    expect(metrics.operationLabel('NetworkReport')).toBe('NetworkReport');
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
    expect(metrics.operationLabel('drop table; --')).toBe('other');
    expect(metrics.operationLabel('A'.repeat(65))).toBe('other');
    for (let index = 0; index < 300; index += 1) metrics.operationLabel(`Op${index}`);
    expect(metrics.operationLabel('Op250')).toBe('other');
    expect(metrics.operationLabel('Op10')).toBe('Op10');
  });

  it('reads the database pool when scraped', async () => {
    const metrics = new Metrics('test', () => ({ total: 7, idle: 5, waiting: 1 }));
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/infitah_db_pool_connections\{state="total",service="test"\} 7/);
    expect(text).toMatch(/infitah_db_pool_connections\{state="waiting",service="test"\} 1/);
    expect(text).toMatch(/process_resident_memory_bytes/);
  });
});
