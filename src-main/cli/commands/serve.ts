import { openCore } from '../../core/core';
import { logsFolderOf, openLog } from '../../core/maintenance/log';
import { dataFileIn, resolveDataDir } from '../../core/paths';
import { startWebServer, type WebServer } from '../../web/server';

export interface ServeOptions {
  dataDir?: string;
  port: number;
  /** One-time launch URLs to print (one per browser); 1 by default. */
  launchCodes?: number;
  resourcesDir: string;
  staticDir: string;
  log(line: string): void;
}

/** `kiemtra serve`: web mode on 127.0.0.1 until interrupted. */
export async function serve(options: ServeOptions): Promise<WebServer & { stop(): Promise<void> }> {
  const core = openCore({
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    transport: 'web',
    // Web mode's errors go to the same rotating log as the desktop app's (logs/ beside the data file).
    log: openLog(logsFolderOf(dataFileIn(resolveDataDir(options.dataDir)))),
    dailyBackups: { onError: (err) => options.log(`Sao lưu hằng ngày lỗi / daily backup failed: ${err instanceof Error ? err.message : String(err)}`) },
  });
  let server: WebServer;
  try {
    server = await startWebServer({ core, staticDir: options.staticDir, port: options.port, launchCodes: options.launchCodes });
  } catch (err) {
    core.close();
    throw err;
  }
  options.log('Mở đường dẫn này trong trình duyệt (dùng được một lần) / open this link in a browser (works once):');
  for (const url of server.launchUrls) options.log(`KiemTra web: ${url}`);
  options.log(`Dữ liệu / data file: ${core.dataFile}`);
  options.log('Nhấn Ctrl+C để dừng / press Ctrl+C to stop.');
  const stop = async () => {
    await server.close();
    core.close();
  };
  return { ...server, stop };
}
