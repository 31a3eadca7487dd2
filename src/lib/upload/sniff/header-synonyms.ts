import type { UploadTargets } from './upload-targets';

type ColumnName<T extends keyof UploadTargets> = UploadTargets[T]['columns'][number]['name'];

/**
 * Other names a column goes by in readers' files, English and Japanese. A column's own name always
 * matches too. Compared after `normaliseHeader`, so case, spaces, underscores and a unit in
 * brackets do not matter.
 */
type Synonyms = {
  readonly [T in keyof UploadTargets]: { readonly [C in ColumnName<T>]?: readonly string[] };
};

const PROVENANCE = {
  confidence: ['確度', '信頼度', '確からしさ'],
  source_url: ['出典', '出所', '情報源', 'url', 'source', 'link', 'リンク'],
  note: ['備考', '注記', '注', 'メモ', 'note', 'notes', 'comment', 'remarks'],
} as const;

export const HEADER_SYNONYMS: Synonyms = {
  fsa_releases: {
    ...PROVENANCE,
    release_id: ['release', 'release id', '公表回'],
    release_date: ['公表日', '更新日', 'release date', 'published'],
    span_start: ['期間開始', '開始日', '集計開始日', 'span start', 'from'],
    span_end: ['期間終了', '終了日', '集計終了日', 'span end', 'to'],
    firms_cumulative: ['証券会社数', '累計証券会社数', 'firms', 'firms cumulative'],
    total_unauthorized_access: ['不正アクセス件数合計', 'total unauthorized access'],
    total_fraudulent_trades: ['不正取引件数合計', 'total fraudulent trades'],
    total_sell_oku_yen: ['売却金額合計', 'total sell amount', 'total sell'],
    total_buy_oku_yen: ['買付金額合計', 'total buy amount', 'total buy'],
    total_sell_buy_oku_yen: ['売買金額合計', '売却・買付金額合計', 'total sell and buy'],
  },
  fsa_monthly: {
    ...PROVENANCE,
    release_id: ['公表日', '更新日', '公表回', 'release', 'release date'],
    month: ['月', '年月', '対象月', 'month'],
    period_start: ['期間開始', '開始日', 'period start', 'from'],
    period_end: ['期間終了', '終了日', 'period end', 'to'],
    firms_with_fraud: ['不正取引が発生した証券会社数', '証券会社数', 'firms', 'firms with fraud'],
    unauthorized_access: [
      '不正アクセス件数',
      '不正アクセス',
      'unauthorized access',
      'unauthorized accesses',
    ],
    fraudulent_trades: ['不正取引件数', '不正取引', 'fraudulent trades', 'fraudulent trade'],
    sell_oku_yen: ['売却金額', '不正取引の売却金額', 'sell amount', 'sales amount', 'sell'],
    buy_oku_yen: ['買付金額', '不正取引の買付金額', '買付', 'buy amount', 'buy'],
    sell_buy_oku_yen: ['売買金額', '売却・買付金額', 'sell and buy amount', 'sell buy'],
  },
  brokers: {
    ...PROVENANCE,
    broker_en: ['broker', 'firm', 'securities firm', 'broker name', 'name', 'name en', '英語名'],
    broker_ja: ['証券会社', '証券会社名', 'name ja', '日本語名'],
    first_reported: ['初報', '初報日', 'first reported', 'first report'],
    reported_in: ['初報媒体', '報道', 'reported in', 'reported by'],
    mfa_measure: ['多要素認証', '認証強化', 'mfa', 'mfa measures'],
    mfa_mandatory_date: ['多要素認証必須化日', '必須化日', 'mfa mandatory', 'mfa date'],
    compensation_policy: ['補償方針', '補償', 'compensation'],
    provision_oku_yen: ['引当金', '補償費用', 'provision'],
    provision_period: ['引当期間', 'provision period'],
  },
  stocks: {
    ...PROVENANCE,
    name_en: ['company', 'company name', 'name', 'name en', '英語名'],
    name_ja: ['銘柄', '銘柄名', '会社名', 'name ja', '日本語名'],
    ticker: ['コード', '銘柄コード', '証券コード', 'ticker', 'code'],
    exchange: ['市場', '取引所', '市場区分', 'exchange', 'market'],
    country: ['国', '国名', 'country'],
    event_date: ['日付', '取引日', 'date', 'event date'],
    role: ['役割', '関与', 'role'],
    volume_on_date: ['出来高', '当日出来高', 'volume'],
    baseline_volume: ['平常時出来高', '平均出来高', 'baseline', 'baseline volume'],
    baseline_kind: ['比較基準', 'baseline kind'],
    price_note: ['株価', '価格', 'price', 'price note'],
  },
  events: {
    source_url: PROVENANCE.source_url,
    date: ['日付', '年月日', 'date'],
    event_en: ['event', 'event en', 'description', 'what happened'],
    event_ja: ['出来事', '内容', 'event ja'],
    category: ['分類', 'カテゴリ', 'カテゴリー', 'category'],
  },
  incidents: {
    incident_date: ['date', '発生日', '日付', '取引日', '約定日', 'incident date'],
    broker: ['証券会社', '証券会社名', 'broker', 'firm'],
    stock: ['銘柄', '銘柄名', 'stock', 'stock name'],
    ticker: ['銘柄コード', 'コード', '証券コード', 'ticker', 'code'],
    incident_type: ['種別', '区分', '種類', 'type', 'kind'],
    sell_oku_yen: ['売却金額', '売却額', 'sell', 'sell_yen', 'sell amount'],
    buy_oku_yen: ['買付金額', '買付額', 'buy', 'buy_yen', 'buy amount'],
    incident_id: ['id', '番号', '受付番号'],
    source_url: ['出典', '出所', 'url', 'source'],
  },
};
