import { Button, useNotify, useRecordContext, useRefresh, useTranslate, usePermissions, type Identifier } from 'react-admin';
import type { TypedDocumentString } from './generated/operations';
import { currentSession, graphql } from './graphql';

/** Every publishable type has setXPublished(id, published): each resource's document in its .graphql file. */
export type PublishDocument = TypedDocumentString<unknown, { id: Identifier; published: boolean }>;

/** Publish or withdraw a record: shown to its own collectivity's administrators only, enforced by the server. */
export function PublishButton(props: { resource: string; mutation: PublishDocument }) {
  const record = useRecordContext();
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  const { permissions } = usePermissions();
  if (!record || permissions !== 'COLLECTIVITY_ADMIN' || !record.collectivity || record.collectivity.id !== currentSession()?.collectivityId) return null;
  return (
    <Button
      label={translate(record.published ? 'infitah.actions.unpublish' : 'infitah.actions.publish')}
      onClick={async (event) => {
        event.stopPropagation();
        try {
          await graphql(props.mutation, { id: record.id, published: !record.published });
          refresh();
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        }
      }}
    />
  );
}
