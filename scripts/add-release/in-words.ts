import { messageText } from '$lib/i18n/upload-messages';
import type { UploadMessage } from '$lib/upload/upload-message';

/** An upload message (a cell's reason, a file's problem) in the command's language, English. */
export const inWords = (message: UploadMessage) => messageText(message, 'en', true);
