// The console and GraphiQL built by one Vite process, side by side (two `vite build` runs cost two start-ups and
// ran one after the other). The public portal is its own workspace, `portal/` (@infitah/portal).
import { build } from 'vite';

await Promise.all(['vite.config.ts', 'vite.graphiql.config.ts'].map((configFile) => build({ configFile, logLevel: 'warn' })));
