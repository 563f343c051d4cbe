import { enumLabel, formatDate } from '@infitah/labels';
import { Alert, Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ConsoleFailedDeliveriesDocument, ConsoleRetryDeliveryDocument, type ConsoleFailedDeliveriesQuery } from '../generated/operations';
import { graphql } from '../graphql';

type Row = ConsoleFailedDeliveriesQuery['result']['nodes'][number];

/** The network's failed e-mails: kind, masked recipient, attempts, last error and time, each with a retry. */
export function FailedDeliveriesPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(() => {
    graphql(ConsoleFailedDeliveriesDocument, { first: 100, offset: 0 })
      .then((data) => {
        setRows(data.result.nodes);
        setFailed(false);
      })
      .catch(() => setFailed(true));
  }, []);
  useEffect(load, [load]);

  const retry = async (id: string) => {
    try {
      await graphql(ConsoleRetryDeliveryDocument, { id });
      notify(translate('inbox.retried'), { type: 'info' });
    } catch {
      notify(translate('inbox.failed'), { type: 'error' });
    }
    load();
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('inbox.failedDeliveries')} />
      <CardContent>
        <Typography sx={{ mb: 2 }}>{translate('inbox.failedIntro')}</Typography>
        {failed && <Alert severity="error">{translate('inbox.failed')}</Alert>}
        {rows && !rows.length && <Typography>{translate('inbox.noFailed')}</Typography>}
        {rows && rows.length > 0 && (
          <Table size="small" aria-label={translate('inbox.failedDeliveries')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('inbox.kind')}</TableCell>
                <TableCell>{translate('inbox.recipient')}</TableCell>
                <TableCell>{translate('inbox.attempts')}</TableCell>
                <TableCell>{translate('inbox.lastError')}</TableCell>
                <TableCell>{translate('inbox.when')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} data-testid="failed-delivery">
                  <TableCell>
                    {enumLabel('NotificationKind', row.kind, locale)}
                    {row.digest ? ` (${translate('inbox.digest')})` : ''}
                  </TableCell>
                  <TableCell dir="ltr">{row.recipient}</TableCell>
                  <TableCell>{row.attempts}</TableCell>
                  <TableCell dir="ltr" sx={{ maxWidth: 320, overflowWrap: 'anywhere' }}>
                    {row.lastError}
                  </TableCell>
                  <TableCell>{formatDate(row.createdAt, locale)}</TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => void retry(row.id)}>
                      {translate('inbox.retry')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
