import type { UploadMessageWords } from './en-upload-messages';
import { jaWorkbookMessageWords } from './ja-workbook';
import { countOf } from './plural';

/** "2019-05-01" as "2019年5月1日". */
function dayInWords(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const ERA = { reiwa: '令和', heisei: '平成' } as const;
const UNDERSTOOD = '（数字、桁区切り、約、万・億、単位を読み取れます）';

/** A size in whole megabytes, else kilobytes (units written as Japanese writes them too). */
function sizeText(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)}GB`;
  const megabytes = Math.floor(bytes / 1_000_000);
  return megabytes >= 1 ? `${megabytes}MB` : `${Math.max(1, Math.floor(bytes / 1000))}KB`;
}

export const jaUploadMessageWords: UploadMessageWords = {
  empty: () => '空欄です',
  required: () => '必須の項目で、空欄にはできません',
  'not-a-number': () => `数値ではありません${UNDERSTOOD}`,
  'number-letters': () => `文字が含まれています${UNDERSTOOD}`,
  'number-japanese-comma': () =>
    '読点「、」が含まれています。読点は列挙に使うもので、桁区切りではありません',
  'number-two-points': () => '小数点が2つあります',
  'number-repeated-unit': () => '万または億が重複しています',
  'number-units-order': () =>
    '億より前に万があります。3億2000万のように大きい単位を先に書いてください',
  'number-unknown-unit': () => '千または兆が使われています。読み取れる単位は万と億だけです',
  'number-sign-after': () =>
    '符号が数字の後ろにあります。▲789や-789のように符号を先に書いてください',
  'number-bad-grouping': () => 'カンマが1,422のような3桁区切りになっていません',
  'number-space': () => '数字の間に空白があります',
  'number-decimal-in-parts': () =>
    '万・億で区切った数値に小数点があります。1.2億または1億2000万と書いてください',
  'number-overlap-oku-man': () => '億と万の間が1万以上あり、位が重なっています',
  'number-overlap-man': () => '万の後ろが1万以上あり、位が重なっています',
  'number-overlap-oku': () => '億の後ろが1億以上あり、位が重なっています',
  'number-two-signs': () => '符号が2つあります',
  'number-yen-and-unit': ({ unit }) => `¥と「${unit}」の両方が付いています`,
  'number-too-large': () =>
    '9,007,199,254,740,991（倍精度浮動小数点数で正確に表せる最大の整数）を超えています',
  'count-is-yen': () => '円単位の金額で、件数ではありません',
  'count-negative': () => '負の数です。件数は負になりません',
  'count-not-whole': () => '整数ではありません',
  'amount-not-yen': ({ unit }) => `単位が「${unit}」で、円単位の金額ではありません`,
  'amount-negative': () => '負の数です。この列は0以上の金額を入れる列です',
  'not-a-date': () =>
    '日付ではありません（YYYY-MM-DD、YYYY/M/D、YYYY.M.D、YYYY年M月D日と、R7.4.16のような令和・平成の日付を読み取れます）',
  'not-a-month': () =>
    '年月ではありません（YYYY-MM、YYYY/M、YYYY.M、YYYY年M月と、R7.4のような令和・平成の年月を読み取れます）',
  'not-a-calendar-date': () => '暦にある日付ではありません',
  'date-without-day': () => '日のない年月です',
  'date-year-last': () =>
    '年が最後にあり（04/16/2025や16/04/2025など）、日と月を区別できません。2025-04-16と書いてください',
  'date-year-after-month': () => '年が月の後ろにあります。2025-04と書いてください',
  'date-two-digit-year': () => '年が2桁で、どの年か決まりません。2025または令和7年と書いてください',
  'date-no-year': () => '年がありません',
  'date-old-era': () => '平成より前の元号です。読み取れる元号は令和と平成だけです',
  'date-time-of-day': () => '日付に時刻が付いています',
  'date-mixed-separators': () =>
    '区切り文字が混在しています。2025-04-16や2025/4/16のように1種類にしてください',
  'date-year-only': () => '月のない年です',
  'date-eight-digits': () => '区切りのない8桁の数字です。2025-04-16と書いてください',
  'date-era-year-zero': () => '元号の0年です。元号は1年（元年）から始まります',
  'date-month-out-of-range': ({ month }) => `${month}月です。月は1から12までです`,
  'date-no-such-day': ({ date }) => `${dayInWords(date)}で、存在しない日付です`,
  'date-before-era': ({ written, era, first }) =>
    `${written}で、${ERA[era]}が始まった${dayInWords(first)}より前です`,
  'date-after-era': ({ written, era, last }) =>
    `${written}で、${ERA[era]}が終わった${dayInWords(last)}より後です`,
  'not-a-web-address': () => 'http://またはhttps://で始まるウェブアドレスでなければなりません',
  'not-one-of': ({ values }) => `次のいずれかでなければなりません：${values.join('、')}`,
  'line-fewer-cells': () => '見出し行よりセルが少ない行です',
  'line-more-cells': () => '見出し行よりセルが多い行です',
  'line-unclosed-quote': () =>
    'セルの終わりで閉じていない引用符があり、引用符内の残りの文字列は読み取られていません',
  'line-bad-encoding': () => 'ファイルの文字コードとして正しくない文字を含んでいます',
  'line-unreadable': () => '表の行として読み取れませんでした',
  'line-too-long': ({ bytes }) =>
    `この行は${bytes.toLocaleString('ja-JP')}バイトあり、表の1行として扱える長さを超えているため読み込んでいません`,
  'file-empty': () => 'ファイルが空です',
  'file-binary': () =>
    'バイナリファイル（画像や圧縮ファイルなど）のようで、テキストの表でもExcelのブックでもありません。表をCSVか.xlsxとして保存してからアップロードしてください',
  'file-unreadable': () =>
    'ファイルが読み取れる文字コード（UTF-8、Shift_JIS、UTF-16、Windows-1252）のテキストではありません。UTF-8のCSV（Excelの「CSV UTF-8」）として保存してもう一度アップロードするか、文字コードを選んでください',
  'file-blank': () => 'ファイルには空行しかありません',
  'file-header-only': () => 'ファイルには見出し行だけがあり、その下にデータの行がありません',
  'file-first-line-too-long': ({ bytes }) =>
    `1行目が${sizeText(bytes)}より長く、表ではないようです`,
  'fsa-duplicate-figure': ({ first, second }) =>
    `金融庁の表の2つの行（${first}と${second}）が同じ数値を示しています。1行だけ残してもう一度アップロードしてください`,
  'fsa-figures-without-month': ({ column }) =>
    `金融庁の表の${column}列目には数値がありますが、その上に月がありません。月を書き加えてもう一度アップロードしてください`,
  'fsa-unreadable-month': ({ column }) =>
    `金融庁の表の列「${column}」は読み取れる年月ではありません。2025年4月や2025-04のように書いてもう一度アップロードしてください`,
  'fsa-no-such-day': ({ column }) =>
    `金融庁の表の列「${column}」は、その月にない日で終わっています`,
  'fsa-no-year': ({ columns }) =>
    `金融庁の表の月の列（${columns.join('、')}）にはどの年かが書かれていません。年を指定してください`,
  'fsa-row-skipped': ({ label }) =>
    `行「${label || '（見出しなし）'}」は金融庁の公表項目ではないため、読み込んでいません`,
  'fsa-total-column': ({ column }) =>
    `列「${column}」は月ではなく合計値のため、月として読み込んでいません`,
  'fsa-span-column': ({ column }) =>
    `列「${column}」は1か月ではなく複数の月にわたるため、月として読み込んでいません`,
  'fsa-beyond-heading': ({ rows }) =>
    `${countOf('ja', rows, '行')}で、最後の列見出しより右に数値があります。その数値は読み込んでいません`,
  'fsa-pivoted': () =>
    'このファイルは金融庁の表そのもの（月ごとに1列）です。月ごとに1行の形に変換しており、行番号は変換後の行を数えています（2行目が最初の月）。',
  'unclosed-quote': ({ row }) =>
    `データの${row}行目の引用符が閉じていないため、それ以降はすべて1つのセルとして読み取られています`,
  'row-above-table': ({ line, text }) =>
    `${line}行目（「${text}」）は表の見出し行より上にある表題や注記のため、読み込んでいません`,
  'row-units': ({ line }) =>
    `${line}行目は各列の単位を示す行のため、データの行ではなく単位として読み取りました`,
  'row-total': ({ line, label }) =>
    `${line}行目（「${label}」）は合計を示す行のため、二重に数えないよう読み込んでいません`,
  'row-footnote': ({ line, text }) => `${line}行目は注記（「${text}」）のため、読み込んでいません`,
  'rows-left-out-more': ({ totals, footnotes, first, last }) =>
    `ほかに${first}行目から${last}行目までの${countOf('ja', totals + footnotes, '行')}（合計の行${countOf('ja', totals, '行')}、注記${countOf('ja', footnotes, '行')}）も読み込んでいません`,
  'empty-columns': ({ columns }) =>
    `${countOf('ja', columns, '列')}は見出しも値もない空の列（行末のカンマなど）のため、除いています`,
  'plan-two-columns': ({ first, second, target }) =>
    `「${first}」と「${second}」の両方が${target}に割り当てられています`,
  'plan-required': ({ column }) =>
    `${column}は必須です。列を割り当てるか、全行に共通の値を1つ入力してください`,
  'plan-bad-constant': ({ column, value, reason }, say) =>
    `${column}の値「${value}」は${say(reason)}`,
  'plan-merge-built-in-only': () => '追加や置き換えができるのは組み込みのテーブルだけです',
  ...jaWorkbookMessageWords,
  'nothing-loaded': ({ file }) => `${file}の行を1行も読み込めませんでした。何も変更していません。`,
  'file-too-large': ({ fileBytes, limitBytes, fitsShare, fitsRows, command }) =>
    `${sizeText(fileBytes)}のファイルは、このブラウザーでは扱えません。ウェブページ内のDuckDBが使えるメモリは${sizeText(limitBytes)}までで、ここまでに読んだ行から見積もると、このファイルにはそれ以上が必要です。収まるのはファイルの約${Math.floor(fitsShare * 100)}％（約${fitsRows.toLocaleString('ja-JP')}行）です。その大きさにファイルを分けるか、必要な列だけを保存してもう一度アップロードしてください。または、パソコン上のDuckDBで同じ読み込みを実行してください：${command}。何も変更していません。`,
  'engine-read-failed': ({ line, column }) =>
    line === null
      ? 'DuckDBがファイルを表として読み取れませんでした。'
      : `DuckDBがファイルの${line}行目${column === null ? '' : `${column}列目`}を表の行として読み取れませんでした。その行に余分な引用符やセル内の改行がないか確かめてください。`,
  'merge-duplicate-key': ({ key, value, table, lines }) =>
    `${key.join('＋')}が${value}の行が${table}で重複します（ファイルの${lines}行目）。何も変更していません。`,
  'merge-unknown-reference': ({ table, column, value, target }) =>
    `${table}.${column}の${value}に対応する行が${target}にありません。何も変更していません。`,
};
