import { Webhook } from 'standardwebhooks';
import { verifyWebhook, WebhookVerificationError } from '../webhooks';

const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const body = JSON.stringify({ type: 'PROPOSAL_SUBMITTED', timestamp: '2026-01-05T10:00:00.000Z', data: { collectivityId: 'c', proposalId: 'p', link: 'https://x/admin/#/proposals/p' } });

function signed(at = new Date()) {
  return { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign('msg_1', at, body) };
}

describe('verifyWebhook', () => {
  it('returns the event of a delivery signed with the endpoint secret, whatever the case of its headers', () => {
    const headers = Object.fromEntries(Object.entries(signed()).map(([name, value]) => [name.toUpperCase(), value]));
    expect(verifyWebhook(secret, Buffer.from(body), headers)).toEqual(JSON.parse(body));
  });

  it('refuses a body changed in transit, another secret and a stale timestamp', () => {
    expect(() => verifyWebhook(secret, body.replace('PROPOSAL_SUBMITTED', 'PROPOSAL_ANSWERED'), signed())).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(`whsec_${Buffer.alloc(32, 8).toString('base64')}`, body, signed())).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(secret, body, signed(new Date(Date.now() - 10 * 60_000)))).toThrow(WebhookVerificationError);
  });
});
