import { Button, useNotify, useRecordContext, useRefresh, useTranslate, usePermissions } from 'react-admin';
import { graphql } from './graphql';

/** Publish or withdraw a record: shown to the collectivity's administrators, enforced by the server. */
export function PublishButton(props: { resource: string; toggle: string }) {
  const record = useRecordContext();
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  const { permissions } = usePermissions();
  if (!record || permissions !== 'COLLECTIVITY_ADMIN' || !record.collectivity) return null;
  // every publishable type has setXPublished(id, published)
  const operation = `mutation ($id: ID!) { ${props.toggle}(id: $id, published: ${!record.published}) { id } }`;
  return (
    <Button
      label={translate(record.published ? 'infitah.actions.unpublish' : 'infitah.actions.publish')}
      onClick={async (event) => {
        event.stopPropagation();
        try {
          await graphql(operation, { id: record.id });
          refresh();
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        }
      }}
    />
  );
}
