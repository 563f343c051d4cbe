import { DeleteButton, SaveButton, Toolbar, usePermissions, useRecordContext } from 'react-admin';
import { currentSession } from './graphql';

/**
 * Whether the session may change the record shown (contract.md, Roles): a commune's editors and admins change their
 * collectivity's records, the network only network-owned ones (those of no collectivity).
 */
export function useCanWrite(): boolean {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const session = currentSession();
  if (!record) return permissions !== undefined;
  const owner: string | null = record.collectivity?.id ?? record.collectivityId ?? null;
  if (permissions === 'NETWORK_ADMIN') return owner === null;
  return owner === null ? false : owner === session?.collectivityId;
}

/** Whether the session may delete the record shown: a commune's admin its own records, the network its own. */
export function useCanDelete(): boolean {
  const { permissions } = usePermissions();
  return useCanWrite() && (permissions === 'COLLECTIVITY_ADMIN' || permissions === 'NETWORK_ADMIN');
}

/** A form's buttons as the role may use them: no Save where it cannot write, no Delete for an editor. */
export function RoleToolbar() {
  const canWrite = useCanWrite();
  const canDelete = useCanDelete();
  if (!canWrite) return null;
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton />
      {canDelete && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}
