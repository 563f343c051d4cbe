import { DemoIds } from '@infitah/demo-data';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * Issue 17, findings 1 and 7: with the default configuration no proxy is trusted. The client is the socket's
 * address, whatever X-Forwarded-For says, and a client's x-request-id is not taken as is.
 */
let platform: TestPlatform;

beforeAll(async () => {
  // the default TRUST_PROXY: nothing set
  platform = await startTestPlatform();
}, 120_000);
afterAll(() => platform.close());

const submit = (forwardedFor: string) =>
  fetch(`${platform.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({
      query: 'mutation ($c: ID!, $e: ID!) { submitProposal(input: { collectivityId: $c, consultationId: $e, title: "Idée", body: "Texte", principle: TRANSPARENCY, consentToPublish: true }) { id } }',
      variables: { c: DemoIds.demoCommune, e: DemoIds.events.demoCommuneConsultation },
    }),
  }).then(async (response) => (await response.json()) as { data?: { submitProposal: { id: string } | null } | null; errors?: Array<{ extensions?: Record<string, unknown> }> });

describe('with the default configuration (no trusted proxy)', () => {
  it('a spoofed X-Forwarded-For per request does not escape the anonymous proposal limit of 5 a minute', async () => {
    const answers = [];
    for (let index = 0; index < 8; index += 1) answers.push(await submit(`203.0.113.${index + 1}`));
    expect(answers.slice(0, 5).map((answer) => answer.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    for (const answer of answers.slice(5)) {
      expect(answer.data?.submitProposal ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    }
  });

  it("gives a request its own id, whatever x-request-id the client sends", async () => {
    const response = await fetch(`${platform.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-0001-abcdef' },
      body: JSON.stringify({ query: '{ network { memberCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
