import { once } from 'node:events';
import { loadGatewayConfig } from './config';
import { createGateway } from './server';

export { createGateway } from './server';
export { loadGatewayConfig } from './config';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const gateway = await createGateway(config);
  const server = gateway.app.listen(config.port, config.host);
  await once(server, 'listening');
  console.log(JSON.stringify({ level: 'info', service: 'gateway', message: `listening on http://${config.host}:${config.port}/graphql` }));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await gateway.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // under `npm start`, never outlive the launcher
  if (process.env.INFITAH_SUPERVISED === '1') {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) void stop();
    }, 1_000).unref();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
