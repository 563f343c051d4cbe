import { createServer } from 'node:net';
import { freePort } from '@infitah/database';

it('gives one process distinct ports, each free to listen on, however many it asks for', async () => {
  const ports: number[] = [];
  for (let i = 0; i < 300; i += 1) ports.push(await freePort());
  expect(new Set(ports).size).toBe(ports.length);
  // the last one is free: a server listens on it
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(ports[ports.length - 1], '127.0.0.1', () => resolve());
  });
  await new Promise((resolve) => server.close(resolve));
});
