import type { AnnotationWords } from './en-annotations';
import { countOf } from './plural';

export const jaAnnotationWords: AnnotationWords = {
  category: {
    regulator: '当局',
    broker: '証券会社',
    industry: '業界団体',
    market: '市場',
    media: '報道',
    research: '調査',
    'law-enforcement': '捜査機関',
  },
  keyLabel: {
    firstTable: '金融庁の初の集計',
    ministerRequest: '金融相の要請',
    mfaMandatory: '多要素認証の義務化',
  },
  marker: (date, category, description) => `${date}、${category}：${description}`,
  groupHeading: (count, span) => `出来事${countOf('ja', count, '件')}（${span}）`,
  groupName: (heading, events) => `${heading}：${events.join('。')}`,
  filterLegend: '出来事',
  filterHint:
    'グラフ上の印（数字は複数の出来事）にポインターを合わせる、フォーカスする、またはタップすると一覧を表示します。',
  tableCaption: 'グラフに示した出来事',
  noneShown: '表示する出来事はありません(すべての区分がオフです)。',
  columns: { date: '日付', category: '主体', description: '出来事', source: '出典' },
  source: '出典',
};
