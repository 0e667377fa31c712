export const audit = {
  title: 'Lịch sử thay đổi',
  empty: 'Chưa có thay đổi nào.',
  more: 'Hiển thị {{shown}} trên {{total}} thay đổi gần nhất.',
  actions: { create: 'Tạo mới', update: 'Sửa', delete: 'Xoá', restore: 'Khôi phục' },
  who: '{{actor}} · thiết bị {{device}}',
  reason: 'Lý do: {{reason}}',
  empty_value: '(trống)',
  show: 'Xem lịch sử thay đổi',
  hide: 'Ẩn lịch sử thay đổi',
};
