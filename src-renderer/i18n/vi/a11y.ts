export const a11y = {
  skipToMain: 'Bỏ qua, đến nội dung chính',
  close: 'Đóng',
  clear: 'Xoá nội dung ô',
  mainNav: 'Điều hướng chính',
  list: {
    scroll: 'Danh sách {{name}}: dùng phím mũi tên, Page Up/Page Down để cuộn',
    loadingRow: 'Đang tải dòng {{n}}…',
  },
  verdict: {
    explain: '{{label}} — xem giải thích',
  },
  shortcuts: {
    title: 'Phím tắt',
    nextUnanswered: 'Mục chưa trả lời tiếp theo',
    nextFailed: 'Mục không đạt tiếp theo',
    none: 'Không còn mục nào',
  },
};
