/** The Biên bản kiểm tra PDF. */
export const minutesPdf = {
  download: 'Tải biên bản (PDF)',
  downloadEn: 'Bản tiếng Anh (PDF)',
  preparing: 'Đang tạo biên bản…',
  done: 'Đã tải biên bản {{file}}',
  draftNote: 'Biên bản in từ dữ liệu hiện tại là bản nháp (có chữ "BẢN NHÁP", chưa có mã nội dung).',
};
