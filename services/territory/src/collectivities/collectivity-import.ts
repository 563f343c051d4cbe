import { randomUUID } from 'node:crypto';
import { importKey, isPartialIsoDate, parseYesNo, type CsvRow, type Refusals } from '@infitah/server-kit';
import { CollectivityKind } from './collectivity.entity';
import { MembershipStatus } from './membership.entity';

/** The columns of a collectivities file, in their documented order. */
export const COLLECTIVITY_COLUMNS = ['kind', 'code', 'name_ar', 'name_fr', 'parent_code', 'member', 'joined_on', 'membership_status'] as const;
export const REQUIRED_COLLECTIVITY_COLUMNS = ['kind', 'name_ar', 'name_fr'] as const;

/** Which kinds may sit directly above each kind (as createCollectivity requires). */
export const PARENT_KINDS: Record<CollectivityKind, CollectivityKind[]> = {
  [CollectivityKind.REGION]: [],
  [CollectivityKind.PREFECTURE]: [CollectivityKind.REGION],
  [CollectivityKind.PROVINCE]: [CollectivityKind.REGION],
  [CollectivityKind.COMMUNE]: [CollectivityKind.PREFECTURE, CollectivityKind.PROVINCE],
};

const KINDS = Object.values(CollectivityKind) as string[];
const STATUSES = Object.values(MembershipStatus) as string[];
const MAX_NAME = 300;
const MAX_CODE = 40;

/** A collectivity as the database holds it, with its membership. */
export interface ExistingCollectivity {
  id: string;
  kind: CollectivityKind;
  code: string | null;
  nameAr: string;
  nameFr: string;
  parentId: string | null;
  membership: { joinedOn: string; status: MembershipStatus } | null;
}

export interface CollectivityWrite {
  id: string;
  kind: CollectivityKind;
  code: string | null;
  nameAr: string;
  nameFr: string;
  parentId: string | null;
}

export interface MembershipWrite {
  collectivityId: string;
  joinedOn: string;
  status: MembershipStatus;
}

export interface CollectivityImportPlan {
  creates: CollectivityWrite[];
  /** Existing collectivities whose names, code or parent change. */
  updates: CollectivityWrite[];
  memberships: MembershipWrite[];
  /** Existing collectivities that change in any way, membership included. */
  updated: number;
  /** Rows that change nothing. */
  unchanged: number;
}

/** A collectivity known while the file is read: in the database, or made by an earlier row. */
interface Known {
  id: string;
  kind: CollectivityKind;
  code: string | null;
  /** The line of the file that creates or updates it; null while no row has claimed it. */
  line: number | null;
  fromFile: boolean;
}

const describeKinds = (kinds: CollectivityKind[]) => kinds.map((kind) => kind.toLowerCase()).join(' or ');

/**
 * Checks every row of a collectivities file against the database and the rows above it, and says what to write.
 * Rows are matched by kind and code when the code is given (or, failing that, to a same-named collectivity of the
 * kind that has no code yet), else by kind and French name; a parent is found by code among the kinds allowed above.
 */
export function planCollectivityImport(rows: CsvRow[], existing: ExistingCollectivity[], refusals: Refusals): CollectivityImportPlan {
  const byId = new Map(existing.map((row) => [row.id, row]));
  const byCode = new Map<string, Known>();
  const byName = new Map<string, Known[]>();
  const codeKey = (kind: string, code: string) => `${kind}|${code.trim().toLowerCase()}`;
  const nameKey = (kind: string, name: string) => `${kind}|${importKey(name)}`;
  const remember = (known: Known, nameFr: string) => {
    if (known.code) byCode.set(codeKey(known.kind, known.code), known);
    const key = nameKey(known.kind, nameFr);
    byName.set(key, [...(byName.get(key) ?? []), known]);
  };
  for (const row of existing) remember({ id: row.id, kind: row.kind, code: row.code, line: null, fromFile: false }, row.nameFr);

  // codes given by later rows, to say so when a child names a parent that comes after it
  const laterCodes = new Map<string, number>();
  for (const row of rows) {
    const kind = row.cells.kind?.toUpperCase();
    if (KINDS.includes(kind) && row.cells.code) {
      const key = codeKey(kind, row.cells.code);
      if (!laterCodes.has(key)) laterCodes.set(key, row.line);
    }
  }

  const plan: CollectivityImportPlan = { creates: [], updates: [], memberships: [], updated: 0, unchanged: 0 };
  for (const row of rows) {
    const { line, cells } = row;
    const before = refusals.count;
    const refuse = (field: string | null, message: string) => {
      if (!row.misaligned) refusals.add(line, field, message);
    };

    const kindText = (cells.kind ?? '').toUpperCase();
    const kind = KINDS.includes(kindText) ? (kindText as CollectivityKind) : null;
    if (!kind) refuse('kind', cells.kind ? `must be one of ${KINDS.join(', ')}` : `is required: one of ${KINDS.join(', ')}`);
    const code = cells.code || null;
    if (code && code.length > MAX_CODE) refuse('code', `must be at most ${MAX_CODE} characters`);
    const nameAr = cells.name_ar ?? '';
    const nameFr = cells.name_fr ?? '';
    if (!nameAr) refuse('name_ar', 'is required: the official name in Arabic');
    else if (nameAr.length > MAX_NAME) refuse('name_ar', `must be at most ${MAX_NAME} characters`);
    if (!nameFr) refuse('name_fr', 'is required: the official name in French');
    else if (nameFr.length > MAX_NAME) refuse('name_fr', `must be at most ${MAX_NAME} characters`);

    const member = parseYesNo(cells.member ?? '');
    if (member === null) refuse('member', 'must be true or false (yes/no, oui/non, 1/0)');
    const joinedOn = cells.joined_on || null;
    if (joinedOn && !isPartialIsoDate(joinedOn)) refuse('joined_on', 'must be an ISO-8601 date at the precision known: 2023, 2024-12 or 2024-12-03');
    const statusText = (cells.membership_status ?? '').toUpperCase();
    const status = statusText ? (STATUSES.includes(statusText) ? (statusText as MembershipStatus) : null) : undefined;
    if (status === null) refuse('membership_status', `must be one of ${STATUSES.join(', ')}`);
    if (member === false && joinedOn) refuse('joined_on', 'is given but `member` is not true: set member to true to record the membership');
    if (member === false && statusText) refuse('membership_status', 'is given but `member` is not true: set member to true to record the membership');

    // the parent, by code, among the kinds allowed above
    let parentId: string | null | undefined; // undefined: no parent_code, the current parent stays
    const parentCode = cells.parent_code || null;
    if (kind && parentCode) {
      const allowed = PARENT_KINDS[kind];
      if (!allowed.length) refuse('parent_code', 'must be empty: a region has no parent');
      else {
        const found = allowed.map((parentKind) => byCode.get(codeKey(parentKind, parentCode))).filter((known): known is Known => Boolean(known));
        if (found.length > 1) {
          refuse('parent_code', `is ambiguous: both a ${describeKinds(found.map((known) => known.kind))} have this code`);
        } else if (found.length === 1) {
          parentId = found[0].id;
        } else {
          const later = allowed.map((parentKind) => laterCodes.get(codeKey(parentKind, parentCode))).find((at) => at !== undefined && at > line);
          refuse(
            'parent_code',
            later
              ? `names the ${describeKinds(allowed)} of line ${later}, which comes later in the file: list parents before their children`
              : `names no ${describeKinds(allowed)} with this code, among existing collectivities and the rows above`,
          );
        }
      }
    }

    // which collectivity the row is
    let target: Known | null = null;
    if (kind) {
      if (code) {
        const known = byCode.get(codeKey(kind, code));
        if (known?.fromFile) refuse('code', `repeats line ${known.line}: each collectivity once per file`);
        else if (known) target = known;
        else {
          // a collectivity recorded without a code gets the one the file gives it
          const sameName = (byName.get(nameKey(kind, nameFr)) ?? []).filter((candidate) => !candidate.fromFile && !candidate.code);
          if (sameName.length === 1) target = sameName[0];
        }
      } else if (nameFr) {
        const sameName = byName.get(nameKey(kind, nameFr)) ?? [];
        const fromFile = sameName.find((candidate) => candidate.fromFile);
        if (fromFile) refuse('name_fr', `repeats line ${fromFile.line}: each collectivity once per file`);
        else if (sameName.length > 1) refuse('code', `is needed: ${sameName.length} ${kind.toLowerCase()}s are named “${nameFr}”`);
        else if (sameName.length === 1) target = sameName[0];
      }
      if (target?.line != null) {
        refuse(code ? 'code' : 'name_fr', `names the collectivity already updated by line ${target.line}: each collectivity once per file`);
        target = null;
      }
    }

    const current = target ? byId.get(target.id) ?? null : null;
    if (member && !joinedOn && !current?.membership) refuse('joined_on', 'is required to admit a member: 2023, 2024-12 or 2024-12-03');

    if (target) {
      target.line = line;
      // a code given to a collectivity recorded without one: the rows below may name it as their parent
      if (code && !target.code) {
        target.code = code;
        byCode.set(codeKey(target.kind, code), target);
      }
    } else if (kind) {
      // a new collectivity, known to the rows below (also when refused, so that its children are not refused for it)
      const known: Known = { id: randomUUID(), kind, code, line, fromFile: true };
      remember(known, nameFr);
      target = known;
    }
    if (refusals.count > before || row.misaligned || !kind || !target) continue;

    const write: CollectivityWrite = {
      id: target.id,
      kind,
      // a code matched ignoring case keeps its recorded spelling
      code: current?.code && code?.toLowerCase() === current.code.toLowerCase() ? current.code : code ?? current?.code ?? null,
      nameAr,
      nameFr,
      parentId: parentId === undefined ? current?.parentId ?? null : parentId,
    };
    let changed = false;
    if (!current) {
      plan.creates.push(write);
      changed = true;
    } else if (write.code !== current.code || write.nameAr !== current.nameAr || write.nameFr !== current.nameFr || write.parentId !== current.parentId) {
      plan.updates.push(write);
      changed = true;
    }
    if (member) {
      const membership: MembershipWrite = {
        collectivityId: target.id,
        joinedOn: joinedOn ?? current!.membership!.joinedOn,
        status: status ?? current?.membership?.status ?? MembershipStatus.ACTIVE,
      };
      if (!current?.membership || current.membership.joinedOn !== membership.joinedOn || current.membership.status !== membership.status) {
        plan.memberships.push(membership);
        changed = true;
      }
    }
    if (!changed) plan.unchanged += 1;
    else if (current) plan.updated += 1;
  }
  return plan;
}
