import type { ReleaseChangeWords } from './en-release-changes';

const list = (items: readonly string[]) => items.join('、');

export const jaReleaseChangeWords: ReleaseChangeWords = {
  title: 'この公表で変わったこと',
  note: 'この公表の各数値を、その直前に最新だった数値（その月と項目を公表した、より前の最も新しい公表の数値）と比べています。棒は増減率、破線の棒は以前の数値が月の一部だけを対象としていたこと、点は初めて公表された数値を示します。',
  rowLabel: (month, metric) => `${month}・${metric}`,
  revisedText: (before, after, percent) => `${before} → ${after}（${percent}）`,
  addedText: (value) => `新規：${value}`,
  revisedRow: (label, before, after, difference) =>
    `${label}：${before}から${after}に改訂（${difference}）`,
  addedRow: (label, value) => `${label}：初めて公表、${value}`,
  periodChanged: (before, after) => `対象期間が変更：以前は${before}、現在は${after}`,
  takeaway: (release, revised, addedMonths, firstFigures) =>
    `${release}の公表は、${revised === 0 ? '以前の数値を改訂していません' : `${revised}件の数値を改訂しました`}${
      addedMonths.length > 0 ? `。${list(addedMonths)}を新たに加えました` : ''
    }${firstFigures > 0 ? `。以前の月について${firstFigures}件の数値を初めて公表しました` : ''}。`,
  largest: (label, before, after) => `最大の改訂：${label}、${before} → ${after}。`,
  unchanged: (count) => `${count}件の数値は変更なしで再公表されました。`,
  kind: { revised: '改訂', added: '新規' },
  columns: {
    month: '月',
    figure: '項目',
    before: '以前',
    after: '現在',
    difference: '差',
    provenance: '確度と出典',
  },
  fromRelease: (release) => `${release}の公表`,
  headline: (release, revised, addedMonths) =>
    `最新の公表（${release}）は、${revised === 0 ? '以前の数値を改訂していません' : `${revised}件の数値を改訂しました`}${
      addedMonths.length > 0 ? `。${list(addedMonths)}を新たに加えました` : ''
    }。`,
};
