import { printSubgraphSchema } from '@apollo/subgraph';
import { loadServiceConfig } from './config';
import { createDataSource } from './database';
import { subgraphSchema, type SubgraphDefinition } from './subgraph';

const USAGE = 'usage: cli.js <print-schema | migrate | seed | prepare>';

/** Applies pending migrations as the schema owner. */
export async function migrateSubgraph(definition: SubgraphDefinition, ownerUrl: string): Promise<string[]> {
  const dataSource = createDataSource({ url: ownerUrl, schema: definition.name, entities: definition.entities, migrations: definition.migrations, poolMax: 2 });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Loads the demo data in one transaction, as the schema owner. */
export async function seedSubgraph(definition: SubgraphDefinition, ownerUrl: string): Promise<void> {
  if (!definition.seedDemoData) return;
  const dataSource = createDataSource({ url: ownerUrl, schema: definition.name, entities: definition.entities, poolMax: 2 });
  await dataSource.initialize();
  try {
    await dataSource.transaction((manager) => definition.seedDemoData!(manager));
  } finally {
    await dataSource.destroy();
  }
}

export async function runSubgraphCli(definition: SubgraphDefinition, argv = process.argv.slice(2)): Promise<void> {
  const [command] = argv;
  if (command === 'print-schema') {
    process.stdout.write(`${printSubgraphSchema(await subgraphSchema(definition)).trimEnd()}\n`);
    return;
  }
  if (!['migrate', 'seed', 'prepare'].includes(command ?? '')) {
    console.error(USAGE);
    process.exit(64);
  }
  const config = loadServiceConfig(definition.name);
  const ownerUrl = config.DATABASE_OWNER_URL;
  if (!ownerUrl) {
    console.error(`DATABASE_OWNER_URL is required to ${command} the ${definition.name} schema`);
    process.exit(78);
  }
  if (command === 'migrate' || command === 'prepare') {
    const applied = await migrateSubgraph(definition, ownerUrl);
    console.log(JSON.stringify({ level: 'info', service: definition.name, message: `migrations applied: ${applied.length}`, applied }));
  }
  if (command === 'seed' || command === 'prepare') {
    const seed = config.SEED_DEMO_DATA ?? config.NODE_ENV !== 'production';
    if (seed) {
      await seedSubgraph(definition, ownerUrl);
      console.log(JSON.stringify({ level: 'info', service: definition.name, message: 'demo data loaded' }));
    }
  }
}
