import type { RevisionWords } from './en-revisions';

const periodNote = (period: string | null) => (period ? `（${period}）` : '');

export const jaRevisionWords: RevisionWords = {
  history: {
    title: 'ある月の数値は公表のたびにどう改訂されたか',
    note: '報告が遅れて届くため、後の公表回では過去の月の数値が改訂される。白抜きの点は月の一部のみを対象とする数値、破線の輪は信頼度が低いことを示す。',
    monthControl: '月',
    metricControl: '指標',
    metric: {
      firms_with_fraud: '不正取引があった証券会社数',
      unauthorized_access: '不正アクセス件数',
      fraudulent_trades: '不正取引件数',
      sell_oku_yen: '売却金額',
      buy_oku_yen: '買付金額',
      sell_buy_oku_yen: '売買合計（売却＋買付）',
    },
    subject: {
      firms_with_fraud: (month) => `${month}に不正取引があった証券会社数`,
      unauthorized_access: (month) => `${month}の不正アクセス件数`,
      fraudulent_trades: (month) => `${month}の不正取引件数`,
      sell_oku_yen: (month) => `${month}の売却金額`,
      buy_oku_yen: (month) => `${month}の買付金額`,
      sell_buy_oku_yen: (month) => `${month}の売買合計（売却＋買付）`,
    },
    yAxis: {
      firms_with_fraud: '社',
      unauthorized_access: '件',
      fraudulent_trades: '件',
      sell_oku_yen: '億円',
      buy_oku_yen: '億円',
      sell_buy_oku_yen: '億円',
    },
    xAxis: '公表回',
    pointTitle: (label, value, period) => `${label}公表分：${value}${periodNote(period)}`,
    takeawayOnce: (subject, value, period, release) =>
      `${subject}は、${release}公表分で${value}${periodNote(period)}と一度だけ公表された。`,
    takeawayRevised: (subject, first, firstPeriod, direction, last, lastRelease) =>
      direction === 'unchanged'
        ? `${subject}は当初${first}${periodNote(firstPeriod)}と公表され、${lastRelease}公表分でも${last}のままだった。`
        : `${subject}は当初${first}${periodNote(firstPeriod)}と公表され、${lastRelease}公表分までに${last}へ${direction === 'up' ? '上方' : '下方'}修正された。`,
    dateUnknown: '日付不明',
    columns: {
      release: '公表回',
      releaseDate: '公表日',
      value: '数値',
      period: '対象期間',
      provenance: '信頼度と出典',
    },
  },
  check: {
    title: '月別の数値は、公表された累計と一致するか',
    intro:
      '各公表回は、その時点までの累計を示している。ここでは各累計を、同じ公表回が示した同じ期間の月別の数値の合計と比べる。件数は完全に一致するはずである。金額は四捨五入された概数（約）のため、合計した数値1つにつき最大0.5億円の差が生じうる。',
    sellBuyNote:
      '売買合計には、その月の合算値が公表されていればそれを用い、なければ売却金額と買付金額を足した値（四捨五入された数値2つの和）を用いる。',
    pending: '合計を検証しています…',
    failed: '合計を検証できませんでした。',
    release: '公表回（累計の対象期間）',
    metric: {
      unauthorized_access: '不正アクセス件数',
      fraudulent_trades: '不正取引件数',
      sell_oku_yen: '売却金額',
      buy_oku_yen: '買付金額',
      sell_buy_oku_yen: '売買合計',
    },
    matches: '一致',
    matchesWithinRounding: '端数処理の範囲内で一致',
    differsBy: (difference) => `${difference}の差`,
    cannotCheck: (months) => `検証できない（欠けている月：${months}）`,
    notStated: '記載なし',
    sumAgainstStated: (summed, stated) => `月別の合計 ${summed}・記載された累計 ${stated}`,
  },
};
