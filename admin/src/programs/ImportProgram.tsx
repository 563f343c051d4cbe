import { MenuItem, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { CreateButton, ExportButton, TopToolbar, useListContext, usePermissions, useResourceDefinition, useTranslate } from 'react-admin';
import { ConsoleImportProgramDocument } from '../generated/operations';
import { currentSession, graphql } from '../graphql';
import { ImportButton } from '../ImportButton';
import { ImportColumnsButton } from './ImportColumns';

const NEW = 'new';

/**
 * A commune's administrators import a programme's commitments and milestones from a CSV file (see importProgram
 * for the columns): into a new programme, or into one of theirs listed on this page.
 */
export function ImportProgramButton() {
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const { data } = useListContext();
  const [target, setTarget] = useState(NEW);
  if (permissions !== 'COLLECTIVITY_ADMIN') return null;
  const own = (data ?? []).filter((program) => program.collectivity?.id === currentSession()?.collectivityId);
  const options = (
    <MuiTextField select size="small" label={translate('infitah.import.target')} value={target} onChange={(event) => setTarget(event.target.value)}>
      <MenuItem value={NEW}>{translate('infitah.import.newProgram')}</MenuItem>
      {own.map((program) => (
        <MenuItem key={program.id} value={program.id}>
          {program.title ?? program.titleFr ?? program.titleAr}
        </MenuItem>
      ))}
    </MuiTextField>
  );
  return (
    <ImportButton
      options={options}
      optionsKey={target}
      run={async (csv, dryRun) => (await graphql(ConsoleImportProgramDocument, { csv, dryRun, programId: target === NEW ? null : target })).importProgram}
    />
  );
}

/** The list's usual actions, and the import. */
export function ProgramListActions() {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {hasCreate && <CreateButton />}
      <ExportButton />
      <ImportProgramButton />
      <ImportColumnsButton />
    </TopToolbar>
  );
}
