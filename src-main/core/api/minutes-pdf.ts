import type { minutesPdfOperations } from '../../../src-shared/api/minutes-pdf';
import { inspectionMinutesPdf } from '../reports/minutes/signed';
import type { HandlerSlice } from './types';

export const minutesPdfHandlers: HandlerSlice<keyof typeof minutesPdfOperations> = {
  'inspections.minutesPdf': (env, { inspectionId, lang }) => {
    const file = inspectionMinutesPdf(env, inspectionId, lang);
    return { fileName: file.fileName, dataBase64: file.pdf.toString('base64'), bytes: file.pdf.length, draft: file.draft };
  },
};
