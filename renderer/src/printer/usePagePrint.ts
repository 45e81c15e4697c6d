import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * For a host that prints the page itself (the browser host's `in_page`): puts main's receipt
 * markup on the page (shown only in print media) and opens the print dialog on it.
 */
export function usePagePrint(): { pageHtml: string | null; printOnPage(html: string): void } {
  const [pageHtml, setPageHtml] = useState<string | null>(null);
  const printOnPage = useCallback((html: string) => {
    flushSync(() => setPageHtml(html));
    window.print();
  }, []);
  return { pageHtml, printOnPage };
}
