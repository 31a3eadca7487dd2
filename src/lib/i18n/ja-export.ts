import type { ExportWords } from './en-export';

export const jaExportWords: ExportWords = {
  downloadSvg: 'SVG',
  downloadPng: 'PNG',
  downloadSvgLabel: (title) => `「${title}」をSVG画像でダウンロード`,
  downloadPngLabel: (title) => `「${title}」をPNG画像でダウンロード`,
  exportFailed: 'このブラウザーでは画像を作成できませんでした。',
  embed: '埋め込み',
  embedLabel: (title) => `埋め込み：「${title}」を他のページに埋め込む`,
  embedIntro:
    'このコードをページに貼り付けてください。スクリプトは任意で、枠の高さをグラフに合わせます。',
  embedCodeLabel: 'このグラフを埋め込むコード',
  copy: 'コードをコピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。コードを選択して手動でコピーしてください。',
  embedFrameTitle: (title) => `Takeover Watch のグラフ：${title}`,
  resizeComment: '任意：枠の高さをグラフに合わせます。',
  fullPage: 'ダッシュボード全体を見る（表とすべての出典付き）',
  publishedOn: (date) => `${date}公表の数値`,
  latestUpTo: (date) => `最新の数値（${date}公表分まで）`,
};
