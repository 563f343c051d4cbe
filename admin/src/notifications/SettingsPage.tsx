import { enumChoices, enumLabel } from '@infitah/labels';
import { Alert, Button, Card, CardContent, MenuItem, Select, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useState, type HTMLAttributes } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  ConsoleNotificationPreferencesDocument,
  ConsoleUpdateNotificationPreferencesDocument,
  type ConsoleNotificationPreferencesFieldsFragment,
  type EmailFrequency,
  type Language,
} from '../generated/operations';
import { graphql } from '../graphql';

type Preferences = ConsoleNotificationPreferencesFieldsFragment;
const BOTH = 'BOTH';

/** Every account's own notification settings: per kind, inbox and e-mail (at once or in the daily digest), and the e-mails' language. */
export function SettingsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    graphql(ConsoleNotificationPreferencesDocument)
      .then((data) => setPreferences(data.result))
      .catch(() => setFailed(true));
  }, []);

  const change = (kind: string, patch: Partial<Preferences['kinds'][number]>) =>
    setPreferences((current) => current && { ...current, kinds: current.kinds.map((row) => (row.kind === kind ? { ...row, ...patch } : row)) });

  const save = async () => {
    if (!preferences) return;
    setSaving(true);
    try {
      const data = await graphql(ConsoleUpdateNotificationPreferencesDocument, {
        input: { language: preferences.language ?? null, kinds: preferences.kinds.map(({ kind, inbox, email, emailFrequency }) => ({ kind, inbox, email, emailFrequency })) },
      });
      setPreferences(data.result);
      notify(translate('inbox.saved'), { type: 'success' });
    } catch {
      notify(translate('inbox.saveFailed'), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('inbox.settings')} />
      <CardContent>
        <Typography sx={{ mb: 2 }}>{translate('inbox.settingsIntro')}</Typography>
        {failed && <Alert severity="error">{translate('inbox.failed')}</Alert>}
        {preferences && (
          <Stack spacing={2}>
            <TextField
              select
              label={translate('inbox.language')}
              value={preferences.language ?? BOTH}
              onChange={(event) => setPreferences({ ...preferences, language: event.target.value === BOTH ? null : (event.target.value as Language) })}
              sx={{ maxWidth: 320 }}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'settings-language' } as HTMLAttributes<HTMLDivElement> } }}
            >
              <MenuItem value={BOTH}>{translate('inbox.bothLanguages')}</MenuItem>
              {enumChoices('Language', locale).map((choice) => (
                <MenuItem key={choice.id} value={choice.id}>
                  {choice.name}
                </MenuItem>
              ))}
            </TextField>
            <Table size="small" aria-label={translate('inbox.settings')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('inbox.kind')}</TableCell>
                  <TableCell>{translate('inbox.inboxChannel')}</TableCell>
                  <TableCell>{translate('inbox.emailChannel')}</TableCell>
                  <TableCell>{translate('inbox.frequency')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preferences.kinds.map((row) => {
                  const label = enumLabel('NotificationKind', row.kind, locale);
                  return (
                    <TableRow key={row.kind} data-testid="settings-kind" data-kind={row.kind}>
                      <TableCell>{label}</TableCell>
                      <TableCell>
                        <Switch checked={row.inbox} onChange={(event) => change(row.kind, { inbox: event.target.checked })} slotProps={{ input: { 'aria-label': `${label} — ${translate('inbox.inboxChannel')}` } }} />
                      </TableCell>
                      <TableCell>
                        <Switch checked={row.email} onChange={(event) => change(row.kind, { email: event.target.checked })} slotProps={{ input: { 'aria-label': `${label} — ${translate('inbox.emailChannel')}` } }} />
                      </TableCell>
                      <TableCell>
                        <Select
                          size="small"
                          value={row.emailFrequency}
                          disabled={!row.email}
                          onChange={(event) => change(row.kind, { emailFrequency: event.target.value as EmailFrequency })}
                          inputProps={{ 'aria-label': `${label} — ${translate('inbox.frequency')}` }}
                          SelectDisplayProps={{ 'data-testid': `settings-frequency-${row.kind}` } as HTMLAttributes<HTMLDivElement>}
                        >
                          {enumChoices('EmailFrequency', locale).map((choice) => (
                            <MenuItem key={choice.id} value={choice.id}>
                              {choice.name}
                            </MenuItem>
                          ))}
                        </Select>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <Button variant="contained" onClick={() => void save()} disabled={saving} sx={{ alignSelf: 'flex-start' }} data-testid="settings-save">
              {translate('inbox.save')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
