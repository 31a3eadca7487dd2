import { messageText } from '$lib/i18n/upload-messages';
import type { UploadMessage } from '$lib/upload/upload-message';

const isMessage = (value: object): value is UploadMessage =>
  'code' in value && typeof value.code === 'string';

/** A value with every upload message in it replaced by its English words, to compare as text. */
export function inEnglish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inEnglish);
  if (value === null || typeof value !== 'object') return value;
  if (isMessage(value)) return messageText(value, 'en');
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inEnglish(item)]));
}
