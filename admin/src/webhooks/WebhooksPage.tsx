import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { enumChoices, enumLabel } from '@infitah/labels';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import {
  ConsoleCreateWebhookDocument,
  ConsoleDeleteWebhookDocument,
  ConsoleWebhookDeliveriesDocument,
  ConsoleWebhooksDocument,
  type ConsoleWebhookDeliveriesQuery,
  type ConsoleWebhookFieldsFragment,
  type NotificationKind,
} from '../generated/operations';
import { graphql } from '../graphql';

type Attempt = ConsoleWebhookDeliveriesQuery['result']['nodes'][number];

/** A field's refusal as graphql() words it for react-admin's inputs (`@@react-admin@@{"message":…}`), as plain text. */
function fieldMessage(encoded: string): string {
  const prefix = '@@react-admin@@';
  if (!encoded.startsWith(prefix)) return encoded;
  try {
    return (JSON.parse(encoded.slice(prefix.length)) as { message: string }).message;
  } catch {
    return encoded;
  }
}

/**
 * The caller's webhooks (a collectivity admin's, or the network's): register one (its signing secret shown this once),
 * list them, read one's delivery log (`/webhooks/<id>/show`), delete one.
 */
export function WebhooksPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const { id: selected } = useParams<{ id?: string }>();
  const [locale] = useLocaleState();
  const [rows, setRows] = useState<ConsoleWebhookFieldsFragment[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [url, setUrl] = useState('');
  const [kinds, setKinds] = useState<NotificationKind[]>(['PROPOSAL_SUBMITTED' as NotificationKind]);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [attempts, setAttempts] = useState<Attempt[] | null>(null);
  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-MA`, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Africa/Casablanca' });
  const kindLabel = (kind: string) => enumLabel('NotificationKind', kind, locale);

  const load = useCallback(() => {
    graphql(ConsoleWebhooksDocument)
      .then((data) => {
        setRows(data.result.nodes);
        setFailed(false);
      })
      .catch(() => setFailed(true));
  }, []);
  useEffect(load, [load]);

  useEffect(() => {
    setAttempts(null);
    if (!selected) return;
    graphql(ConsoleWebhookDeliveriesDocument, { webhookId: selected, first: 100, offset: 0 })
      .then((data) => setAttempts(data.result.nodes))
      .catch((error: Error) => notify(error.message, { type: 'error' }));
  }, [selected, notify]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setUrlError(null);
    if (!kinds.length) return;
    try {
      const data = await graphql(ConsoleCreateWebhookDocument, { input: { url: url.trim(), kinds } });
      setSecret(data.result.secret);
      setUrl('');
      load();
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      const message = body?.errors?.url ?? body?.errors?.kinds;
      if (message) setUrlError(fieldMessage(message));
      else notify((error as Error).message, { type: 'error' });
    }
  };

  const remove = async (id: string) => {
    if (!window.confirm(translate('webhooks.confirmDelete'))) return;
    try {
      await graphql(ConsoleDeleteWebhookDocument, { id });
      if (selected === id) navigate('/webhooks');
      load();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  const toggleKind = (kind: NotificationKind, checked: boolean) => setKinds((current) => (checked ? [...current, kind] : current.filter((value) => value !== kind)));

  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('webhooks.title')} />
      <Card>
        <CardContent>
          <Typography sx={{ mb: 2 }}>{translate('webhooks.intro')}</Typography>
          <Box component="form" onSubmit={(event) => void create(event)} aria-label={translate('webhooks.create')}>
            <Stack spacing={2}>
              <TextField
                name="url"
                label={translate('webhooks.url')}
                value={url}
                onChange={(event) => setUrl(event.target.value)}
                error={Boolean(urlError)}
                helperText={urlError ?? ' '}
                required
                slotProps={{ htmlInput: { dir: 'ltr', inputMode: 'url' } }}
              />
              <Box>
                <FormLabel component="legend">{translate('webhooks.kinds')}</FormLabel>
                <FormGroup row>
                  {enumChoices('NotificationKind', locale).map((choice) => (
                    <FormControlLabel
                      key={choice.id}
                      control={<Checkbox name="kinds" value={choice.id} checked={kinds.includes(choice.id as NotificationKind)} onChange={(event) => toggleKind(choice.id as NotificationKind, event.target.checked)} />}
                      label={choice.name}
                    />
                  ))}
                </FormGroup>
                {!kinds.length && <Typography color="error">{translate('webhooks.chooseKinds')}</Typography>}
              </Box>
              <Box>
                <Button type="submit" variant="contained" disabled={!kinds.length || !url.trim()}>
                  {translate('webhooks.create')}
                </Button>
              </Box>
            </Stack>
          </Box>
          {secret && (
            <Alert severity="warning" sx={{ mt: 2 }} onClose={() => setSecret(null)} data-testid="webhook-secret">
              <Typography sx={{ fontWeight: 'bold' }}>{translate('webhooks.secretTitle')}</Typography>
              <Box component="code" dir="ltr" sx={{ display: 'block', my: 1, wordBreak: 'break-all', userSelect: 'all' }}>
                {secret}
              </Box>
              {translate('webhooks.secretOnce')}
            </Alert>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardContent>
          <Typography variant="h6">{translate('webhooks.list')}</Typography>
          {failed && <Alert severity="error">{translate('webhooks.loadFailed')}</Alert>}
          {rows && !rows.length && <Typography>{translate('webhooks.empty')}</Typography>}
          {rows && rows.length > 0 && (
            <Table size="small" aria-label={translate('webhooks.list')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('webhooks.url')}</TableCell>
                  <TableCell>{translate('webhooks.kinds')}</TableCell>
                  <TableCell>{translate('webhooks.createdAt')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id} data-testid="webhook-row" selected={row.id === selected}>
                    <TableCell>
                      <bdi dir="ltr">{row.url}</bdi>{' '}
                      <Chip size="small" color={row.active ? 'success' : 'default'} label={translate(row.active ? 'webhooks.active' : 'webhooks.disabled')} />
                    </TableCell>
                    <TableCell>{row.kinds.map(kindLabel).join(locale === 'ar' ? '، ' : ', ')}</TableCell>
                    <TableCell>{dateFormat.format(new Date(row.createdAt))}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1}>
                        <Button size="small" onClick={() => navigate(`/webhooks/${row.id}/show`)}>
                          {translate('webhooks.deliveries')}
                        </Button>
                        <Button size="small" color="error" onClick={() => void remove(row.id)}>
                          {translate('webhooks.delete')}
                        </Button>
                      </Stack>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>

      {selected && (
        <Card>
          <CardContent>
            <Typography variant="h6">{translate('webhooks.deliveries')}</Typography>
            {attempts && !attempts.length && <Typography>{translate('webhooks.noDeliveries')}</Typography>}
            {attempts && attempts.length > 0 && (
              <Table size="small" aria-label={translate('webhooks.deliveries')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('webhooks.attemptedAt')}</TableCell>
                    <TableCell>{translate('webhooks.kind')}</TableCell>
                    <TableCell>{translate('webhooks.attempt')}</TableCell>
                    <TableCell>{translate('webhooks.result')}</TableCell>
                    <TableCell>{translate('webhooks.messageId')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {attempts.map((attempt) => (
                    <TableRow key={attempt.id} data-testid="webhook-attempt">
                      <TableCell>{dateFormat.format(new Date(attempt.attemptedAt))}</TableCell>
                      <TableCell>{kindLabel(attempt.kind)}</TableCell>
                      <TableCell>{attempt.attempt}</TableCell>
                      <TableCell>
                        <Chip size="small" color={attempt.succeeded ? 'success' : 'error'} label={translate(attempt.succeeded ? 'webhooks.succeeded' : 'webhooks.failed')} />{' '}
                        <bdi dir="ltr">{[attempt.statusCode, attempt.error].filter((part) => part !== null && part !== undefined).join(' — ')}</bdi>
                      </TableCell>
                      <TableCell>
                        <bdi dir="ltr">{attempt.messageId}</bdi>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
      )}
    </Stack>
  );
}
