export const search = {
  title: 'Tìm kiếm',
  placeholder: 'Tìm cơ sở, số máy, nguồn, giấy phép, nhân viên… (không cần dấu, ví dụ "dien bien", "SN-0042")',
  hint: 'Gõ ít nhất một từ. Tìm không cần dấu trên mọi cơ sở và sổ đăng ký.',
  none: 'Không tìm thấy gì cho "{{query}}". Thử bỏ bớt từ hoặc gõ phần đầu của số máy.',
  count: '{{count}} kết quả',
  countMore: 'hơn {{count}} kết quả — gõ thêm để thu hẹp',
  all: 'Tất cả',
  entities: {
    facility: 'Cơ sở',
    xray_unit: 'Thiết bị X-quang',
    sealed_source: 'Nguồn phóng xạ',
    wastewater_system: 'Xử lý nước thải',
    licence: 'Giấy phép',
    worker: 'Nhân viên',
  },
};
