import { CreateButton, ExportButton, FilterButton, TopToolbar, usePermissions, useResourceDefinition } from 'react-admin';
import { ConsoleImportCollectivitiesDocument } from '../generated/operations';
import { graphql } from '../graphql';
import { ImportButton } from '../ImportButton';

/** The network imports its member list from a CSV file (see importCollectivities for the columns). */
export function ImportCollectivitiesButton() {
  const { permissions } = usePermissions();
  if (permissions !== 'NETWORK_ADMIN') return null;
  return <ImportButton run={async (csv, dryRun) => (await graphql(ConsoleImportCollectivitiesDocument, { csv, dryRun })).importCollectivities} />;
}

/** The list's usual actions, and the network's import. */
export function CollectivityListActions() {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportButton />
      <ImportCollectivitiesButton />
    </TopToolbar>
  );
}
