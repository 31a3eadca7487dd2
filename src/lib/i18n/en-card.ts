/** The words of the share cards (the preview image of a shared link); a second language implements this. */
export interface CardWords {
  /** Whose figures the dashboard's card shows. */
  fsaSource: string;
}

export const cardWords: CardWords = {
  fsaSource: 'Source: Financial Services Agency (FSA), monthly tables',
};
