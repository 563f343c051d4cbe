import { Box, Link } from '@mui/material';
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
 * The API key a change was made with: its name and public prefix for those who manage it (a link to the keys), only a
 * short id for others (an editor, the network reading a collectivity's entry); nothing for a change made in a session.
 */
function ApiKeyCell({ record }: { record: RaRecord }) {
  const translate = useTranslate();
  if (!record.apiKeyId) return <span>—</span>;
  if (!record.apiKey) {
    const short = String(record.apiKeyId).slice(0, 8);
    return (
      <span title={record.apiKeyId}>
        {translate('infitah.audit.apiKeyHidden', { id: `${short}…` })}
      </span>
    );
  }
  return (
    <Link href="#/apiKeys" title={record.apiKeyId} onClick={(event) => event.stopPropagation()}>
      <bdi>{record.apiKey.name}</bdi>{' '}
      <Box component="code" dir="ltr" sx={{ fontSize: 12 }}>
        ifk_{record.apiKey.prefix}_…
      </Box>
    </Link>
  );
}

/**
 * The audit trail: when (Morocco's wall clock, in the reader's conventions), who (their role, named), what (the
 * operation and the kind of record in the reader's language, and a link to the record rather than its id), and with which API
 * key when a machine made it.
 */
export function AuditLogList() {
  const locale = useConsoleLocale();
  const translate = useTranslate();
  return (
    <List>
      <Datagrid bulkActionButtons={false}>
        <FunctionField source="occurredAt" label="infitah.audit.occurredAt" render={(record: RaRecord) => formatDate(record.occurredAt, locale)} />
        <SelectField source="actorRole" label="infitah.audit.actorRole" choices={ROLES} />
        <FunctionField source="apiKeyId" label="infitah.audit.apiKey" sortable={false} render={(record: RaRecord) => <ApiKeyCell record={record} />} />
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
