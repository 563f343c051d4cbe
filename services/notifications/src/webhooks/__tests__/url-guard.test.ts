import { assertDeliverableHost, assertWebhookUrl, guardedLookup, isPublicAddress, strictWebhookUrls } from '../url-guard';

describe('the webhook address guard', () => {
  it('is strict in production or when WEBHOOKS_STRICT_URLS says so, lenient in development and tests', () => {
    expect(strictWebhookUrls({ NODE_ENV: 'production' })).toBe(true);
    expect(strictWebhookUrls({ NODE_ENV: 'development', WEBHOOKS_STRICT_URLS: 'true' })).toBe(true);
    expect(strictWebhookUrls({ NODE_ENV: 'production', WEBHOOKS_STRICT_URLS: 'false' })).toBe(false);
    expect(strictWebhookUrls({ NODE_ENV: 'test' })).toBe(false);
    expect(strictWebhookUrls({})).toBe(false);
  });

  it('tells public addresses from loopback, private, link-local, shared and mapped ones', () => {
    for (const address of ['93.184.216.34', '41.248.0.1', '2a00:1450:4007:80e::200e']) expect([address, isPublicAddress(address)]).toEqual([address, true]);
    for (const address of [
      '127.0.0.1', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1',
      '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', 'not an address',
    ]) {
      expect([address, isPublicAddress(address)]).toEqual([address, false]);
    }
  });

  it('refuses at connection a host name that resolves to loopback, so a re-pointed name reaches nothing internal', async () => {
    const strictLookup = guardedLookup(true);
    const strict = await new Promise<{ error: NodeJS.ErrnoException | null }>((resolve) => strictLookup('localhost', {}, (error) => resolve({ error })));
    expect(strict.error?.message).toMatch(/loopback, private or link-local/);
    const lenientLookup = guardedLookup(false);
    const lenient = await new Promise<{ error: NodeJS.ErrnoException | null; address: string }>((resolve) =>
      lenientLookup('localhost', {}, (error, address) => resolve({ error, address: address as string })),
    );
    expect(lenient.error).toBeNull();
    expect(isPublicAddress(lenient.address)).toBe(false);
  });

  it('refuses an IP literal of a private network before connecting, and any http, when strict', () => {
    expect(() => assertDeliverableHost(new URL('https://10.0.0.8/hook'), true)).toThrow(/loopback, private or link-local/);
    expect(() => assertDeliverableHost(new URL('https://[::1]/hook'), true)).toThrow(/loopback, private or link-local/);
    expect(() => assertDeliverableHost(new URL('http://93.184.216.34/hook'), true)).toThrow(/https/);
    expect(() => assertDeliverableHost(new URL('https://93.184.216.34/hook'), true)).not.toThrow();
    expect(() => assertDeliverableHost(new URL('http://127.0.0.1/hook'), false)).not.toThrow();
  });

  it('accepts a public https address at registration when strict, without resolving an IP literal', async () => {
    await expect(assertWebhookUrl('https://93.184.216.34/hook', true)).resolves.toBe('https://93.184.216.34/hook');
    await expect(assertWebhookUrl('https://127.0.0.1/hook', true)).rejects.toThrow(/loopback/);
    await expect(assertWebhookUrl('http://127.0.0.1:8080/hook', false)).resolves.toBe('http://127.0.0.1:8080/hook');
  });
});
