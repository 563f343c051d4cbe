import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, type LayoutProps } from 'react-admin';
import { NetworkMenu } from '../network';
import { NotificationBell } from './NotificationBell';

/** The app bar with the inbox's bell beside the language menu (the menu adds the network's pages for the network admin). */
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
  return <Layout {...props} appBar={ConsoleAppBar} menu={NetworkMenu} />;
}
