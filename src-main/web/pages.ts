/** Self-contained pages web mode answers with before there is a session (no scripts, no assets). */

export type RefusalReason = 'used' | 'unknown' | 'no-session';

const TEXT: Record<RefusalReason, { vi: string; en: string }> = {
  used: {
    vi: 'Mã mở này đã được dùng. Mỗi mã chỉ mở KiemTra một lần.',
    en: 'This launch code has already been used. Each code opens KiemTra once.',
  },
  unknown: {
    vi: 'Mã mở này không đúng hoặc thuộc một lần chạy trước.',
    en: 'This launch code is not valid, or belongs to an earlier run.',
  },
  'no-session': {
    vi: 'Trang này chỉ mở được bằng đường dẫn có mã mở.',
    en: 'This page opens only through the link with a launch code.',
  },
};

/** The 403 page: what happened and what to do, in Vietnamese then English. */
export function refusalPage(reason: RefusalReason): string {
  const t = TEXT[reason];
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>KiemTra: không mở được / cannot open</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}code{background:#eee;padding:0 .2em}</style></head>
<body>
<main>
<h1>Không mở được KiemTra</h1>
<p>${t.vi}</p>
<p>Hãy chạy lại <code>kiemtra serve</code> (hoặc <code>npm start</code>) và mở đường dẫn mới mà lệnh in ra.</p>
<h2 lang="en">Cannot open KiemTra</h2>
<p lang="en">${t.en}</p>
<p lang="en">Run <code>kiemtra serve</code> (or <code>npm start</code>) again and open the new link it prints.</p>
</main>
</body>
</html>
`;
}
