import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, type LayoutProps } from 'react-admin';
import { NotificationBell } from './NotificationBell';

/** The app bar with the inbox's bell beside the language menu. */
function ConsoleAppBar() {
  return (
    <AppBar
      toolbar={
        <>
          <NotificationBell />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    />
  );
}

export function ConsoleLayout(props: LayoutProps) {
  return <Layout {...props} appBar={ConsoleAppBar} />;
}
