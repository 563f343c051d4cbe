import { Alert, Box, Button, Card, CardContent, Chip, FormControlLabel, List, ListItem, ListItemText, Stack, Switch, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { ConsoleInboxDocument, ConsoleMarkNotificationsReadDocument, type ConsoleNotificationFieldsFragment } from '../generated/operations';
import { graphql } from '../graphql';
import { INBOX_CHANGED } from './NotificationBell';

/** The signed-in account's inbox: newest first, unread ones marked, each with its link; marking read one or all. */
export function InboxPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [rows, setRows] = useState<ConsoleNotificationFieldsFragment[] | null>(null);
  const [failed, setFailed] = useState(false);
  const language = locale === 'fr' ? ('FR' as const) : ('AR' as const);

  const load = useCallback(() => {
    graphql(ConsoleInboxDocument, { unreadOnly, first: 100, offset: 0, language })
      .then((data) => {
        setRows(data.result.nodes);
        setFailed(false);
      })
      .catch(() => setFailed(true));
  }, [unreadOnly, language]);
  useEffect(load, [load]);

  const markRead = async (ids: string[]) => {
    if (!ids.length) return;
    await graphql(ConsoleMarkNotificationsReadDocument, { ids });
    window.dispatchEvent(new Event(INBOX_CHANGED));
    load();
  };
  const unread = (rows ?? []).filter((row) => !row.readAt);
  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-MA`, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Africa/Casablanca' });

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('inbox.title')} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center' }}>
          <FormControlLabel control={<Switch checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />} label={translate('inbox.unreadOnly')} />
          <Button variant="outlined" disabled={!unread.length} onClick={() => void markRead(unread.map((row) => row.id))}>
            {translate('inbox.markAllRead')}
          </Button>
          <Button component={Link} to="/notification-settings" data-testid="notification-settings-link">
            {translate('inbox.settings')}
          </Button>
        </Stack>
        {failed && <Alert severity="error">{translate('inbox.failed')}</Alert>}
        {rows && !rows.length && <Typography>{translate('inbox.empty')}</Typography>}
        <List aria-label={translate('inbox.title')}>
          {(rows ?? []).map((row) => (
            <ListItem key={row.id} divider data-testid="inbox-item" data-read={row.readAt ? 'true' : 'false'} sx={{ alignItems: 'flex-start' }}>
              <ListItemText
                primary={
                  <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                    {!row.readAt && <Chip size="small" color="primary" label={translate('inbox.unread')} />}
                    <bdi>{row.title}</bdi>
                  </Box>
                }
                secondary={
                  <>
                    <Box component="span" dir="auto" sx={{ display: 'block', whiteSpace: 'pre-line' }}>
                      {row.body}
                    </Box>
                    <Box component="span" sx={{ display: 'block' }}>
                      {dateFormat.format(new Date(row.createdAt))}
                    </Box>
                  </>
                }
              />
              <Stack direction="row" spacing={1}>
                <Button size="small" href={row.link}>
                  {translate('inbox.open')}
                </Button>
                {!row.readAt && (
                  <Button size="small" onClick={() => void markRead([row.id])}>
                    {translate('inbox.markRead')}
                  </Button>
                )}
              </Stack>
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
