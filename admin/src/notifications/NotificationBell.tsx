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
/** Read by screen readers, not shown. */
const visuallyHidden = { border: 0, clip: 'rect(0 0 0 0)', height: 1, margin: -1, overflow: 'hidden', padding: 0, position: 'absolute', whiteSpace: 'nowrap', width: 1 } as const;

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
    // the name is the hidden sentence inside the link, not an aria-label, so what a reader sees (the count) is part of
    // what a screen reader says; the tooltip describes the button rather than naming it a second time
    <Tooltip title={label} describeChild>
      <IconButton color="inherit" component={Link} to="/inbox" data-testid="notification-bell">
        <span style={visuallyHidden} data-testid="notification-bell-label">
          {label}
        </span>
        <Badge badgeContent={count} color="error" max={99} slotProps={{ badge: { 'aria-hidden': true } }}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
