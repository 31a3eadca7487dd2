import type { CiteWords } from './en-cite';

export const jaCiteWords: CiteWords = {
  heading: '引用するには',
  intro: (release) => `最新の公表（${release}）時点のデータセットです。`,
  formSuffix: '形式',
  copy: 'コピー',
  copied: 'コピーしました。',
  notCopied: 'コピーできませんでした。文字を選択してコピーしてください。',
  datasetTitle: 'Takeover Watch：証券口座乗っ取り被害に関する金融庁の公表数値（2025年）',
  apa: (year, title, version, address) =>
    `Takeover Watch（${year}）『${title}』（${version}版）［データセット］${address}`,
  bibNote: (version) => `データセット：金融庁の公表数値（${version}の公表まで）`,
  dataPackage: '全ての表の列・型・単位・キー・ライセンス・出典（データパッケージ形式）',
};
