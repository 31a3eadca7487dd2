import { formatCount } from '$lib/format/numbers';
import type { ColumnKind } from '$lib/queries/column-kind';
import type { IncidentCategoryWords, UploadChartWords } from './en-upload-charts';

/** "3件": a count of incidents, with its counter word. */
const incidents = (count: number) => `${formatCount(count)}件`;

function categoryWords(thing: string, column: string): IncidentCategoryWords {
  return {
    title: `ファイル内の事案（${thing}別）`,
    column,
    takeaway: (name, count, total) =>
      `事案が最も多かったのは${name}で、${incidents(total)}中${incidents(count)}だった。`,
    noneNamed: (total) => `${incidents(total)}の事案のいずれにも${thing}の記載がない。`,
    noColumn: `ファイルに${thing}の列がないため、すべての事案を「記載なし」として数えている。${thing}どうしの比較はできない。`,
  };
}

const KINDS: Record<ColumnKind, string> = { number: '数値', date: '日付', text: 'テキスト' };

export const jaUploadChartWords: UploadChartWords = {
  source: (file) =>
    `出典：アップロードされたファイル「${file}」。金融庁の公表データではなく、このファイルだけを基にブラウザー内で集計した数値である。`,
  notGiven: '記載なし',
  allOthers: (members) => `その他すべて（${formatCount(members)}）`,
  noValue: '値なし',
  incidents: {
    count: '件数',
    sell: '売却金額',
    buy: '買付金額',
    amountAxis: '億円',
    known: (what, known, total) =>
      `${what}が判明しているのは${incidents(total)}中${incidents(known)}`,
    columns: {
      month: '月',
      incidents: '件数',
      sell: '売却金額（億円）',
      sellKnown: '売却金額が判明している件数',
      buy: '買付金額（億円）',
      buyKnown: '買付金額が判明している件数',
    },
    months: {
      title: 'ファイル内の事案（月別）',
      countsLabel: '月別の件数',
      amountsLabel: '月別の売却金額・買付金額（判明分の合計）',
      takeaway: (peak, peakMonth, total, first, last) =>
        `最も多かったのは${peakMonth}の${incidents(peak)}。${first}から${last}までの合計は${incidents(total)}だった。`,
      knownNote: (sellKnown, buyKnown, total) =>
        `売却金額が判明しているのは${incidents(total)}中${incidents(sellKnown)}、買付金額は${incidents(buyKnown)}。判明分が1件もない月は空白であり、ゼロではない。`,
      noAmounts: 'ファイルには売却金額も買付金額も記載されていない。',
    },
    broker: categoryWords('証券会社', '証券会社'),
    stock: { ...categoryWords('銘柄', '銘柄'), ticker: '証券コード' },
  },
  builder: {
    title: (y, x, group) => `${x}別の${y}${group ? `（${group}ごとに系列を分ける）` : ''}`,
    intro:
      'このファイルはダッシュボードが扱うどのテーブルとも一致しないため、描く内容を選んでください。軸に並べる列と集計する値を選び、必要なら別の列の値ごとに系列を分けることもできます。',
    xControl: '軸に並べる列',
    yControl: '集計する値',
    groupControl: '系列を分ける列',
    noGroup: '系列を分けない（全体で1本）',
    option: (column, kind) => `${column}（${KINDS[kind]}）`,
    count: '行数',
    aggregate: {
      sum: (column) => `${column}の合計`,
      avg: (column) => `${column}の平均`,
      min: (column) => `${column}の最小値`,
      max: (column) => `${column}の最大値`,
    },
    other: 'その他すべての値',
    takeaway: (x, y, group) => `最も大きい値は${x}${group ? `（${group}）` : ''}の${y}である。`,
    cutInOrder: (shown, total) =>
      `全${formatCount(total)}個の値のうち、先頭から順に${formatCount(shown)}個を表示している。`,
    cutLargest: (shown, total) =>
      `全${formatCount(total)}個の値のうち、大きい順に${formatCount(shown)}個を表示している。`,
    groupsCut: (groups) =>
      `個別に描いているのは上位${groups}系列のみで、残りは「その他すべての値」としてまとめて描いている。`,
    noXInTime: (rows) =>
      `${formatCount(rows)}行は時間軸上に置ける値がないため、表には含まれるがグラフには描かれていない。`,
    rows: '行数',
    rowsTip: (rows) => `${formatCount(rows)}行`,
  },
};
