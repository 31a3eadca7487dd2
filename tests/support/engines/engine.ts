/** The browser engines the reader flows run in, each through the driver that suits it. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** Keys a flow presses, named as in KeyboardEvent.key. */
export type KeyName = 'ArrowRight' | 'ArrowLeft' | 'Escape' | 'Enter' | 'Home' | 'End';

/** A function run in the page: it gets one serialisable argument and returns a serialisable value. */
export type PageFunction<Arg, Result> = (arg: Arg) => Result | Promise<Result>;

/** What each driver provides; the waits and reads built on it are in `engine-page.ts`. */
export interface DriverPage {
  /** Loads the address and resolves after its load event. */
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  evaluate<Arg, Result>(fn: PageFunction<Arg, Result>, arg: Arg): Promise<Result>;
  /** A real click on the first element matching the selector. */
  click(selector: string): Promise<void>;
  /** Picks the option with this value in a `<select>`, as a reader would. */
  select(selector: string, value: string): Promise<void>;
  /** Replaces a text field's content by typing. */
  type(selector: string, text: string): Promise<void>;
  /** Gives a real file from disk to an `<input type="file">`. */
  upload(selector: string, file: string): Promise<void>;
  /** Presses a key in the page, wherever the focus is. */
  press(key: KeyName): Promise<void>;
  /** A PNG of the page as it is shown (the viewport). */
  screenshot(file: string): Promise<void>;
  /** Errors the page logged or threw since the last goto. */
  consoleErrors(): Promise<string[]>;
  /** Every address the page requested since the last goto, or null where the driver cannot see them. */
  requests(): string[] | null;
}

/** One running browser with one page in it. */
export interface EngineSession {
  page: DriverPage;
  /** What the driver reports, e.g. `firefox/153.8.0`. */
  version: string;
  /** Ends the browser and every process it started; never throws, never hangs. */
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** Starts the browser with a window (viewport) of this size. */
  launch(viewport: { width: number; height: number }): Promise<EngineSession>;
}
