import { Box, Typography } from '@mui/material';
import { useLocation } from 'react-router-dom';
import { Button, Title, useTranslate } from 'react-admin';

/** Every resource of the console, whether or not the session's role may open it. */
const RESOURCES = ['events', 'proposals', 'organisations', 'actionPrograms', 'commitments', 'libraryEntries', 'collectivities', 'cohorts', 'accounts', 'auditLog', 'profile'];

/**
 * A page that does not exist, or that the session's role may not open (an editor at #/accounts), said in the
 * console's language, with a way back.
 */
export function NotFound() {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const blocked = RESOURCES.includes(pathname.split('/')[1] ?? '');
  const title = translate(blocked ? 'infitah.notAllowed.title' : 'ra.page.not_found');
  return (
    <Box sx={{ p: 3 }} data-testid={blocked ? 'not-allowed' : 'not-found'}>
      <Title title={title} />
      <Typography variant="h5" component="h1" gutterBottom>
        {title}
      </Typography>
      <Typography>{translate(blocked ? 'infitah.notAllowed.message' : 'ra.message.not_found')}</Typography>
      <Button href="#/" label="ra.page.dashboard" variant="contained" sx={{ mt: 2 }} />
    </Box>
  );
}
