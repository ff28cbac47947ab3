import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The reader's phone app is not part of the test.
document.addEventListener('click', (event) => {
  const link = event.composedPath()[0];
  if (link instanceof HTMLAnchorElement && link.href.startsWith('tel:')) event.preventDefault();
}, true);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
