import { Card, CardContent, Stack, TextField as MuiTextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, Title, ValidationError, useNotify } from 'react-admin';
import { ConsoleCollectivityProfileDocument, ConsoleUpdateCollectivityProfileDocument } from '../generated/operations';
import { currentSession, graphql } from '../graphql';

const FIELDS = ['focalPointName', 'focalPointRole', 'contactEmail', 'contactPhone', 'descriptionAr', 'descriptionFr'] as const;
type Profile = Record<(typeof FIELDS)[number], string>;

/** A collectivity admin edits what its collectivity says of itself; a refused field shows its error in place. */
export function ProfilePage() {
  const notify = useNotify();
  const collectivityId = currentSession()?.collectivityId;
  const [profile, setProfile] = useState<Profile>(() => Object.fromEntries(FIELDS.map((field) => [field, ''])) as Profile);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!collectivityId) return;
    graphql(ConsoleCollectivityProfileDocument, { id: collectivityId }).then((data) => {
      const saved = data.collectivity?.profile;
      if (saved) setProfile(Object.fromEntries(FIELDS.map((field) => [field, saved[field] ?? ''])) as Profile);
    });
  }, [collectivityId]);
  const save = async () => {
    try {
      // an empty field clears it
      const input = Object.fromEntries(FIELDS.map((field) => [field, profile[field].trim() || null]));
      await graphql(ConsoleUpdateCollectivityProfileDocument, { input });
      setErrors({});
      notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
    } catch (error) {
      const fieldErrors = (error as { body?: { errors?: Record<string, string> } }).body?.errors ?? {};
      setErrors(fieldErrors);
      // a refused field shows why in place, in the console's language
      notify(Object.keys(fieldErrors).length ? 'ra.message.invalid_form' : (error as Error).message, { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Profile" />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 640 }}>
          {FIELDS.map((field) => (
            <MuiTextField
              key={field}
              name={field}
              label={field}
              value={profile[field]}
              error={Boolean(errors[field])}
              helperText={errors[field] ? <ValidationError error={errors[field]} /> : undefined}
              multiline={field.startsWith('description')}
              onChange={(event) => setProfile({ ...profile, [field]: event.target.value })}
            />
          ))}
          <Button label="ra.action.save" onClick={save} variant="contained" />
        </Stack>
      </CardContent>
    </Card>
  );
}
