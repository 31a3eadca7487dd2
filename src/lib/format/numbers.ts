import { format } from 'd3-format';
import { currentLanguage } from '$lib/i18n/language.svelte';
import { japaneseCount, japaneseOkuYen } from './japanese-numbers';
import { remembered } from './remembered';

const count = remembered(format(','));
const upToTwoDecimals = remembered(format(',.2~f'));
const countJa = remembered(japaneseCount);
const okuYenJa = remembered(japaneseOkuYen);

/** 2987 → "2,987"; in Japanese 17559 → "1万7559". */
export function formatCount(value: number): string {
  return currentLanguage() === 'ja' ? countJa(value) : count(value);
}

/** 億円 (100 million yen) to billions of yen: 1481 → 148.1. */
export function okuToBillions(oku: number): number {
  return Math.round(oku * 10) / 100;
}

/** 1481 億円 → "¥148.1bn"; 0.3 億円 → "¥0.03bn". Japanese readers get 億円: "1,481億円". */
export function formatYenBillions(oku: number): string {
  if (currentLanguage() === 'ja') return okuYenJa(oku);
  return `¥${upToTwoDecimals(okuToBillions(oku))}bn`;
}

/** 1481 → "1,481 億円", the figure as the FSA wrote it. */
export function formatOku(oku: number): string {
  if (currentLanguage() === 'ja') return okuYenJa(oku);
  return `${upToTwoDecimals(oku)} 億円`;
}

/** An amount both ways in English, "¥156.1bn (1,561 億円)"; in Japanese the FSA's "1,561億円". */
export function formatAmount(oku: number): string {
  if (currentLanguage() === 'ja') return okuYenJa(oku);
  return `${formatYenBillions(oku)} (${formatOku(oku)})`;
}

const threeDigits = format(',.3~r');

/** 29.896… → "29.9": how many times, to three significant digits. */
export function formatTimes(ratio: number): string {
  return threeDigits(ratio);
}

/** 29.896… → "×29.9". */
export function formatRatio(ratio: number): string {
  return `×${formatTimes(ratio)}`;
}
