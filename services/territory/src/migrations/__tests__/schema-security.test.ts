import { join } from 'node:path';
import { committedSnapshot, migratedSchemaSecurity } from '@infitah/test-kit';
import { territory } from '../../subgraph';

const SNAPSHOT = join(__dirname, 'schema-security.snapshot.txt');

// Migrations build policies and functions with the kit's SQL helpers: a change to a helper must show up here.
// After an intended change: UPDATE_SNAPSHOT=1 npx jest src/migrations (in services/territory), review and commit the diff.
it('leaves the row-level security, policies, grants, functions and triggers of the committed snapshot after all migrations', async () => {
  const actual = await migratedSchemaSecurity(territory);
  expect(actual).toBe(committedSnapshot(SNAPSHOT, actual));
});
