import type { RememberedWords } from './en-remembered';

export const jaRememberedWords: RememberedWords = {
  use: (file, date) => `${date}に「${file}」で確定した対応付けを使う`,
  inForm: (file, date) =>
    `下のフォームには、${date}に「${file}」で確定した対応付けが入っています。`,
  forget: '削除',
  forgetNamed: (file) => `「${file}」で確定した対応付けを削除`,
  forgotten: '削除しました。この対応付けはもうこのブラウザに保存されていません。',
  keptHere: '確定した対応付けはこのブラウザの中にだけ保存され、どこにも送信されません。',
  settingsTitle: '保存した対応付け',
  settingsNone: '保存した対応付けはありません',
  settingsItem: (file, date) => `${file}（${date}に確定）`,
};
