import UploadFileIcon from '@mui/icons-material/UploadFile';
import { readableRefusal } from './i18n/serverMessages';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, useNotify, useRefresh, useTranslate } from 'react-admin';

/** What both imports answer (importCollectivities, importProgram). */
export interface ImportReport {
  dryRun: boolean;
  rowCount: number;
  created: number;
  updated: number;
  refused: Array<{ line: number; field: string | null; message: string }>;
}

/** The server takes at most 1 MB of CSV; the gateway's request limit (1 MiB by default) leaves room for the request around it. */
const MAX_BYTES = 1_048_576;

/**
 * Import a CSV file: pick it, read it as text, check it with a dry run, show what would happen (refused lines in a
 * table), then import on confirmation. `run` calls the import; `options` are controls shown above the report (e.g.
 * the programme to import into), and a change of `optionsKey` checks the file again.
 */
export function ImportButton({ run, options, optionsKey }: { run: (csv: string, dryRun: boolean) => Promise<ImportReport>; options?: ReactNode; optionsKey?: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = (error: unknown) => {
    // the gateway refuses a request body over its limit (PAYLOAD_TOO_LARGE, HTTP 413)
    const { status, body } = error as { status?: number; body?: { errors?: Array<{ extensions?: { code?: string } }> } };
    const tooLarge = status === 413 || body?.errors?.[0]?.extensions?.code === 'PAYLOAD_TOO_LARGE';
    notify(tooLarge ? 'infitah.import.tooLarge' : (error as Error).message, { type: 'error' });
  };

  const check = async (csv: string) => {
    setBusy(true);
    setReport(null);
    try {
      setReport(await run(csv, true));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  // the options changed (e.g. another programme): the earlier check no longer holds
  useEffect(() => {
    if (file) void check(file.csv);
  }, [optionsKey]); // only a change of the options: a new file is checked when picked

  const picked = async (chosen: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      notify('infitah.import.tooLarge', { type: 'error' });
      return;
    }
    const csv = await chosen.text();
    setFile({ name: chosen.name, csv });
    await check(csv);
  };

  const close = () => {
    setFile(null);
    setReport(null);
  };

  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const done = await run(file.csv, false);
      // refused after all (the data changed since the check): show why, import nothing
      if (done.refused.length) setReport(done);
      else {
        notify('infitah.import.done', { type: 'success', messageArgs: { created: done.created, updated: done.updated } });
        close();
        refresh();
      }
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label="infitah.import.button" onClick={() => input.current?.click()}>
        <UploadFileIcon />
      </Button>
      <input ref={input} type="file" accept=".csv,text/csv,text/plain" hidden data-testid="import-file" onChange={(event) => void picked(event.target.files?.[0])} />
      <Dialog open={Boolean(file)} onClose={busy ? undefined : close} maxWidth="md" fullWidth>
        <DialogTitle>{translate('infitah.import.title', { name: file?.name ?? '' })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {options}
            {busy && <LinearProgress aria-label={translate('infitah.import.checking')} />}
            {report && (
              <>
                <Typography>
                  {report.refused.length
                    ? translate('infitah.import.rowsRead', { smart_count: report.rowCount })
                    : translate('infitah.import.summary', { rows: report.rowCount, created: report.created, updated: report.updated })}
                </Typography>
                {report.refused.length ? (
                  <>
                    <Alert severity="error">{translate('infitah.import.refused', { smart_count: report.refused.length })}</Alert>
                    <TableContainer sx={{ maxHeight: 360 }}>
                      <Table size="small" stickyHeader aria-label={translate('infitah.import.refusedTable')}>
                        <TableHead>
                          <TableRow>
                            <TableCell>{translate('infitah.import.line')}</TableCell>
                            <TableCell>{translate('infitah.import.column')}</TableCell>
                            <TableCell>{translate('infitah.import.reason')}</TableCell>
                          </TableRow>
                        </TableHead>
                        <TableBody>
                          {report.refused.map((refusal, index) => (
                            <TableRow key={`${refusal.line}-${refusal.field}-${index}`}>
                              <TableCell>{refusal.line}</TableCell>
                              <TableCell dir="ltr">{refusal.field ?? '—'}</TableCell>
                              <TableCell>{readableRefusal(refusal.message)}</TableCell>
                            </TableRow>
                          ))}
                        </TableBody>
                      </Table>
                    </TableContainer>
                  </>
                ) : (
                  <Alert severity="success">{translate('infitah.import.accepted')}</Alert>
                )}
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} disabled={busy} />
          <Button label="infitah.import.confirm" variant="contained" onClick={() => void confirm()} disabled={busy || !report || report.refused.length > 0} />
        </DialogActions>
      </Dialog>
    </>
  );
}
