import { Command, InvalidArgumentError } from 'commander';
import { KiemTraError } from '../../src-shared/api/errors';
import { appRoot, rendererDirOf, resourcesDirOf } from './app-root';
import { formatDoctor, runDoctor } from './commands/doctor';
import { formatSeed, runSeedDemo } from './commands/seed';
import { serve } from './commands/serve';
import { runExport, runImport } from './commands/sync';

declare const __KIEMTRA_VERSION__: string;

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('cổng phải là số 0–65535 / port must be 0–65535');
  return n;
}

const program = new Command()
  .name('kiemtra')
  .description('KiemTra — kiểm tra an toàn bức xạ và công nghệ xử lý nước thải / radiation-safety and wastewater inspections')
  .version(typeof __KIEMTRA_VERSION__ === 'string' ? __KIEMTRA_VERSION__ : 'dev')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder (or KIEMTRA_DATA_DIR)')
  .showHelpAfterError();

program
  .command('serve')
  .description('chạy ứng dụng ở chế độ web trên 127.0.0.1 / serve the app in web mode on 127.0.0.1')
  .option('--port <port>', 'cổng / port (0 = any free port)', port, 0)
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action(async (opts: { port: number; dataDir?: string }) => {
    const root = appRoot();
    const server = await serve({
      dataDir: opts.dataDir ?? program.opts().dataDir,
      port: opts.port,
      resourcesDir: resourcesDirOf(root),
      staticDir: rendererDirOf(root),
      log: (l) => console.log(l),
    });
    const stop = () => {
      server.stop().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

program
  .command('doctor')
  .description('kiểm tra tệp dữ liệu: toàn vẹn, phiên bản lược đồ, số bản ghi / check the data file')
  .option('--json', 'in kết quả dạng JSON / print JSON')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action((opts: { json?: boolean; dataDir?: string }) => {
    const report = runDoctor(opts.dataDir ?? program.opts().dataDir);
    console.log(opts.json ? JSON.stringify(report, null, 2) : formatDoctor(report));
    if (!report.ok) process.exitCode = 1;
  });

program
  .command('seed')
  .description('tạo dữ liệu mẫu trên tệp dữ liệu trống / fill an empty data file with sample data')
  .requiredOption('--demo', 'dữ liệu mẫu Sơn La / the Sơn La demo sample')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action((opts: { dataDir?: string }) => {
    console.log(formatSeed(runSeedDemo(opts.dataDir ?? program.opts().dataDir, resourcesDirOf(appRoot()))));
  });

program
  .command('export')
  .description('xuất gói dữ liệu có chữ ký (.kiemtra) / export a signed bundle (.kiemtra)')
  .requiredOption('--out <file>', 'tệp gói / bundle file')
  .option('--all', 'mọi bản ghi, không chỉ thay đổi từ lần xuất trước / every record, not only changes since the last export')
  .option('--to <destination>', 'nơi nhận (đếm lần xuất theo nơi nhận) / destination (exports are counted per destination)')
  .option('--device-key <pem>', 'khóa ký của thiết bị (PKCS#8 PEM) / device signing key (or KIEMTRA_DEVICE_KEY)')
  .option('--actor <name>', 'tên cán bộ / inspector name')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action(async (opts: { out: string; all?: boolean; to?: string; deviceKey?: string; actor?: string; dataDir?: string }) => {
    await runExport({ ...opts, dataDir: opts.dataDir ?? program.opts().dataDir, deviceKey: opts.deviceKey ?? process.env.KIEMTRA_DEVICE_KEY, resourcesDir: resourcesDirOf(appRoot()), log: (l) => console.log(l) });
  });

program
  .command('import')
  .description('nhập các gói dữ liệu / import bundles')
  .argument('<files...>', 'các tệp .kiemtra / .kiemtra files')
  .option('--yes', 'tin cậy thiết bị mới mà không hỏi / trust new devices without asking')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action(async (files: string[], opts: { yes?: boolean; dataDir?: string }) => {
    const failed = await runImport({ files, yes: opts.yes, dataDir: opts.dataDir ?? program.opts().dataDir, resourcesDir: resourcesDirOf(appRoot()), log: (l) => console.log(l), error: (l) => console.error(l) });
    if (failed) process.exitCode = 2;
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof KiemTraError) {
    console.error(`kiemtra: ${err.vi}\nkiemtra: ${err.en}`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
