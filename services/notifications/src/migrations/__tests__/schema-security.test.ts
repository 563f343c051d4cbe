import { join } from 'node:path';
import { committedSnapshot, migratedSchemaSecurity } from '@infitah/test-kit';
import { notifications } from '../../subgraph';

const SNAPSHOT = join(__dirname, 'schema-security.snapshot.txt');

// What the migrations leave must never change unnoticed: not by editing an old migration, nor through a shared helper.
// After an intended change: UPDATE_SNAPSHOT=1 npx jest src/migrations (in services/notifications), review and commit the diff.
it('leaves the row-level security, policies, grants, functions and triggers of the committed snapshot after all migrations', async () => {
  const actual = await migratedSchemaSecurity(notifications);
  expect(actual).toBe(committedSnapshot(SNAPSHOT, actual));
});
