/** The page's one message for the reader, with DuckDB's own words when it has any. */
export class PageNotice {
  /** A function, so that the message follows a change of language. */
  message = $state.raw<(() => string) | null>(null);
  /** DuckDB's words, shown after the message. */
  detail = $state<string | null>(null);

  show(message: () => string, detail: string | null = null): void {
    this.message = message;
    this.detail = detail;
  }
}
