import type { CardWords } from './en-card';

export const jaCardWords: CardWords = {
  fsaSource: '出典：金融庁の月次集計',
};
