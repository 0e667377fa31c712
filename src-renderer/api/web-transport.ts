import type { KiemTraApi } from '../../src-shared/api/contract';
import type { Result } from '../../src-shared/api/errors';

/**
 * Web mode: POST /api/<name> on the same loopback origin. The browser adds the HttpOnly session
 * cookie the launch link set (same-origin requests only: SameSite=Strict).
 */
export function webTransport(fetchImpl: typeof fetch = fetch): KiemTraApi {
  return {
    async call(name, input) {
      let res: Response;
      const body = JSON.stringify(input ?? {});
      try {
        res = await fetchImpl(`./api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body,
          // A save flushed as the page closes must still reach the server (keepalive caps bodies at 64 KiB).
          keepalive: body.length < 60_000,
        });
      } catch (err) {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            vi: 'Không kết nối được với KiemTra (máy chủ web cục bộ đã dừng?). Dữ liệu đã lưu không bị mất.',
            en: `Cannot reach KiemTra (has the local web server stopped?). Saved data is not lost. ${String(err)}`,
          },
        } as Result<never>;
      }
      return (await res.json()) as Result<never>;
    },
  };
}
