/** The words for mappings this browser remembers; a second language implements this. */
export interface RememberedWords {
  /** The button that puts a remembered mapping in the form; `date` is already formatted. */
  use: (file: string, date: string) => string;
  inForm: (file: string, date: string) => string;
  forget: string;
  forgetNamed: (file: string) => string;
  forgotten: string;
  keptHere: string;
  settingsTitle: string;
  settingsNone: string;
  settingsItem: (file: string, date: string) => string;
}

export const rememberedWords: RememberedWords = {
  use: (file, date) => `Use the mapping you confirmed for ${file} on ${date}`,
  inForm: (file, date) => `The form below has the mapping you confirmed for ${file} on ${date}.`,
  forget: 'Forget it',
  forgetNamed: (file) => `Forget the mapping confirmed for ${file}`,
  forgotten: 'Forgotten: this browser no longer keeps that mapping.',
  keptHere: 'Mappings you confirm are kept in this browser only and never sent anywhere.',
  settingsTitle: 'Remembered mappings',
  settingsNone: 'No mapping remembered',
  settingsItem: (file, date) => `${file} (confirmed ${date})`,
};
