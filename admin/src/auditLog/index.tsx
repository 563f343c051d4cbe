import { Link } from '@mui/material';
import { Datagrid, FunctionField, List, SelectField, useTranslate, type RaRecord } from 'react-admin';
import { auditLabel, formatDate } from '@infitah/labels';
import { ROLES } from '../choices';
import { useConsoleLocale } from '../i18n';

/** The console's page of each kind of record the trail names, where it has one. */
const RESOURCES: Record<string, string> = {
  Account: 'accounts',
  ActionProgram: 'actionPrograms',
  Cohort: 'cohorts',
  Collectivity: 'collectivities',
  Commitment: 'commitments',
  Event: 'events',
  LibraryEntry: 'libraryEntries',
  Organisation: 'organisations',
  Proposal: 'proposals',
};

/**
 * The audit trail: when (Morocco's wall clock, in the reader's conventions), who (their role, named), what (the
 * operation and the kind of record in the reader's language, and a link to the record rather than its id).
 */
export function AuditLogList() {
  const locale = useConsoleLocale();
  const translate = useTranslate();
  return (
    <List>
      <Datagrid bulkActionButtons={false}>
        <FunctionField source="occurredAt" label="infitah.audit.occurredAt" render={(record: RaRecord) => formatDate(record.occurredAt, locale)} />
        <SelectField source="actorRole" label="infitah.audit.actorRole" choices={ROLES} />
        <FunctionField source="service" label="infitah.audit.service" render={(record: RaRecord) => auditLabel('service', record.service, locale)} />
        <FunctionField source="entity" label="infitah.audit.entity" render={(record: RaRecord) => auditLabel('entity', record.entity, locale)} />
        <FunctionField source="action" label="infitah.audit.action" render={(record: RaRecord) => auditLabel('action', record.action, locale)} />
        <FunctionField
          source="entityId"
          label="infitah.audit.entityId"
          sortable={false}
          render={(record: RaRecord) =>
            RESOURCES[record.entity] && record.action !== 'DELETE' ? (
              <Link href={`#/${RESOURCES[record.entity]}/${record.entityId}`} title={record.entityId} onClick={(event) => event.stopPropagation()}>
                {translate('infitah.audit.open')}
              </Link>
            ) : (
              <span title={record.entityId}>—</span>
            )
          }
        />
      </Datagrid>
    </List>
  );
}
