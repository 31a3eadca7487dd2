import type { PageWords } from './en-pages';

export const jaPageWords: PageWords = {
  title: 'Takeover Watch：2025年の証券口座乗っ取り被害（金融庁公表データ）',
  description:
    '2025年に相次いだインターネット証券口座の乗っ取り被害について、金融庁が公表した不正取引件数、不正アクセス件数、売買金額、被害が出た証券会社、標的になった銘柄を出典付きでまとめたダッシュボードです。',
  chartTitle: (chartTitle) => `${chartTitle}｜Takeover Watch`,
  chartDescriptions: {
    'monthly-counts':
      '2025年のインターネット証券における不正取引件数と不正アクセス件数の月別推移（金融庁公表）。',
    'yen-amounts': '乗っ取られた証券口座で行われた不正な売却・買付の金額の月別推移（金融庁公表）。',
    brokers: '2025年に不正取引が発生した証券会社の数の月別推移と、公表された証券会社の一覧。',
    stocks:
      '乗っ取られた口座による買い付けの標的になったと報じられた日本株・中国株の売買高を、普段の売買高と比べたグラフ。',
    'revision-history': '金融庁がある月の不正取引件数を公表のたびにどう改訂したかを示すグラフ。',
    'release-changes':
      '金融庁の最新の公表がどの月のどの数値をどう改訂し、どの月を新たに加えたかを示すグラフ。',
  },
  cardAlt: 'Takeover Watch：2025年の証券口座乗っ取り被害に関する金融庁の数値を月別に示したグラフ',
  chartCardAlt: (chartTitle) => `Takeover Watch のグラフ：${chartTitle}`,
  share: '共有',
  shareLabel: (title) => `共有：「${title}」のページへのリンクをコピー`,
  shared: 'リンクをコピーしました',
  shareFallback: 'このアドレスをコピーしてください：',
};
