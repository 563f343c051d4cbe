import { ensureNationalDataset, nationalEnvironment, openNationalServer } from './national-db';

/** `npm run seed:national [-- --force]`: the national dataset in its own database, loaded when missing. */
async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const environment = nationalEnvironment();
  const log = (line: string) => console.log(line);
  const { adminUrl, postgres } = await openNationalServer(environment, log);
  const stop = async (code: number) => {
    await postgres?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(130));
  process.on('SIGTERM', () => void stop(143));
  try {
    const result = await ensureNationalDataset(adminUrl, environment, { force, log });
    if (!result.seeded) log(`[national] the national dataset is already loaded in ${environment.databaseName} (--force loads it again)`);
  } catch (error) {
    console.error(`[national] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stop(1);
  }
  await stop(0);
}

void main();
