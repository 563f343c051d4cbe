import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** One statement a request sent, as it reached the driver: its text and its parameters. */
export interface CapturedStatement {
  sql: string;
  parameters?: unknown[];
}

/** One request's statements, transaction control and caller settings included, in the order sent. */
export interface CapturedRequest {
  service: string;
  operationName: string | null;
  statements: CapturedStatement[];
}

/**
 * A benchmark-only recorder (`npm run bench`'s `sql` way): with `INFITAH_SQL_CAPTURE_DIR` set, each GraphQL request's
 * statements are appended, one JSON line per request, to `<dir>/<service>.jsonl`, synchronously before the response
 * leaves, until the process receives SIGUSR2 (the bench's "stop capturing"). Unset — always outside the bench — it
 * records nothing and costs one null check per request.
 */
export class SqlCapture {
  private active = true;
  private readonly file: string;

  private constructor(
    directory: string,
    private readonly service: string,
  ) {
    mkdirSync(directory, { recursive: true });
    this.file = join(directory, `${service}.jsonl`);
    process.on('SIGUSR2', () => {
      this.active = false;
    });
  }

  /** The recorder the environment asks for, or null (the rule). */
  static fromEnvironment(service: string, env: NodeJS.ProcessEnv = process.env): SqlCapture | null {
    const directory = env.INFITAH_SQL_CAPTURE_DIR;
    return directory ? new SqlCapture(directory, service) : null;
  }

  get capturing(): boolean {
    return this.active;
  }

  record(operationName: string | null, statements: CapturedStatement[]): void {
    if (!this.active || !statements.length) return;
    const line: CapturedRequest = { service: this.service, operationName, statements };
    appendFileSync(this.file, `${JSON.stringify(line)}\n`);
  }
}
