import { createPlatform, platformOptionsFromEnv } from './platform';

/** `npm start`: the whole platform, until SIGINT or SIGTERM stops all of it, PostgreSQL included. */
async function main(): Promise<void> {
  const options = platformOptionsFromEnv();
  const platform = createPlatform(options);
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    options.log(`[launcher] ${signal}: stopping every process`);
    await platform.stop();
    options.log('[launcher] stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await platform.start();
  } catch (error) {
    if (shuttingDown) return;
    throw error;
  }
  const { host, ports } = options;
  options.log(
    [
      '',
      'Infitah is running:',
      `  GraphQL (gateway)   ${platform.gatewayUrl}/graphql`,
      `  health / readiness  ${platform.gatewayUrl}/health  ${platform.gatewayUrl}/ready`,
      `  metrics (gateway)   http://127.0.0.1:${options.metricsPort ?? '(any free port)'}/metrics`,
      `  subgraphs           territory http://${host}:${ports.territory}/graphql, participation http://${host}:${ports.participation}/graphql, evaluation http://${host}:${ports.evaluation}/graphql, notifications http://${host}:${ports.notifications}/graphql`,
      ...(options.mailCatcher ? [`  mail catcher        http://127.0.0.1:${options.mailCatcher.webPort} (maildev; REST API GET /email), SMTP 127.0.0.1:${options.mailCatcher.smtpPort}`] : []),
      `  database            ${options.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL on 127.0.0.1:${options.embeddedPostgresPort}, data in ${options.dataDir}`}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(`[launcher] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
