import { Datagrid, DateField, List, TextField } from 'react-admin';
import { MOROCCO_TIME } from '../i18n';

export function AuditLogList() {
  return (
    <List>
      <Datagrid bulkActionButtons={false}>
        <DateField source="occurredAt" showTime options={MOROCCO_TIME} />
        <TextField source="actorRole" />
        <TextField source="service" />
        <TextField source="entity" />
        <TextField source="action" />
        <TextField source="entityId" />
      </Datagrid>
    </List>
  );
}
