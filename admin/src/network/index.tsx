import WebhookIcon from '@mui/icons-material/Webhook';
import { Menu, usePermissions, useTranslate } from 'react-admin';
import { Route } from 'react-router-dom';
import { NetworkContentPage } from './NetworkContentPage';
import { NetworkPage } from './NetworkPage';
import { useNetworkWords } from './words';

/** The console's menu: the resources, then, for the network admin only, the "Network" pages. */
export function NetworkMenu() {
  const { permissions } = usePermissions<string>();
  const { words } = useNetworkWords();
  const translate = useTranslate();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {(permissions === 'NETWORK_ADMIN' || permissions === 'COLLECTIVITY_ADMIN') && <Menu.Item to="/webhooks" primaryText={translate('webhooks.title')} leftIcon={<WebhookIcon />} data-testid="menu-webhooks" />}
      {permissions === 'NETWORK_ADMIN' && (
        <>
          <Menu.Item to="/network" primaryText={words.menu} data-testid="menu-network" />
          <Menu.Item to="/network/content" primaryText={words.contentMenu} data-testid="menu-network-content" />
          <Menu.Item to="/network/failed-deliveries" primaryText={translate('inbox.failedDeliveries')} data-testid="menu-failed-deliveries" />
        </>
      )}
    </Menu>
  );
}

/** The network pages' routes (a collectivity's account reaching them is refused by the graph: FORBIDDEN). */
export const networkRoutes = [
  <Route key="network" path="/network" element={<NetworkPage />} />,
  <Route key="network-content" path="/network/content" element={<NetworkContentPage />} />,
];
