import type { UploadWords } from './en-upload';
import { jaWorkbookWords } from './ja-workbook';
import { countOf } from './plural';

export const jaUploadWords: UploadWords = {
  heading: '手元のデータを追加する',
  intro:
    'CSVファイルかExcelブック（.xlsx）をここにドロップするか、ファイルを選ぶか、ウェブページや表計算ソフトからコピーした表を貼り付けてください。読み込みはブラウザー内だけで行われ、データがどこかへ送信されることはありません。データは公表された数値とは別に追加され、そう選んだ場合に限り公表データを変更します。「公表データに戻す」で元に戻せます。',
  chooseFile: 'CSVまたはExcelファイルを選択',
  workbook: jaWorkbookWords,
  dropHint: 'またはここにドロップ',
  pasteLabel: 'または表を貼り付け',
  pasteButton: '貼り付けた表を使う',
  // A file name, kept as is: the table name (upload_pasted_table) is derived from it.
  pastedName: 'pasted table.tsv',
  sniffing: (file) => `${file}の先頭を読み込んでいます…`,
  preview: 'ファイルの先頭の行（記載どおり）',
  encodingLabel: '文字コード',
  encodingAuto: '自動判定のまま',
  encodings: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8（BOM付き）',
    shift_jis: 'Shift_JIS',
    'utf-16le': 'UTF-16 LE（Excelの「Unicodeテキスト」）',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252（Latin-1、西欧の文字）',
  },
  detected: (encoding, delimiter, header, rows) =>
    `${encoding}、${delimiter}、${header ? '見出し行あり' : '見出し行なし'}。先頭の${countOf('ja', rows, '行')}をプレビューしています。`,
  delimiters: { ',': 'カンマ区切り', '\t': 'タブ区切り', ';': 'セミコロン区切り' },
  targetLabel: 'このファイルの扱い',
  freeTable: '独立したテーブル（クエリやグラフ作成が可能）',
  suggested: (table) => `見出しが${table}と一致しています。`,
  suggestedBy: {
    header: (header) => `見出し「${header}」がこの列を指しているため提案しています。`,
    'header-words': (header) => `見出し「${header}」に含まれる語から提案しています。`,
    values: (_header, example) =>
      `見出しにかかわらず、値が年月として読めるため提案しています（${example}など）。`,
  },
  noMatch:
    '見出しが既知のどのテーブルとも一致しません。独立したテーブルとして読み込むことができます。',
  modeLabel: '読み込み方法',
  modes: {
    beside: '公表データとは別に読み込む（公表された数値は変更しない）',
    append: '公表テーブルに行を追加する',
    replace: '公表テーブルと置き換える',
  },
  columnHeading: 'ファイルの列',
  sampleHeading: '最初の値',
  goesToHeading: '読み込み先',
  unitHeading: '単位／型',
  keepColumn: '独自の列として残す',
  units: { yen: '円', man_yen: '万円', oku_yen: '億円' },
  kinds: {
    text: 'テキスト',
    url: 'ウェブアドレス（URL）',
    date: '日付',
    month: '年月',
    release_id: '公表日',
    count: '整数',
    oku_yen: '金額（億円）',
    enum: '選択肢のいずれか',
    number: '数値',
  },
  constantsHeading: 'ファイルに含まれない値',
  constantLabel: (column) => `全行に共通の${column}`,
  wholeMonths: '各行はその月全体を対象とする（period_startは月の初日、period_endは月の末日とする）',
  confirm: 'ファイルを読み込む',
  cancel: 'キャンセル',
  loading: {
    reading: 'ファイルをDuckDBに読み込んでいます',
    checking: 'すべての値を検証・正規化しています',
    saving: 'テーブルを保存しています',
  },
  progress: (read, total) => `${total}中${read}を読み込み済み`,
  reportHeading: (file) => `読み込み結果：${file}`,
  loaded: (rows, table) => `${countOf('ja', rows, '行')}をテーブル${table}に読み込みました。`,
  rejectedRows: (rows) =>
    `${countOf('ja', rows, '行')}は読み込まれませんでした。各行とその理由を以下に示します。`,
  nothingRejected: '除外された行はありません。',
  merged: {
    append: (table) =>
      `行を公表テーブル${table}に追加しました。上のグラフにはこれらの行も含まれています。`,
    replace: (table) =>
      `公表テーブル${table}を置き換えました。上のグラフはこのデータを表示しています。`,
  },
  besideNote: (table) =>
    `公表された数値は変更されていません。SQLコンソールで${table}をクエリできます。`,
  columnsCaption: '各列について、読み取った型と、有効・空欄・除外となった値の数',
  statsHeadings: {
    column: '列',
    storedAs: '保存先の列',
    type: '型',
    valid: '有効',
    empty: '空欄',
    rejected: '除外',
  },
  keptOriginal: (column) => `元の記載：${column}_original`,
  rejectedCaption: (shown, total) =>
    `除外された値（全${countOf('ja', total, '件')}中${countOf('ja', shown, '件')}を表示）`,
  rejectedHeadings: { line: '行番号', column: '列', value: '元の記載', reason: '理由' },
  wholeLine: '行全体',
  downloadRejected: '除外された行をダウンロード（CSV）',
  failed: 'ファイルを読み込めませんでした',
  uploadsHeading: '追加したデータ',
  modifiedNotice: (files) =>
    `グラフには公表された数値だけでなく、追加したデータ（${files}）も含まれています。`,
  reset: '公表データに戻す',
  resetDone: '公表データに戻しました。',
  resetFailed: '公表データに戻せませんでした。ページを再読み込みすると公表データから始められます。',
  downloadFailed: '除外された行をダウンロードできませんでした。',
  engineFailed: 'ファイルの読み込み中にDuckDBが停止しました。何も変更していません。',
  remove: '削除',
  queryHint: (table) => `SQLコンソールで：SELECT * FROM ${table}`,
};
