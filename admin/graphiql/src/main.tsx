import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './examples';

// Everything GraphiQL needs is bundled here: it works on a machine with no internet.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).toString() });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility="variables" />
  </StrictMode>,
);
