import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { ConsoleUnreadNotificationCountDocument } from '../generated/operations';
import { graphql } from '../graphql';

/** Tells the bell to count again (after marking read in the inbox). */
export const INBOX_CHANGED = 'infitah:inbox-changed';
const POLL_MS = 30_000;

/** The app bar's bell: the signed-in account's unread notifications, counted every 30 s, leading to the inbox. */
export function NotificationBell() {
  const translate = useTranslate();
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      graphql(ConsoleUnreadNotificationCountDocument)
        .then((data) => live && setCount(data.result.totalCount))
        .catch(() => undefined);
    void refresh();
    const timer = setInterval(refresh, POLL_MS);
    window.addEventListener(INBOX_CHANGED, refresh);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener(INBOX_CHANGED, refresh);
    };
  }, []);
  const label = translate('inbox.bell', { count });
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" component={Link} to="/inbox" aria-label={label} data-testid="notification-bell">
        {/* the count is in the button's name; the badge only shows it */}
        <Badge badgeContent={count} color="error" max={99} slotProps={{ badge: { 'aria-hidden': true } }}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
