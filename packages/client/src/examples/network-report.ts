/**
 * `npm run example:network-report`: prints the network's figures from a running platform (`npm start`).
 * INFITAH_URL (default http://127.0.0.1:4000/graphql); INFITAH_EMAIL and INFITAH_PASSWORD to sign in and count
 * unpublished records too, e.g. the demo network@infitah.test / infitah-demo.
 */
import { InfitahClient, LoginDocument } from '../index';
import { networkReport } from '../report';

async function main(): Promise<void> {
  const client = new InfitahClient({ url: process.env.INFITAH_URL ?? 'http://127.0.0.1:4000/graphql' });
  const { INFITAH_EMAIL: email, INFITAH_PASSWORD: password } = process.env;
  if (email && password) {
    const { login } = await client.request(LoginDocument, { email, password });
    client.authenticate(login.token);
  }
  console.log(await networkReport(client));
}

main().catch((error: Error & { code?: string }) => {
  console.error(error.code === undefined && /fetch failed/.test(error.message) ? 'The platform does not answer: start it with `npm start`.' : `${error.code ?? 'ERROR'}: ${error.message}`);
  process.exit(1);
});
