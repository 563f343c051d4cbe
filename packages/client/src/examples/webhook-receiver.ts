import { createServer } from 'node:http';
import { verifyWebhook, WebhookVerificationError } from '../webhooks';

/**
 * A webhook receiver: verifies each delivery's signature with the endpoint's secret (WEBHOOK_SECRET, the `whsec_…`
 * shown when it was registered), answers 204 at once, and prints the event. Listens on PORT (default 8080).
 * Behind https in production: the platform sends to https addresses only.
 */
const secret = process.env.WEBHOOK_SECRET;
if (!secret) {
  console.error('WEBHOOK_SECRET is required (the whsec_… secret createWebhook returned)');
  process.exit(1);
}
const seen = new Set<string>();

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    try {
      // the raw body, exactly as received: a re-serialised JSON would not verify
      const event = verifyWebhook(secret, Buffer.concat(chunks), request.headers);
      response.writeHead(204).end();
      // a retried message keeps its webhook-id: handle each once
      const id = String(request.headers['webhook-id']);
      if (seen.has(id)) return;
      seen.add(id);
      console.log(`${event.timestamp} ${event.type} ${JSON.stringify(event.data)}`);
    } catch (error) {
      response.writeHead(error instanceof WebhookVerificationError ? 401 : 400).end();
    }
  });
}).listen(Number(process.env.PORT ?? 8080), () => console.log(`listening on :${process.env.PORT ?? 8080}`));
