import { createHash, randomBytes } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * The List-Unsubscribe address of a follower's mail (RFC 8058): a mail client's POST to it unfollows at once, with no
 * page to confirm; a person opening it lands on the portal's unfollow page. The token is the one the mail's own
 * unfollow link carries (the worker records its hash as it sends the mail, as here).
 */
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);
afterAll(() => platform.close());

const owner = () => platform.subgraphs.notifications.ownerDataSource;
let counter = 0;

/** A follower of the demo commune with an unfollow token of a mail sent to it. */
async function followerWithToken(): Promise<{ email: string; token: string }> {
  counter += 1;
  const email = `one-click.${counter}.${Date.now()}@example.org`;
  const asked = await platform.graphql('mutation ($email: String!, $id: ID!) { followCollectivity(email: $email, collectivityId: $id, language: FR) }', { email, id: DemoIds.demoCommune });
  expect(asked.errors).toBeUndefined();
  const token = randomBytes(32).toString('base64url');
  await owner().query(
    `INSERT INTO notifications.follower_token (collectivity_id, token_hash, follower_id)
     SELECT collectivity_id, $2, id FROM notifications.follower WHERE email = $1`,
    [email, createHash('sha256').update(token).digest('hex')],
  );
  return { email, token };
}

const followers = async (email: string) =>
  ((await owner().query('SELECT count(*)::int AS count FROM notifications.follower WHERE email = $1', [email])) as Array<{ count: number }>)[0].count;

describe('the one-click unfollow address of a follower mail', () => {
  it('unfollows at once on the POST a mail client sends (List-Unsubscribe=One-Click), and answers alike a second time', async () => {
    const { email, token } = await followerWithToken();
    expect(await followers(email)).toBe(1);
    const post = () =>
      fetch(`${platform.gatewayUrl}/unfollow/${token}?locale=fr`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    const first = await post();
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('Unfollowed');
    expect(await followers(email)).toBe(0);
    const second = await post();
    expect(second.status).toBe(200);
    expect(await second.text()).toBe('Already unfollowed');
  });

  it("sends a person who opens it to the portal's unfollow page in the mail's language, unfollowing nothing by itself", async () => {
    const { email, token } = await followerWithToken();
    const opened = await fetch(`${platform.gatewayUrl}/unfollow/${token}?locale=fr`, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`/?locale=fr#/unfollow/${token}`);
    expect(await followers(email)).toBe(1);
  });

  it('refuses a malformed token with 400, and unfollows no one for an unknown one', async () => {
    const { email } = await followerWithToken();
    const malformed = await fetch(`${platform.gatewayUrl}/unfollow/not-a-token`, { method: 'POST' });
    expect(malformed.status).toBe(400);
    const unknown = await fetch(`${platform.gatewayUrl}/unfollow/${randomBytes(32).toString('base64url')}`, { method: 'POST' });
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toBe('Already unfollowed');
    expect(await followers(email)).toBe(1);
  });
});
