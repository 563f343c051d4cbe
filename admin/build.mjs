// The console, the portal and GraphiQL built by one Vite process, side by side (three `vite build` runs cost
// three start-ups and ran one after the other).
import { build } from 'vite';

await Promise.all(['vite.config.ts', 'vite.portal.config.ts', 'vite.graphiql.config.ts'].map((configFile) => build({ configFile, logLevel: 'warn' })));
