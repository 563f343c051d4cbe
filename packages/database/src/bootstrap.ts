import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { databaseName, withCredentials } from './urls';

import { migrateAudit } from './audit';
import { migrateDirectory } from './directory';
import { migrateQueue } from './queue';
import { appRole, OWNER_ROLE, SERVICES, type ServiceName } from './roles';

/** The owner's password and each subgraph's runtime role's (the registry of @infitah/contract). */
export type RolePasswords = { owner: string } & Record<ServiceName, string>;

export interface DatabaseUrls {
  ownerUrl: string;
  appUrls: Record<ServiceName, string>;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates (or updates the passwords of) the cluster-wide roles. Needs a superuser connection, since the
 * owner gets BYPASSRLS to seed and bulk-load across tenants.
 */
export async function ensureRoles(adminUrl: string, passwords: RolePasswords): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const roles: Array<[string, string, string]> = [
      [OWNER_ROLE, passwords.owner, 'LOGIN NOSUPERUSER BYPASSRLS'],
      ...SERVICES.map((service): [string, string, string] => [
        appRole(service),
        passwords[service],
        'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE',
      ]),
    ];
    for (const [role, password, attributes] of roles) {
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      const verb = exists.rowCount ? 'ALTER' : 'CREATE';
      await client.query(`${verb} ROLE ${escapeIdentifier(role)} ${attributes} PASSWORD ${escapeLiteral(password)}`);
    }
  });
}

/**
 * Creates the database when missing, its schemas owned by the owner role, and the runtime grants:
 * each service's role reaches its own schema, and may only insert into and read the audit schema; the directory
 * (what a subgraph publishes of its records for others to link to) grants its own few privileges.
 */
export async function prepareDatabase(adminUrl: string, database: string, passwords: RolePasswords): Promise<DatabaseUrls> {
  await withClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    // CREATE DATABASE cannot run inside a multi-statement query
    if (!found.rowCount) await client.query(`CREATE DATABASE ${escapeIdentifier(database)}`);
  });
  const databaseUrl = withCredentials(adminUrl, { database });
  await withClient(databaseUrl, async (client) => {
    const owner = escapeIdentifier(OWNER_ROLE);
    await client.query(`REVOKE ALL ON DATABASE ${escapeIdentifier(database)} FROM PUBLIC`);
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${escapeIdentifier(database)} TO ${owner}`);
    await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    for (const schema of [...SERVICES, 'audit', 'directory']) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(schema)} AUTHORIZATION ${owner}`);
    }
    for (const service of SERVICES) {
      const role = escapeIdentifier(appRole(service));
      const schema = escapeIdentifier(service);
      await client.query(`GRANT CONNECT ON DATABASE ${escapeIdentifier(database)} TO ${role}`);
      await client.query(`GRANT USAGE ON SCHEMA ${schema}, audit TO ${role}`);
      await client.query(
        `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
      );
      await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT USAGE ON SEQUENCES TO ${role}`);
      await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA audit GRANT SELECT, INSERT ON TABLES TO ${role}`);
      await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA audit GRANT USAGE ON SEQUENCES TO ${role}`);
    }
    await migrateAudit(client);
    await migrateDirectory(client);
    await migrateQueue(client, databaseUrl);
  });
  return {
    ownerUrl: withCredentials(adminUrl, { user: OWNER_ROLE, password: passwords.owner, database }),
    appUrls: Object.fromEntries(
      SERVICES.map((service) => [service, withCredentials(adminUrl, { user: appRole(service), password: passwords[service], database })]),
    ) as Record<ServiceName, string>,
  };
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(database)} WITH (FORCE)`);
  });
}

export { databaseName };
export { appRole, OWNER_ROLE, SERVICES, type ServiceName };
