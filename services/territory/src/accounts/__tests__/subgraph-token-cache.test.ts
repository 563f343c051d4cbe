import { DemoIds } from '@infitah/demo-data';
import { callerFromAuthorization } from '@infitah/server-kit';
import { testSecurity, tokenFor } from '@infitah/test-kit';

/** Each subgraph reads the caller from the gateway's `Authorization` header; a token that verified is remembered until it expires. */
describe("a subgraph's reading of the caller's token", () => {
  const editor = { role: 'COLLECTIVITY_EDITOR' as const, userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };

  it('gives the same caller for a token seen again, and refuses it under another secret', async () => {
    const { jwtSecret } = testSecurity();
    const header = `Bearer ${await tokenFor(editor)}`;
    const first = await callerFromAuthorization(jwtSecret, header);
    expect(first).toMatchObject({ role: 'COLLECTIVITY_EDITOR', userId: editor.userId, collectivityId: editor.collectivityId });
    expect(await callerFromAuthorization(jwtSecret, header)).toEqual(first);
    await expect(callerFromAuthorization(`${jwtSecret}-another`, header)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token it accepted before once that token has expired', async () => {
    const { jwtSecret } = testSecurity();
    const header = `Bearer ${await tokenFor(editor, { ttlSeconds: 1 })}`;
    expect((await callerFromAuthorization(jwtSecret, header)).role).toBe('COLLECTIVITY_EDITOR');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(callerFromAuthorization(jwtSecret, header)).rejects.toMatchObject({ message: 'The token has expired: sign in again', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a tampered token and a header that is not a bearer token', async () => {
    const { jwtSecret } = testSecurity();
    const token = await tokenFor(editor);
    await expect(callerFromAuthorization(jwtSecret, `Bearer ${token.slice(0, -2)}xx`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(callerFromAuthorization(jwtSecret, `Basic ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
