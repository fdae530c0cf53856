import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './shell/App';
import { PRINT_ROUTE, startPrintRoute } from './reports/document';
import './styles.css';

// The CSP forbids eval; zod would otherwise probe `new Function` and log a violation.
z.config({ jitless: true });

const root = createRoot(document.getElementById('root')!);
// The print layout alone (a printer hands the report over; see reports/document/PrintRoute.tsx).
if (window.location.hash === PRINT_ROUTE) startPrintRoute(root);
else
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
