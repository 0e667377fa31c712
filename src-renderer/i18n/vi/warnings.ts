/** Register warnings between inspections. */
export const warnings = {
  title: 'Cảnh báo',
  intro: 'Những việc của cơ sở cần theo dõi giữa các lần kiểm tra, đánh giá theo quy chuẩn vào ngày hôm nay.',
  empty: 'Không có cảnh báo nào',
  facilityEmpty: 'Cơ sở không có cảnh báo nào',
  filters: { kind: 'Loại cảnh báo', severity: 'Mức độ', all: 'Tất cả' },
  states: { overdue: 'Quá hạn', due_soon: 'Sắp đến hạn', missing: 'Chưa có dữ liệu', info: 'Thông tin' },
  due: 'Hạn {{date}}',
  daysLeft: 'còn {{count}} ngày',
  daysOverdue: 'quá {{count}} ngày',
  dueToday: 'đến hạn hôm nay',
  citation: 'Căn cứ',
};
