import type { WorkbookMessageWords, WorkbookWords } from './en-workbook';
import { countOf } from './plural';

export const jaWorkbookWords: WorkbookWords = {
  sheetLabel: 'シート',
  sheetRead: (sheet, file, rows) =>
    `ブック${file}のシート「${sheet}」：${countOf('ja', rows, '行')}。セルの値として読み込みました（数式はExcelで最後に計算された値、日付は日付として）。`,
};

const megabytes = (bytes: number) => `${Math.floor(bytes / 1_000_000)}MB`;
const SAVE_AS =
  'Excelで「Excelブック（.xlsx）」またはCSVとして保存し、それをアップロードしてください';

export const jaWorkbookMessageWords: WorkbookMessageWords = {
  'workbook-too-large': ({ bytes, limit }) =>
    `ブックが${megabytes(bytes)}あり、ここで読めるブックの上限${megabytes(limit)}を超えています。シートをCSVとして保存し（CSVはこれより大きくても読めます）、それをアップロードしてください`,
  'workbook-unpacks-too-large': ({ limit }) =>
    `ブックを展開すると${megabytes(limit)}を超え（.xlsxはXMLをまとめたzip形式です）、ここで読める上限を超えるため、それ以上は読んでいません。シートをCSVとして保存し、それをアップロードしてください`,
  'workbook-size-lies': ({ part }) =>
    `ブックの部品${part}が、zip爆弾のように、書庫に記された大きさを超えて展開されます。それ以上は読んでいません`,
  'workbook-too-many-cells': ({ sheet, limit }) =>
    `シート「${sheet}」のセルが${countOf('ja', limit, '個')}を超え（各行は最後のセルまで数えます）、ここで読める上限を超えるため、それ以上は読んでいません。シートをCSVとして保存し、それをアップロードしてください`,
  'workbook-xls': () =>
    `Excel 97–2003形式のブック（.xls）か、パスワード付きのブックで、ここでは読めません。パスワードを外して${SAVE_AS}`,
  'workbook-xlsb': () => `Excelバイナリブック（.xlsb）で、ここでは読めません。${SAVE_AS}`,
  'workbook-unsupported-zip': ({ part }) =>
    `ブックの部品${part}が暗号化されているか、Excelが使わない方式で圧縮されています。${SAVE_AS}`,
  'workbook-damaged': ({ part }) =>
    `ブックが壊れているか、.xlsx形式のブックではありません（${part}を読めませんでした）。Excelで開き、${SAVE_AS}`,
  'workbook-doctype': ({ part }) =>
    `ブックの部品${part}に文書型宣言があります。Excelは書き出さないもので、ファイルを際限なく膨らませるおそれがあるため、読んでいません`,
  'workbook-no-sheets': () =>
    'ブックにセルのあるワークシートがありません（グラフのシートだけなど）',
};
