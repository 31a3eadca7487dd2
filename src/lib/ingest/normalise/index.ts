export { toHalfWidth } from './half-width';
export { normaliseNumber } from './number';
export { normaliseCount } from './count';
export { normaliseOkuYen } from './oku-yen';
export { normaliseDate } from './date';
export { normaliseMonth } from './month';
export { eraYear, type EraName } from './era';
