/** `latest` = the newest published figure for each month and metric; otherwise a release_id. */
export type ReleaseChoice = string;
export const LATEST: ReleaseChoice = 'latest';
