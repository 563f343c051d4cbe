import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { collectivityName } from '../collectivities/CollectivityFilter';
import { ConsoleAnswerTrainingInvitationDocument, ConsoleEventInvitationDocument, type ConsoleEventInvitationQuery } from '../generated/operations';
import { currentSession, graphql } from '../graphql';
import { useConsoleLocale } from '../i18n';

type Invitation = NonNullable<ConsoleEventInvitationQuery['event']>;

/**
 * Beside a network event: for the network, the expected attendance and each invited member's answer; for an invited
 * member while the event is planned, its answer (attending or not) and the two buttons to give or change it.
 */
export function InvitationPanel() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const locale = useConsoleLocale();
  const notify = useNotify();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const eventId = record?.organizer === 'NETWORK' ? (record.id as string) : undefined;

  const reload = useCallback(async () => {
    if (!eventId) return;
    const data = await graphql(ConsoleEventInvitationDocument, { id: eventId });
    setInvitation(data.event ?? null);
  }, [eventId]);
  useEffect(() => {
    reload().catch((error: Error) => notify(error.message, { type: 'error' }));
  }, [reload, notify]);

  if (!eventId || !invitation) return null;
  const own = currentSession()?.collectivityId ?? null;
  const invited = invitation.invitedCollectivities;
  const answerOf = (collectivityId: string) => invitation.invitationAnswers.find((answer) => answer.collectivity.id === collectivityId);

  if (permissions === 'NETWORK_ADMIN') {
    return (
      <Card sx={{ ms: 2, minWidth: 280 }} data-testid="invitation-panel">
        <CardContent>
          <Typography variant="h6">{translate('invitation.title')}</Typography>
          <Typography data-testid="expected-attendance">{translate('invitation.expected', { count: invitation.expectedAttendance ?? 0, invited: invited.length })}</Typography>
          <Stack spacing={1} sx={{ mt: 1 }}>
            {invited.map((collectivity) => {
              const answer = answerOf(collectivity.id);
              return (
                <Box key={collectivity.id} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                  <bdi>{collectivityName(collectivity, locale)}</bdi>
                  <Chip
                    size="small"
                    color={answer ? (answer.attending ? 'success' : 'default') : 'warning'}
                    label={answer ? translate(answer.attending ? 'invitation.yes' : 'invitation.no') : translate('invitation.noAnswer')}
                  />
                </Box>
              );
            })}
          </Stack>
        </CardContent>
      </Card>
    );
  }

  if (!own || !invited.some((collectivity) => collectivity.id === own)) return null;
  const mine = answerOf(own);
  const answer = async (attending: boolean) => {
    try {
      await graphql(ConsoleAnswerTrainingInvitationDocument, { id: eventId, attending });
      notify('invitation.saved', { type: 'info' });
      await reload();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Card sx={{ ms: 2, minWidth: 280 }} data-testid="invitation-panel">
      <CardContent>
        <Typography variant="h6">{translate('invitation.title')}</Typography>
        <Typography data-testid="invitation-answer">
          {mine ? translate('invitation.answered', { answer: translate(mine.attending ? 'invitation.yes' : 'invitation.no') }) : translate('invitation.question')}
        </Typography>
        {invitation.status === 'PLANNED' && (
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <Button variant={mine?.attending === true ? 'contained' : 'outlined'} label="invitation.attending" onClick={() => void answer(true)} />
            <Button variant={mine?.attending === false ? 'contained' : 'outlined'} label="invitation.notAttending" onClick={() => void answer(false)} />
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
