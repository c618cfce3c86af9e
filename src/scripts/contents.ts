/**
 * A page's contents (PageContents.astro): open beside the article on a wide
 * screen, with the section in view marked. Only pages with contents load it.
 */
const toc = document.querySelector<HTMLDetailsElement>("[data-toc]");
if (toc) {
  // The stylesheet shows the contents there already; opening the details tells screen readers so too, and
  // its summary, only a title there, neither closes them nor takes a turn in the tab order.
  const wide = matchMedia("(min-width: 68.75rem)");
  const summary = toc.querySelector("summary")!;
  (wide.onchange = () => {
    toc.open = wide.matches;
    summary.tabIndex = wide.matches ? -1 : 0;
  })();
  // (A handler that returns false cancels the click, so this one returns nothing.)
  summary.onclick = (event) => {
    if (wide.matches) event.preventDefault();
  };
  const links = [...toc.querySelectorAll("a")];
  const mark = () => {
    // The last section whose heading has reached the top of the window; or a section just followed from a link
    // while its heading is in view, even when the page cannot scroll that far.
    let current = links[0];
    for (const link of links) {
      const { top, bottom } = document.getElementById(link.hash.slice(1))!.getBoundingClientRect();
      if (top < 96 || (link.hash === location.hash && top >= 0 && bottom <= innerHeight)) current = link;
    }
    for (const link of links) link.ariaCurrent = link === current ? "true" : null;
  };
  addEventListener("scroll", mark, { passive: true });
  addEventListener("hashchange", mark);
  mark();
}
