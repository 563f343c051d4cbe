import HelpOutlineIcon from '@mui/icons-material/HelpOutlined';
import { Dialog, DialogContent, DialogTitle, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, usePermissions, useTranslate } from 'react-admin';

const F = 'template.fields.';
const I = 'template.import.';

/**
 * The columns importProgram reads (evaluation's PROGRAM_COLUMNS, in their documented order), each with what it holds:
 * the part of the programme it describes and the field's label. Lists (principles, partners, actors) are `;`-separated.
 */
const COLUMNS: ReadonlyArray<[column: string, part: 'program' | 'commitment' | 'milestone', label: string, list?: boolean]> = [
  ['program_title_fr', 'program', `${F}titleFr`],
  ['program_title_ar', 'program', `${F}titleAr`],
  ['program_period_start', 'program', `${F}periodStart`],
  ['program_period_end', 'program', `${F}periodEnd`],
  ['axis', 'commitment', `${F}axisId`],
  ['commitment_title_fr', 'commitment', `${F}titleFr`],
  ['commitment_title_ar', 'commitment', `${F}titleAr`],
  ['principles', 'commitment', `${F}principles`, true],
  ['lead_unit', 'commitment', `${F}leadUnit`],
  ['starts_on', 'commitment', `${F}startsOn`],
  ['ends_on', 'commitment', `${F}endsOn`],
  ['milestone', 'milestone', 'resources.commitments.fields.milestoneTitle'],
  ['milestone_due_on', 'milestone', 'resources.commitments.fields.dueOn'],
  ['problem', 'commitment', `${F}problem`],
  ['causes', 'commitment', `${F}causes`],
  ['status_quo', 'commitment', `${F}statusQuo`],
  ['objective', 'commitment', `${F}objective`],
  ['action', 'commitment', `${F}action`],
  ['contribution', 'commitment', `${F}contribution`],
  ['relevance_transparency', 'commitment', `${I}relevance.TRANSPARENCY`],
  ['relevance_accountability', 'commitment', `${I}relevance.ACCOUNTABILITY`],
  ['relevance_access_to_information', 'commitment', `${I}relevance.ACCESS_TO_INFORMATION`],
  ['relevance_citizen_participation', 'commitment', `${I}relevance.CITIZEN_PARTICIPATION`],
  ['relevance_digitalization', 'commitment', `${I}relevance.DIGITALIZATION`],
  ['partners', 'commitment', `${F}partners`, true],
  ['actors_government', 'commitment', `${I}actors.GOVERNMENT`, true],
  ['actors_civil_society', 'commitment', `${I}actors.CIVIL_SOCIETY`, true],
  ['actors_private_sector', 'commitment', `${I}actors.PRIVATE_SECTOR`, true],
  ['contact_name', 'commitment', `${F}contactName`],
  ['contact_role', 'commitment', `${F}contactRole`],
  ['contact_email', 'commitment', `${F}contactEmail`],
  ['contact_phone', 'commitment', `${F}contactPhone`],
  ['milestone_starts_on', 'milestone', `${F}milestoneStartsOn`],
  ['milestone_deliverable', 'milestone', `${F}deliverable`],
  ['milestone_evidence', 'milestone', `${F}evidence`],
];

/** The template file: the header row, in the documented order. */
const TEMPLATE = `data:text/csv;charset=utf-8,${encodeURIComponent(`${COLUMNS.map(([column]) => column).join(',')}\n`)}`;

/** The import's columns explained, in the console's language, and the template file to fill in. */
export function ImportColumnsButton() {
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (permissions !== 'COLLECTIVITY_ADMIN') return null;
  return (
    <>
      <Button label={`${I}columns`} onClick={() => setOpen(true)}>
        <HelpOutlineIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth>
        <DialogTitle>{translate(`${I}title`)}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate(`${I}help`)}
          </Typography>
          <Link href={TEMPLATE} download="programme.csv">
            {translate(`${I}download`)}
          </Link>
          <Table size="small" className="import-columns">
            <TableHead>
              <TableRow>
                <TableCell>{translate(`${I}column`)}</TableCell>
                <TableCell>{translate(`${I}meaning`)}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {COLUMNS.map(([column, part, label, list]) => (
                <TableRow key={column}>
                  <TableCell>
                    <code>{column}</code>
                  </TableCell>
                  <TableCell>{`${translate(`${I}parts.${part}`)} — ${translate(label)}${list ? ` (${translate(`${I}list`)})` : ''}`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </DialogContent>
      </Dialog>
    </>
  );
}
