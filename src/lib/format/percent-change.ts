/** 2.731 → "+273%", −0.0014 → "−0.1%", 0 → "0%": whole per cents from 10% up, one decimal below. */
export function formatPercentChange(ratio: number): string {
  const percent = ratio * 100;
  const digits = Math.abs(percent) >= 10 ? 0 : 1;
  const magnitude = Math.abs(percent).toFixed(digits).replace(/\.0$/, '');
  if (magnitude === '0') return '0%';
  return `${percent > 0 ? '+' : '−'}${magnitude.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}%`;
}
