import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { assertNetworkAdmin, badUserInput, ImportReportFields, readCsvTable, recordAudit, Refusals } from '@infitah/server-kit';
import type { TerritoryContext } from '../context';
import type { CollectivityKind } from './collectivity.entity';
import {
  COLLECTIVITY_COLUMNS,
  planCollectivityImport,
  REQUIRED_COLLECTIVITY_COLUMNS,
  type CollectivityImportPlan,
  type ExistingCollectivity,
} from './collectivity-import';
import type { MembershipStatus } from './membership.entity';

@ObjectType({
  description:
    'What importCollectivities did, or for a dry run would do: created and updated count collectivities; rows that change nothing are in rowCount only. When refused is not empty nothing was written and both counts are 0.',
})
export class ImportReport extends ImportReportFields {
  @Field(() => Int, { description: 'Collectivities created (or that a dry run would create), with their membership when `member` is true; 0 when any row is refused.' })
  created = 0;

  @Field(() => Int, {
    description: 'Existing collectivities whose names, code, parent or membership changed (or would change); 0 when any row is refused.',
  })
  updated = 0;
}

export const CSV_DESCRIPTION = `The file's text, UTF-8 (a leading BOM is ignored), at most 1 MB and 5,000 rows below a header row; comma, semicolon or tab separated, as the header row shows. Columns, named in the header row, in any order (only kind, name_ar and name_fr are required):
- kind: REGION, PREFECTURE, PROVINCE or COMMUNE;
- code: the official code, unique within the kind (regions 01–12); blank when unknown;
- name_ar, name_fr: the official names in Arabic and French, 1–300 characters;
- parent_code: the code of the collectivity directly above (a region for a prefecture or province, a prefecture or province for a commune), among existing collectivities or the rows above; blank keeps the current parent (none for a new one);
- member: true (or yes, oui, 1) to record the membership of the network; false or blank leaves the membership as it is;
- joined_on: when it joined, ISO-8601 at the precision known: 2023, 2024-12 or 2024-12-03; required to admit a new member, blank keeps the current date;
- membership_status: ACTIVE, SUSPENDED or ENDED; blank means ACTIVE for a new member and keeps the current status otherwise.
A row is matched to an existing collectivity by kind and code when the code is given (or else to the one same-named collectivity of that kind recorded without a code, which then gets the code), otherwise by kind and French name (ignoring case and accents).`;

@Resolver()
export class CollectivityImportResolver {
  @Mutation(() => ImportReport, {
    description:
      "Imports the network's member list from a CSV file: each row creates or updates a collectivity and, when `member` is true, its membership. Every row is checked first; when any is refused, nothing is written and the report lists every refused row with its line, column and reason (as data, not as an error). A dry run checks and reports without writing. One audit entry records each import. Requires NETWORK_ADMIN (FORBIDDEN for other roles, UNAUTHENTICATED when anonymous); BAD_USER_INPUT naming `csv` for a file over 1 MB or 5,000 rows.",
  })
  async importCollectivities(
    @Arg('csv', { description: CSV_DESCRIPTION }) csv: string,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'True to check the file and report what the import would do, writing nothing; false (the default) to import it.' })
    dryRunArgument: boolean | null,
    @Ctx() context: TerritoryContext,
  ): Promise<ImportReport> {
    assertNetworkAdmin(context.caller);
    const dryRun = dryRunArgument ?? false;
    const refusals = new Refusals();
    const table = readCsvTable(csv, { known: COLLECTIVITY_COLUMNS, required: REQUIRED_COLLECTIVITY_COLUMNS }, parse, refusals);
    const report = (plan: CollectivityImportPlan | null) =>
      Object.assign(new ImportReport(), {
        dryRun,
        rowCount: table.rows.length,
        created: refusals.count || !plan ? 0 : plan.creates.length,
        updated: refusals.count || !plan ? 0 : plan.updated,
        refused: refusals.sorted(),
      });
    if (!table.headerUsable || !table.rows.length) return report(null);

    const manager = await context.manager();
    const existing: ExistingCollectivity[] = (
      await manager.query(
        `SELECT c.id, c.kind, c.code, c.name_ar, c.name_fr, c.parent_id, m.joined_on, m.status
           FROM territory.collectivity c LEFT JOIN territory.network_membership m ON m.collectivity_id = c.id`,
      )
    ).map((row: Record<string, string | null>) => ({
      id: row.id!,
      kind: row.kind as CollectivityKind,
      code: row.code,
      nameAr: row.name_ar!,
      nameFr: row.name_fr!,
      parentId: row.parent_id,
      membership: row.joined_on ? { joinedOn: row.joined_on, status: row.status as MembershipStatus } : null,
    }));
    const plan = planCollectivityImport(table.rows, existing, refusals);
    if (refusals.count || dryRun) return report(plan);

    // Everything was checked: write it all in the request's transaction, one statement per kind of change, so
    // that the number of statements does not grow with the file. Any failure here is an error: the whole
    // request is rolled back (transactionPlugin).
    const columns = 'r(id uuid, kind text, code text, name_ar text, name_fr text, parent_id uuid)';
    const rows = (writes: CollectivityImportPlan['creates']) =>
      JSON.stringify(writes.map((write) => ({ id: write.id, kind: write.kind, code: write.code, name_ar: write.nameAr, name_fr: write.nameFr, parent_id: write.parentId })));
    try {
      if (plan.creates.length) {
        // a parent created by the same statement is there when the foreign key is checked, at the statement's end
        await manager.query(
          `INSERT INTO territory.collectivity (id, kind, code, name_ar, name_fr, parent_id)
           SELECT id, kind, code, name_ar, name_fr, parent_id FROM jsonb_to_recordset($1::jsonb) AS ${columns}`,
          [rows(plan.creates)],
        );
      }
      if (plan.updates.length) {
        await manager.query(
          `UPDATE territory.collectivity c
              SET code = r.code, name_ar = r.name_ar, name_fr = r.name_fr, parent_id = r.parent_id, updated_at = now()
             FROM jsonb_to_recordset($1::jsonb) AS ${columns}
            WHERE c.id = r.id AND c.kind = r.kind`,
          [rows(plan.updates)],
        );
      }
      if (plan.memberships.length) {
        await manager.query(
          `INSERT INTO territory.network_membership (collectivity_id, joined_on, status)
           SELECT collectivity_id, joined_on, status FROM jsonb_to_recordset($1::jsonb) AS r(collectivity_id uuid, joined_on text, status text)
           ON CONFLICT (collectivity_id) DO UPDATE SET joined_on = EXCLUDED.joined_on, status = EXCLUDED.status, updated_at = now()`,
          [JSON.stringify(plan.memberships.map((write) => ({ collectivity_id: write.collectivityId, joined_on: write.joinedOn, status: write.status })))],
        );
      }
    } catch (error) {
      // a code taken by another request since the file was checked
      if ((error as { code?: string }).code === '23505') throw badUserInput('csv', 'a code of the file was given to another collectivity meanwhile: check the file again');
      throw error;
    }
    const result = report(plan);
    const createdIds = new Set(plan.creates.map((write) => write.id));
    await recordAudit(manager, context.caller, {
      service: 'territory',
      collectivityId: null,
      entity: 'CollectivityImport',
      entityId: randomUUID(),
      action: 'IMPORT',
      after: {
        rowCount: result.rowCount,
        created: result.created,
        updated: result.updated,
        memberships: plan.memberships.length,
        createdIds: [...createdIds],
        updatedIds: [...new Set([...plan.updates.map((write) => write.id), ...plan.memberships.map((write) => write.collectivityId)])].filter((id) => !createdIds.has(id)),
      },
    });
    return result;
  }
}
