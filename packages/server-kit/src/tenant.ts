import { registerEnumType } from 'type-graphql';
import { In, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import type { Caller } from './caller';
import { connectionOf, type Connection, type Page } from './pagination';
import { badUserInput } from './errors';
import { readRuleSql, visibleRowsByParametersSql } from './policies';

export enum Language {
  AR = 'AR',
  FR = 'FR',
}
registerEnumType(Language, {
  name: 'Language',
  description:
    'Language of a text: fields with a `language` argument answer in it (Arabic by default), else in the other language when the text exists only there.',
  valuesConfig: {
    AR: { description: 'Arabic (العربية).' },
    FR: { description: 'French (français).' },
  },
});

/** The text in the asked language, or in the other one when it only exists there. */
export function inLanguage(texts: { ar: string | null; fr: string | null }, language: Language | null | undefined): string {
  const [first, second] = language === Language.FR ? [texts.fr, texts.ar] : [texts.ar, texts.fr];
  return first ?? second ?? '';
}

/**
 * Who may see a tenant row (`readRuleSql`), for a TypeORM query builder: everyone once published; its own collectivity
 * (its `owner` column, `collectivity_id` unless said otherwise) and the network always.
 */
export function visibleRowsSql(alias: string, caller: Caller, owner = 'collectivity_id'): { sql: string; parameters: Record<string, unknown> } {
  return {
    sql: readRuleSql({ role: ':visibilityRole', collectivity: ':visibilityCollectivityId', owner: `${alias}.${owner}`, otherwise: `${alias}.published` }),
    parameters: { visibilityRole: caller.role, visibilityCollectivityId: caller.collectivityId },
  };
}

export interface TenantPageKey extends Page {
  collectivityId: string;
}

export const tenantPageKey = (key: TenantPageKey) => `${key.collectivityId}:${key.take}:${key.skip}`;

/**
 * Pages of a tenant table for many collectivities at once (e.g. `Collectivity.events` on a list of
 * collectivities): one ranking with the counts and one fetch per distinct page size, whatever the number of
 * collectivities (one count alone when no row is asked). `scope` says which rows belong to a collectivity's list
 * (SQL over `t` and `scope.cid`); by default its own rows.
 */
export async function loadTenantPages<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  keys: readonly TenantPageKey[],
  options: { caller: Caller; orderBy: Array<[column: string, direction: 'ASC' | 'DESC']>; scope?: string },
): Promise<Array<Connection<T>>> {
  const results = new Map<string, Connection<T>>();
  const shapes = new Map<string, TenantPageKey[]>();
  // a collectivity's nested list reads in its own order only; its cursors are positions in it
  if (keys.some((key) => key.sync)) return keys.map(() => badUserInput('after', 'a sync cursor continues only a root list read with filter.updatedSince')) as unknown as Connection<T>[];
  for (const key of keys) {
    const shape = `${key.take}:${key.skip}`;
    shapes.set(shape, [...(shapes.get(shape) ?? []), key]);
  }
  const table = manager.connection.getMetadata(entity).tablePath;
  const order = options.orderBy.map(([column, direction]) => `t.${column} ${direction}`).join(', ');
  const scope = options.scope ?? 't.collectivity_id = scope.cid';
  // $1 collectivities, $2 caller role, $3 caller collectivity
  const visible = visibleRowsByParametersSql('t', { role: 2, collectivity: 3 });
  const from = `unnest($1::uuid[]) AS scope(cid) JOIN ${table} t ON (${scope})`;
  for (const group of shapes.values()) {
    const { take, skip } = group[0];
    const collectivityIds = [...new Set(group.map((key) => key.collectivityId))];
    const parameters = [collectivityIds, options.caller.role, options.caller.collectivityId];
    // one statement gives each collectivity's page and its count: the count over the whole partition, the page by
    // position, and the first row of each collectivity kept whatever the page so that its count is known even when
    // the page is past its end (it had been a statement of its own, one round trip more per page)
    const counts = new Map<string, number>();
    let ranked: Array<{ cid: string; id: string }> = [];
    if (take === 0) {
      const rows: Array<{ cid: string; count: number }> = await manager.query(
        `SELECT scope.cid, count(*)::int AS count FROM ${from} WHERE ${visible} GROUP BY scope.cid`,
        parameters,
      );
      for (const row of rows) counts.set(row.cid, row.count);
    } else {
      const rows: Array<{ cid: string; id: string; position: number; total: number }> = await manager.query(
        `SELECT cid, id, position::int AS position, total::int AS total FROM (
           SELECT scope.cid, t.id, row_number() OVER (PARTITION BY scope.cid ORDER BY ${order}) AS position,
                  count(*) OVER (PARTITION BY scope.cid) AS total
             FROM ${from} WHERE ${visible}
         ) ranked WHERE (position > $4 AND position <= $5) OR position = 1 ORDER BY cid, position`,
        [...parameters, skip, skip + take],
      );
      for (const row of rows) counts.set(row.cid, row.total);
      ranked = rows.filter((row) => row.position > skip);
    }
    const ids = [...new Set(ranked.map((row) => row.id))];
    const rows = ids.length ? await manager.getRepository(entity).findBy({ id: In(ids) } as unknown as FindOptionsWhere<T>) : [];
    const byId = new Map(rows.map((row) => [(row as unknown as { id: string }).id, row]));
    for (const collectivityId of collectivityIds) {
      results.set(
        tenantPageKey({ collectivityId, take, skip }),
        connectionOf(
          ranked.filter((row) => row.cid === collectivityId).map((row) => byId.get(row.id)!).filter(Boolean),
          counts.get(collectivityId) ?? 0,
          { take, skip },
        ),
      );
    }
  }
  return keys.map((key) => results.get(tenantPageKey(key))!);
}

/** A row of a tenant table by its parent: the tenant is part of every key. */
export interface TenantKey {
  collectivityId: string;
  id: string;
}

export const tenantKey = (key: TenantKey) => `${key.collectivityId}:${key.id}`;

/**
 * Child rows (agenda items, attendance…) of many parents in one query, grouped per parent in `keys` order.
 * `parent` names the child's column holding the parent id and the property it maps to.
 */
export async function loadChildren<T extends ObjectLiteral & { collectivityId: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  parent: { column: string; property: keyof T & string },
  keys: readonly TenantKey[],
  orderBy: Array<[column: string, direction: 'ASC' | 'DESC']> = [],
  /** For children with their own `published` flag: keep only those this caller may see. */
  visibleTo?: Caller,
): Promise<T[][]> {
  const query = manager
    .createQueryBuilder(entity, 'c')
    .where(`(c.collectivity_id, c.${parent.column}) IN (SELECT * FROM unnest(CAST(:collectivityIds AS uuid[]), CAST(:parentIds AS uuid[])))`, {
      collectivityIds: keys.map((key) => key.collectivityId),
      parentIds: keys.map((key) => key.id),
    });
  if (visibleTo) {
    const visible = visibleRowsSql('c', visibleTo);
    query.andWhere(visible.sql, visible.parameters);
  }
  for (const [column, direction] of orderBy) query.addOrderBy(`c.${column}`, direction);
  const groups = new Map<string, T[]>();
  for (const row of await query.getMany()) {
    const key = tenantKey({ collectivityId: row.collectivityId, id: row[parent.property] as string });
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return keys.map((key) => groups.get(tenantKey(key)) ?? []);
}

/** Rows of a tenant table by (collectivity, id), those the caller may see, in `keys` order (null when unseen). */
export async function loadByTenantKeys<T extends ObjectLiteral & { collectivityId: string; id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  keys: readonly TenantKey[],
  caller: Caller,
): Promise<Array<T | null>> {
  const visible = visibleRowsSql('r', caller);
  const rows = await manager
    .createQueryBuilder(entity, 'r')
    .where('(r.collectivity_id, r.id) IN (SELECT * FROM unnest(CAST(:collectivityIds AS uuid[]), CAST(:ids AS uuid[])))', {
      collectivityIds: keys.map((key) => key.collectivityId),
      ids: keys.map((key) => key.id),
    })
    .andWhere(visible.sql, visible.parameters)
    .getMany();
  const byKey = new Map(rows.map((row) => [tenantKey(row), row]));
  return keys.map((key) => byKey.get(tenantKey(key)) ?? null);
}
