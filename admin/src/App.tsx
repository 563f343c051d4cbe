import { useMemo } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { ProfilePage } from './collectivities/ProfilePage';
import accounts from './accounts';
import { AuditLogList } from './auditLog';
import { createAuthProvider } from './authProvider';
import cohorts from './cohorts';
import collectivities from './collectivities';
import commitments from './commitments';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import events from './events';
import library from './library';
import { ConsoleLayout, networkRoutes } from './network';
import organisations from './organisations';
import { createI18nProvider, type initialLocale as InitialLocale } from './i18n';
import programs from './programs';
import proposals from './proposals';

export function App({ locale, theme }: { locale: ReturnType<typeof InitialLocale>; theme: object }) {
  const i18nProvider = useMemo(() => createI18nProvider(locale), [locale]);
  // a refused sign-in (a throttled try and its wait included) is told in the console's language
  const authProvider = useMemo(() => createAuthProvider(i18nProvider.translate), [i18nProvider]);
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
    >
      {(permissions: string) => [
        <Resource key="events" name="events" {...events} />,
        <Resource key="proposals" name="proposals" {...proposals} />,
        <Resource key="organisations" name="organisations" {...organisations} />,
        <Resource key="actionPrograms" name="actionPrograms" {...programs} create={permissions === 'NETWORK_ADMIN' ? undefined : programs.create} />,
        <Resource key="commitments" name="commitments" {...commitments} />,
        <Resource key="libraryEntries" name="libraryEntries" {...library} edit={permissions === 'NETWORK_ADMIN' ? library.edit : undefined} />,
        <Resource key="collectivities" name="collectivities" {...collectivities} create={permissions === 'NETWORK_ADMIN' ? collectivities.create : undefined} />,
        <Resource
          key="cohorts"
          name="cohorts"
          {...cohorts}
          create={permissions === 'NETWORK_ADMIN' ? cohorts.create : undefined}
          edit={permissions === 'NETWORK_ADMIN' ? cohorts.edit : undefined}
        />,
        permissions === 'COLLECTIVITY_EDITOR' ? null : <Resource key="accounts" name="accounts" {...accounts} />,
        <Resource key="auditLog" name="auditLog" list={AuditLogList} />,
        <CustomRoutes key="profile">
          <Route path="/profile" element={<ProfilePage />} />
        </CustomRoutes>,
        permissions === 'NETWORK_ADMIN' ? <CustomRoutes key="network">{networkRoutes}</CustomRoutes> : null,
      ]}
    </Admin>
  );
}
