import type { Dictionary } from './en';
import { jaRevisionWords } from './ja-revisions';
import { jaSqlWords } from './ja-sql';
import { jaRememberedWords } from './ja-remembered';
import { jaUploadWords } from './ja-upload';

/**
 * The interface's words in Japanese. Takeaways, notes and caveats about the data are written in
 * the plain newsroom style (である調); instructions and messages to the reader in です・ます調.
 */
export const ja: Dictionary = {
  sql: jaSqlWords,
  revisions: jaRevisionWords,
  upload: jaUploadWords,
  remembered: jaRememberedWords,
  describe: {
    none: (label) => `${label}：公表された数値はない。`,
    noneInSources: (label) => `${label}：この期間の数値は参照した資料にない。`,
    single: (label, only) => `${label}の数値があるのは${only.month}の${only.value}のみ。`,
    rose: (label, first, last) =>
      `${label}は${first.month}の${first.value}から${last.month}には${last.value}に増えた。`,
    fell: (label, first, last) =>
      `${label}は${first.month}の${first.value}から${last.month}には${last.value}に減った。`,
    roseThenFell: (label, first, peak, last) =>
      `${label}は${first.month}の${first.value}から${peak.month}には${peak.value}に増え、${last.month}には${last.value}に減った。`,
    notPublished: (months) => `${months}か月分は未公表。`,
    notInSources: (months) => `${months}か月分は参照した資料に数値がない。`,
    ratios: (items) => `報じられた日の売買高と平常時の比較：${items.join('、')}。`,
    revisions: (subject, items) => `${subject}の各公表回の数値：${items.join('、')}。`,
  },
  settings: {
    language: '言語',
    languages: { en: 'English', ja: '日本語' },
    theme: '表示テーマ',
    themes: { system: 'システムの設定に合わせる', light: 'ライト', dark: 'ダーク' },
  },
  // The site's name, kept as is (the embed titles use it too).
  siteTitle: 'Takeover Watch',
  siteSubtitle:
    '2025年、日本で相次いだネット証券口座の乗っ取り。金融庁が公表した数値を、すべて出典付きで示す。',
  duckdbState: {
    idle: 'クエリエンジンの読み込み待ち',
    loading: 'クエリエンジンを読み込み中',
    ready: 'クエリエンジン準備完了',
    failed: 'クエリエンジンを利用できません',
  },
  releaseControl: '表示する数値の公表時点',
  latestRelease: '最新の数値（各月について最新の公表分）',
  engineFailed: 'クエリエンジン（DuckDB）を読み込めませんでした。',
  dataFailed: 'データをクエリエンジンに読み込めませんでした。',
  whatStillWorks:
    '下のグラフ・表・出典には、引き続き最新の公表値が表示されています。別の公表回を選ぶには、クエリエンジンが必要です。',
  retryEngine: 'クエリエンジンを再度読み込む',
  dataSaver: {
    notice:
      'ブラウザーがデータ通信量の節約を求めているため、クエリエンジン（DuckDB、数メガバイトのダウンロード）は必要なときにだけ読み込みます。別の公表回や別の月の改訂履歴を選ぶ、SQLコンソールを開く、ファイルをアップロードする、表をダウンロードする、またはこのボタンを押すと読み込みます。下のグラフには、すでに最新の公表値が表示されています。',
    load: 'クエリエンジンを今すぐ読み込む',
    loading: 'クエリエンジンを読み込んでいます…',
    loaded: 'クエリエンジンを読み込みました。',
  },
  updateFailed: '数値を更新できなかったため、グラフには更新前の数値が表示されています。',
  noScript:
    'JavaScriptが無効になっています。グラフと表には最新の公表値が表示されています。公表回を選ぶにはJavaScriptが必要です。',
  bytesLoaded: (loaded, total) => `${total} MB中 ${loaded} MB`,
  releasePending: 'クエリエンジンを読み込んでいます…',
  unknownRelease: (release) =>
    `データに「${release}」の公表回はありません。最新の数値を表示しています。`,
  releaseOption: (release, period) => `${release}公表分（${period}）`,
  headline: {
    heading: '数字で見る被害',
    rise: (first, firstMonth, last, lastPeriod) =>
      `不正取引件数は${firstMonth}の${first}件から、${lastPeriod}には${last}件に増えた。`,
    firstTable: (release) => `金融庁が${release}に公表した最初の集計表による。`,
    totalsHeading: '金融庁が示した年間の合計',
    total: {
      total_fraudulent_trades: '不正取引件数',
      total_unauthorized_access: '不正アクセス件数',
      total_sell_buy_oku_yen: '売買合計（売却金額と買付金額。取引の総額であり、被害額ではない）',
      firms_cumulative: '不正取引があった証券会社数',
    },
    fullYear: (year) => `${year}年通年`,
    runningTotal: (period) => `通年の数値は参照した資料になし。${period}の累計`,
  },
  confidence: { high: '高', medium: '中', low: '低' },
  confidenceNote: {
    high: '信頼度 高：当局のページそのもの、その原文どおりの写し、またはそれを引用した通信社の記事。',
    medium: '信頼度 中：信頼できる報道機関の記事、またはそれを引用したブログ。',
    low: '信頼度 低：単一の二次情報で、裏付けが取れていないもの。',
  },
  downloads: {
    title: 'データをダウンロード',
    intro:
      '読み込んだままの各テーブルをCSV（バイトオーダーマーク付きのUTF-8）でダウンロードできます。空欄のセルは未公表の値です。',
    noEngine: 'クエリエンジンを利用できないため、ここではテーブルを書き出せません。',
    failed: 'テーブルを書き出せませんでした。',
  },
  panels: {
    check: '公表回ごとの合計を検証する',
    sql: 'SQLで独自に調べる',
  },
  filters: {
    months: '期間',
    from: '開始',
    to: '終了',
    firstMonth: '最初の月',
    lastMonth: '最後の月',
    monthWithoutFigures: (month) => `${month}（数値なし）`,
    metrics: '表示する指標',
    none: 'フィルターなし：全期間・全指標の最新の数値を表示しています。',
    active: 'フィルター：',
    reset: 'すべて解除',
    clear: (what) => `フィルターを解除：${what}`,
    releaseActive: (release) => `${release}公表時点の数値`,
    monthsActive: (from, to) => `${from}から${to}まで`,
    hiddenActive: (metric) => `${metric}を非表示`,
    highlightActive: (name) => `${name}を強調表示`,
    brush: '月をドラッグして範囲を選ぶか、1か月をクリックすると、他のグラフが絞り込まれます',
    copyLink: 'この表示へのリンクをコピー',
    linkCopied: 'リンクをコピーしました',
    linkNotCopied: 'コピーできませんでした。アドレスバーのURLをお使いください',
  },
  chart: {
    pointLabel: (series, when, value) => `${series}、${when}：${value}`,
    nameList: (names) => names.join('、'),
    getData: 'データを取得（CSV）',
    showTable: '数値を表で見る',
    sources: '出典',
    pending: '数値を読み込んでいます…',
    empty: 'この条件で公表された数値はありません。',
    failed: '数値を読み込めませんでした。',
    notPublished: '未公表',
    notInSources: '参照した資料に記載なし',
    releaseOf: (release) => `${release}公表`,
    lowConfidenceLegend: '信頼度 低（破線の枠）',
    release: '公表回',
    period: '対象期間',
    source: '出典',
    confidence: '信頼度',
    confidenceOf: (level) => `信頼度 ${level}`,
  },
  counts: {
    title: '不正取引件数と不正アクセス件数の月別推移',
    trades: '不正取引件数',
    access: '不正アクセス件数',
    yAxis: '月間の件数',
    month: '月',
    partial: (period) => `${period}のみの数値`,
    takeaway: (peak, peakMonth, last, lastMonth) =>
      `不正取引件数は${peakMonth}の${peak}件が最多だった。表示中の最新月である${lastMonth}は${last}件だった。`,
  },
  amounts: {
    title: '不正な売却・買付の金額（月別）',
    sell: '売却金額',
    buy: '買付金額',
    combined: '売却＋買付：公表された合算値',
    mixedReleases: 'この月の数値は、異なる公表回のものが混在している',
    combinedNote: '合算値',
    yAxis: '億円',
    takeaway: (peakMonth, peak) =>
      `最も多かったのは${peakMonth}で、不正な売却と買付の合計は${peak}に上った。`,
    grossNote: '乗っ取られた口座内で行われた取引の総額であり、顧客の被害額ではない。',
  },
  brokers: {
    title: '被害が出た証券会社',
    perMonth: 'その月に不正取引があった証券会社数（金融庁）',
    named: 'これまでに社名が公になった証券会社数（累計）',
    yAxis: '社数',
    takeaway: (named, peakFirms, peakMonth) =>
      `これまでに${named}社の社名が明らかになっている。${peakMonth}には${peakFirms}社で不正取引があった。`,
    tableCaption: '社名が明らかになった証券会社（最初に報じられた順）',
    scrollHint: '横にスクロールすると、7列すべてを見られます。',
    columns: {
      name: '証券会社',
      otherName: '英語表記',
      firstReported: '初報日',
      mfa: 'ログイン時の多要素認証の必須化日',
      compensation: '補償方針',
      provision: '引当金',
    },
  },
  stocks: {
    title: '標的になったと報じられた銘柄の売買高',
    xAxis: '当日の売買高 ÷ 基準となる売買高（対数目盛り）',
    noVolume: '売買高は未公表',
    noBaseline: (volume) => `売買高${volume}株（基準となる売買高は未公表）`,
    baseline: (kind) => `${kind}との比較`,
    takeaway: (name, times, baseline, date, total) =>
      `${date}、${name}の売買高は${baseline}の${times}倍に達した。報じられた銘柄関連の事例は計${total}件。`,
    columns: {
      stock: '銘柄',
      ticker: '証券コード',
      date: '日付',
      role: '位置づけ',
      volume: '売買高',
      baseline: '基準売買高',
      ratio: '倍率',
    },
  },
  footer:
    '数値は各証券会社が金融庁に報告した内容を集計した暫定値であり、後の公表で過去の月の数値も改訂される。空欄は未公表または参照した資料に記載がないことを意味し、ゼロではない。',
};
