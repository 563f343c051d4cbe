import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface CaughtMail {
  subject: string;
  text: string;
  html: string;
  to: Array<{ address: string }>;
  /** The mail's headers as maildev parsed them, names in lower case. */
  headers: Record<string, string>;
}

export interface MailCatcher {
  smtpUrl: string;
  emails(): Promise<CaughtMail[]>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** maildev in a child process (it is a process-wide singleton that exits on signals): SMTP in, REST `GET /email` out. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const [smtp, web] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(process.execPath, [require.resolve('maildev/bin/maildev'), '--smtp', String(smtp), '--web', String(web), '--ip', '127.0.0.1', '--silent'], {
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${web}`;
  const emails = async () => (await (await fetch(`${base}/email`)).json()) as CaughtMail[];
  // a loaded machine may take a while to start it
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await emails();
      break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${smtp}`,
    emails,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
