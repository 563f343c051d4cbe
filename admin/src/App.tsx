import { useMemo } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { ProfilePage } from './collectivities/ProfilePage';
import accounts from './accounts';
import apiKeys from './apiKeys';
import { AuditLogList } from './auditLog';
import { createAuthProvider } from './authProvider';
import cohorts from './cohorts';
import collectivities from './collectivities';
import commitments from './commitments';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import events from './events';
import library from './library';
import { networkRoutes } from './network';
import { NotFound } from './NotFound';
import { ConsoleLayout } from './notifications/ConsoleLayout';
import { FailedDeliveriesPage } from './notifications/FailedDeliveriesPage';
import { InboxPage } from './notifications/InboxPage';
import { SettingsPage } from './notifications/SettingsPage';
import organisations from './organisations';
import { createI18nProvider, type initialLocale as InitialLocale } from './i18n';
import programs from './programs';
import proposals from './proposals';
import { WebhooksPage } from './webhooks/WebhooksPage';

/** A record named by its title or name in the console's language (page titles, references), never by its id. */
const named =
  (locale: string) =>
  (record: { title?: string | null; titleAr?: string | null; titleFr?: string | null; nameAr?: string | null; nameFr?: string | null; labelAr?: string | null; labelFr?: string | null }) => {
    const [ar, fr] = [record.titleAr ?? record.nameAr ?? record.labelAr, record.titleFr ?? record.nameFr ?? record.labelFr];
    return (locale === 'ar' ? ar || fr : fr || ar) || record.title || '';
  };

export function App({ locale, theme }: { locale: ReturnType<typeof InitialLocale>; theme: object }) {
  const i18nProvider = useMemo(() => createI18nProvider(locale), [locale]);
  // a refused sign-in (a throttled try and its wait included) is told in the console's language
  const representation = named(locale);
  const authProvider = useMemo(() => createAuthProvider(i18nProvider.translate, locale), [i18nProvider, locale]);
  return (
    <Admin
      disableTelemetry
      title="Infitah"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={ConsoleLayout}
      theme={theme}
      requireAuth
      catchAll={NotFound}
    >
      {(permissions: string) => [
        <Resource key="events" name="events" recordRepresentation={representation} {...events} />,
        <Resource key="proposals" name="proposals" recordRepresentation={representation} {...proposals} />,
        <Resource key="organisations" name="organisations" recordRepresentation={representation} {...organisations} />,
        <Resource key="actionPrograms" name="actionPrograms" recordRepresentation={representation} {...programs} create={permissions === 'NETWORK_ADMIN' ? undefined : programs.create} />,
        <Resource key="commitments" name="commitments" recordRepresentation={representation} {...commitments} />,
        <Resource key="libraryEntries" name="libraryEntries" {...library} recordRepresentation={representation} edit={permissions === 'NETWORK_ADMIN' ? library.edit : undefined} />,
        <Resource key="collectivities" name="collectivities" recordRepresentation={representation} {...collectivities} create={permissions === 'NETWORK_ADMIN' ? collectivities.create : undefined} />,
        <Resource
          key="cohorts"
          name="cohorts"
          {...cohorts}
          create={permissions === 'NETWORK_ADMIN' ? cohorts.create : undefined}
          edit={permissions === 'NETWORK_ADMIN' ? cohorts.edit : undefined}
        />,
        permissions === 'COLLECTIVITY_EDITOR' ? null : <Resource key="accounts" name="accounts" {...accounts} />,
        permissions === 'COLLECTIVITY_EDITOR' ? null : <Resource key="apiKeys" name="apiKeys" {...apiKeys} />,
        <Resource key="auditLog" name="auditLog" list={AuditLogList} />,
        <CustomRoutes key="profile">
          <Route path="/profile" element={<ProfilePage />} />
          <Route path="/inbox" element={<InboxPage />} />
          <Route path="/notification-settings" element={<SettingsPage />} />
        </CustomRoutes>,
        permissions === 'NETWORK_ADMIN' ? (
          <CustomRoutes key="network">
            {networkRoutes}
            <Route path="/network/failed-deliveries" element={<FailedDeliveriesPage />} />
          </CustomRoutes>
        ) : null,
        permissions === 'NETWORK_ADMIN' || permissions === 'COLLECTIVITY_ADMIN' ? (
          <CustomRoutes key="webhooks">
            <Route path="/webhooks" element={<WebhooksPage />} />
            <Route path="/webhooks/:id/show" element={<WebhooksPage />} />
          </CustomRoutes>
        ) : null,
      ]}
    </Admin>
  );
}
