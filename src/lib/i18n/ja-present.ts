import type { PresentWords } from './en-present';

export const jaPresentWords: PresentWords = {
  present: 'スライド表示',
  presentHint: 'グラフを1枚ずつ全画面のスライドで表示します',
  deck: 'スライド',
  previous: '前のスライド',
  next: '次のスライド',
  leave: 'スライド表示を終了',
  counter: (slide, total) => `${slide} / ${total}`,
  announce: (slide, total, title) => `スライド ${slide}/${total}：${title}`,
  keys: '← → で移動・Esc で終了',
  asPublished: (date) => `${date}公表時点の数値`,
  asPublishedLatest: (date) => `${date}公表時点の数値（各月とも最新の公表値）`,
  address: 'このページのアドレス：',
};
