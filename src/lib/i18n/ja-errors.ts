import type { ErrorWords } from './en-errors';

export const jaErrorWords: ErrorWords = {
  explain: {
    syntax: ({ near, at }) =>
      `${at ? `${jaErrorWords.at(at)}の` : ''}${near ? `「${near}」付近で` : ''}SQLを読み取れませんでした。その箇所の綴りや記号を確認してください。`,
    'missing-table': ({ name, at, meant }) =>
      `${name}という名前のテーブルやビューはありません${at ? `（${jaErrorWords.at(at)}）` : ''}。${meant ? `${meant}のことでしょうか。` : ''}一覧は「テーブルと列」にあります。`,
    'missing-column': ({ name, at }) =>
      `クエリが読むテーブルに${name}という列はありません${at ? `（${jaErrorWords.at(at)}）` : ''}。`,
    'missing-function': ({ name, at }) =>
      `DuckDBには${name}という関数はありません${at ? `（${jaErrorWords.at(at)}）` : ''}。`,
    conversion: ({ value, type }) => `値「${value}」を${type}型に変換できません。`,
    blocked: () =>
      '読み込まれたテーブル以外のファイルやアドレスを読もうとしました。ここで読めるのは読み込まれたテーブルだけです。',
    'read-only': () => '設定やデータを変更しようとしましたが、変更はできないようにしてあります。',
    interrupted: () => 'クエリは中断されました。',
  },
  at: (position) =>
    position === null
      ? ''
      : position.column === null
        ? `${position.line}行目`
        : `${position.line}行目${position.column}文字目`,
  engineSaid: '原文（英語）：',
  readOnly: {
    'no-statement': () => '実行するクエリがありません。',
    'several-statements': () => '文は1つずつ実行してください。',
    writes: ({ keyword }) =>
      `ここで実行できるのはデータを読むクエリ（SELECT、WITH、FROM、DESCRIBEなど）だけで、${keyword || 'この文'}は実行できません。読み込んだ数値は公表どおりに保たれます。`,
    unknown: ({ keyword, meant }) =>
      `${keyword}で始まる文はありません。${meant ? `${meant}のことでしょうか。` : ''}クエリはSELECT、WITH、FROM、VALUES、TABLE、DESCRIBE、SUMMARIZE、SHOWのいずれかで始めてください。`,
  },
};
