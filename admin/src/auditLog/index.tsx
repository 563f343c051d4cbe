import { Datagrid, FunctionField, List, SelectField, TextField, type RaRecord } from 'react-admin';
import { formatDate } from '@infitah/labels';
import { ROLES } from '../choices';
import { useConsoleLocale } from '../i18n';

/** The audit trail: when (Morocco's wall clock, in the reader's conventions), who (their role, named), what. */
export function AuditLogList() {
  const locale = useConsoleLocale();
  return (
    <List>
      <Datagrid bulkActionButtons={false}>
        <FunctionField source="occurredAt" label="infitah.audit.occurredAt" render={(record: RaRecord) => formatDate(record.occurredAt, locale)} />
        <SelectField source="actorRole" label="infitah.audit.actorRole" choices={ROLES} />
        <TextField source="service" label="infitah.audit.service" />
        <TextField source="entity" label="infitah.audit.entity" />
        <TextField source="action" label="infitah.audit.action" />
        <TextField source="entityId" label="infitah.audit.entityId" sx={{ fontFamily: 'monospace', fontSize: 11 }} />
      </Datagrid>
    </List>
  );
}
