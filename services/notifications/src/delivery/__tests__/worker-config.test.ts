import { loadWorkerConfig } from '../worker-config';

const DATABASE_URL = 'postgres://notifications@127.0.0.1:5432/infitah';

describe("the notifications service's configuration", () => {
  it('starts in production without SMTP_URL when its worker is switched off: it delivers no mail', () => {
    const config = loadWorkerConfig({ NODE_ENV: 'production', DATABASE_URL, NOTIFICATIONS_WORKER: 'false' });
    expect(config.NOTIFICATIONS_WORKER).toBe(false);
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('refuses to start in production without SMTP_URL when its worker delivers mail, naming SMTP_URL', () => {
    expect(() => loadWorkerConfig({ NODE_ENV: 'production', DATABASE_URL })).toThrow(/SMTP_URL: required in production/);
    expect(() => loadWorkerConfig({ NODE_ENV: 'production', DATABASE_URL, NOTIFICATIONS_WORKER: 'true' })).toThrow(/SMTP_URL/);
  });

  it('takes the SMTP server given in production, and the mail catcher by default elsewhere', () => {
    expect(loadWorkerConfig({ NODE_ENV: 'production', DATABASE_URL, SMTP_URL: 'smtps://user:secret@mail.example.org:465' }).SMTP_URL).toBe('smtps://user:secret@mail.example.org:465');
    expect(loadWorkerConfig({ NODE_ENV: 'development', DATABASE_URL }).SMTP_URL).toBe('smtp://127.0.0.1:1025');
  });

  it('still refuses a malformed switch rather than guessing', () => {
    expect(() => loadWorkerConfig({ NODE_ENV: 'production', DATABASE_URL, NOTIFICATIONS_WORKER: 'off' })).toThrow(/NOTIFICATIONS_WORKER/);
  });

  it('keeps read notifications 180 days, sent mails 90 and unconfirmed follow requests 7 unless configured, and refuses a request kept less than its 7 days', () => {
    const defaults = loadWorkerConfig({ NODE_ENV: 'test', DATABASE_URL });
    expect([defaults.NOTIFICATIONS_RETENTION_READ_DAYS, defaults.NOTIFICATIONS_RETENTION_DELIVERY_DAYS, defaults.NOTIFICATIONS_RETENTION_UNCONFIRMED_FOLLOW_DAYS]).toEqual([180, 90, 7]);
    const configured = loadWorkerConfig({
      NODE_ENV: 'test',
      DATABASE_URL,
      NOTIFICATIONS_RETENTION_READ_DAYS: '365',
      NOTIFICATIONS_RETENTION_DELIVERY_DAYS: '30',
      NOTIFICATIONS_RETENTION_UNCONFIRMED_FOLLOW_DAYS: '14',
    });
    expect([configured.NOTIFICATIONS_RETENTION_READ_DAYS, configured.NOTIFICATIONS_RETENTION_DELIVERY_DAYS, configured.NOTIFICATIONS_RETENTION_UNCONFIRMED_FOLLOW_DAYS]).toEqual([365, 30, 14]);
    expect(() => loadWorkerConfig({ NODE_ENV: 'test', DATABASE_URL, NOTIFICATIONS_RETENTION_UNCONFIRMED_FOLLOW_DAYS: '3' })).toThrow(/NOTIFICATIONS_RETENTION_UNCONFIRMED_FOLLOW_DAYS/);
  });
});
