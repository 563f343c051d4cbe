import { useState } from 'react';
import KeyIcon from '@mui/icons-material/VpnKey';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Card, CardContent, TextField as MuiTextField, Typography } from '@mui/material';
import {
  BooleanInput,
  Button,
  Create,
  Datagrid,
  DeleteWithConfirmButton,
  FunctionField,
  List,
  SimpleForm,
  TextField,
  TextInput,
  maxLength,
  required,
  useNotify,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDate } from '@infitah/labels';
import { useConsoleLocale } from '../i18n';

/** Revokes an active key after a confirmation: the next request made with it is refused. */
function RevokeButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record || record.revokedAt) return null;
  return (
    <DeleteWithConfirmButton
      label="infitah.apiKeys.revoke"
      confirmTitle={translate('infitah.apiKeys.revokeTitle', { name: record.name })}
      confirmContent="infitah.apiKeys.revokeContent"
      successMessage="infitah.apiKeys.revoked"
      mutationMode="pessimistic"
      redirect={false}
      icon={<KeyIcon />}
    />
  );
}

/** The keys of the caller's collectivity (or the network's): what each may do, when made, last used, revoked. */
export function ApiKeyList() {
  const locale = useConsoleLocale();
  const translate = useTranslate();
  return (
    <List exporter={false} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="name" label="infitah.apiKeys.name" />
        <FunctionField
          source="prefix"
          label="infitah.apiKeys.prefix"
          render={(record: RaRecord) => (
            <Box component="code" dir="ltr" sx={{ fontSize: 12 }}>
              ifk_{record.prefix}_…
            </Box>
          )}
        />
        <FunctionField source="readOnly" label="infitah.apiKeys.access" render={(record: RaRecord) => translate(record.readOnly ? 'infitah.apiKeys.readOnly' : 'infitah.apiKeys.readWrite')} />
        <FunctionField source="createdBy" label="infitah.apiKeys.createdBy" render={(record: RaRecord) => <bdi>{record.createdBy?.displayName ?? '—'}</bdi>} />
        <FunctionField source="createdAt" label="infitah.apiKeys.createdAt" render={(record: RaRecord) => formatDate(record.createdAt, locale)} />
        <FunctionField
          source="lastUsedAt"
          label="infitah.apiKeys.lastUsedAt"
          render={(record: RaRecord) => (record.lastUsedAt ? formatDate(record.lastUsedAt, locale) : translate('infitah.apiKeys.neverUsed'))}
        />
        <FunctionField
          source="revokedAt"
          label="infitah.apiKeys.status"
          render={(record: RaRecord) =>
            record.revokedAt ? translate('infitah.apiKeys.revokedOn', { date: formatDate(record.revokedAt, locale) }) : translate('infitah.apiKeys.active')
          }
        />
        <RevokeButton />
      </Datagrid>
    </List>
  );
}

/** The secret of the key just made, shown this once, with a button that copies it. */
function SecretShownOnce({ secret, name }: { secret: string; name: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('infitah.apiKeys.createdTitle', { name })}
        </Typography>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('infitah.apiKeys.shownOnce')}
        </Alert>
        <MuiTextField
          value={secret}
          fullWidth
          label={translate('infitah.apiKeys.secret')}
          slotProps={{ htmlInput: { readOnly: true, dir: 'ltr', 'data-testid': 'api-key-secret', onFocus: (event: React.FocusEvent<HTMLInputElement>) => event.target.select() } }}
        />
        <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
          <Button
            label="infitah.apiKeys.copy"
            variant="contained"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(secret);
                notify('infitah.apiKeys.copied', { type: 'info' });
              } catch {
                notify('infitah.apiKeys.copyFailed', { type: 'warning' });
              }
            }}
          >
            <ContentCopyIcon />
          </Button>
          <Button label="infitah.apiKeys.done" component={Link} to="/apiKeys" />
        </Box>
        <Typography variant="body2" sx={{ mt: 2 }} color="text.secondary">
          {translate('infitah.apiKeys.howToUse')}
        </Typography>
      </CardContent>
    </Card>
  );
}

export function ApiKeyCreate() {
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  if (created) return <SecretShownOnce {...created} />;
  return (
    <Create
      mutationMode="pessimistic"
      mutationOptions={{ onSuccess: (data: RaRecord) => setCreated({ secret: String(data.secret), name: String(data.name) }) }}
      redirect={false}
    >
      <SimpleForm defaultValues={{ readOnly: true }}>
        <TextInput source="name" label="infitah.apiKeys.name" helperText="infitah.apiKeys.nameHelp" validate={[required(), maxLength(100)]} />
        <BooleanInput source="readOnly" label="infitah.apiKeys.readOnlyInput" helperText="infitah.apiKeys.readOnlyHelp" />
      </SimpleForm>
    </Create>
  );
}

export default { list: ApiKeyList, create: ApiKeyCreate, icon: KeyIcon };
