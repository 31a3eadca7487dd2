import { formatCount } from '$lib/format/numbers';
import type { SqlExampleId } from '$lib/sql/examples';
import type { SqlWords } from './en-sql';

/** Japanese titles of the example queries, one per id of SQL_EXAMPLES. */
const exampleTitles: Record<SqlExampleId, string> = {
  'april-revisions': '2025年4月の不正取引件数は、公表のたびにどう変わったか',
  'low-confidence-months': '最新の数値の信頼度が「低」の月はどれか',
  'months-vs-stated-totals': '各公表回の月別の数値を足すと、その回に示された累計と一致するか',
  'mandatory-mfa': 'ログイン時の多要素認証を必須化した日付が判明している証券会社（日付順）',
  'compensation-provisions': '計上済み・計上見込みの補償引当金（億円）',
  'events-by-category': '分類別の出来事の件数',
};

export const jaSqlWords: SqlWords = {
  title: 'SQLでデータを調べる',
  intro:
    'グラフの元になっているすべてのテーブルを、ブラウザー上のDuckDBでクエリできます。入力した内容がこのページの外に送られることはありません。',
  editorLabel: 'SQLクエリ',
  shortcutHint:
    'Ctrl+Enter（Macでは⌘+Enter）でクエリを実行します。Ctrl+Spaceでテーブル名と列名の候補を表示します。Tabでエディタから次の項目に移ります。',
  run: 'クエリを実行',
  cancel: 'キャンセル',
  download: '結果をダウンロード（CSV）',
  waitingForEngine: {
    idle: 'クエリエンジンを読み込んでいます。準備ができ次第、クエリを実行します。',
    loading: 'クエリエンジンを読み込んでいます。準備ができ次第、クエリを実行します。',
    ready: 'クエリを開始しています…',
    failed: 'クエリエンジンを読み込めなかったため、クエリを実行できません。',
  },
  running: 'クエリを実行しています…',
  cancelled: 'クエリを中止しました',
  failed: 'SQLを実行できませんでした。',
  summary: (rows, milliseconds) =>
    `${formatCount(rows)}行（${formatCount(Math.round(milliseconds))}ミリ秒）`,
  resultCaption: 'クエリの結果',
  noRows: 'クエリの結果は0行でした。',
  noColumns: '文は実行されましたが、列は返されませんでした。',
  rowRange: (first, last, total) =>
    `全${formatCount(total)}行中、${formatCount(first)}〜${formatCount(last)}行目`,
  pages: '結果のページ',
  previousPage: '前の行へ',
  nextPage: '次の行へ',
  nullCell: 'NULL（値なし）',
  nullTitle: 'NULL：値なし（出典が公表していない数値）',
  examples: {
    title: '質問の例',
    hint: '選ぶとクエリがエディターに入ります。実行すると答えが表示されます。',
    titles: exampleTitles,
  },
  schema: {
    title: 'テーブルと列',
    hint: '名前を選ぶと、クエリのカーソル位置に挿入されます。',
    view: 'ビュー',
    insertTable: (name) => `${name}を挿入`,
    columnsOf: (name) => `${name}の列`,
    columns: { name: '列名', type: '型', unit: '単位', description: '説明' },
    latestView:
      '各月・各指標の最新の数値。その数値を公表した最新の公表回の値を、その公表回、信頼度、出典、対象期間とともに示す。',
    latestColumn: {
      month: '月（YYYY-MM）',
      value: (metricDescription) => `${metricDescription}：最新の公表値`,
      release: (metric) => `最新の${metric}を公表した公表回`,
      confidence: (metric) => `最新の${metric}の信頼度`,
      source: (metric) => `最新の${metric}の取得元ページ`,
      period_start: (metric) => `最新の${metric}の対象期間の初日`,
      period_end: (metric) => `最新の${metric}の対象期間の最終日`,
    },
  },
};
