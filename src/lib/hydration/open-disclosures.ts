/**
 * Notes which of a section's disclosures (a chart's table) the reader has open; the function
 * returned opens them again, by position, once the section is taken over (its components start
 * with them closed, as the build drew them).
 */
export function keepOpenDisclosures(section: HTMLElement): () => void {
  const opened = [...section.querySelectorAll('details')].flatMap((details, at) =>
    details.open ? [at] : [],
  );
  return () => {
    const disclosures = section.querySelectorAll('details');
    for (const at of opened) {
      const details = disclosures[at];
      if (details) details.open = true;
    }
  };
}
