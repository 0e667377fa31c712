import { Command, InvalidArgumentError } from 'commander';
import { KiemTraError } from '../../src-shared/api/errors';
import { appRoot, rendererDirOf, resourcesDirOf } from './app-root';
import { formatBackupList, runBackup, runRestore } from './commands/backup';
import { formatDoctor, runDoctor } from './commands/doctor';
import { reportSubjectsHelp, runReport } from './commands/report';
import { formatMinutes, runMinutes } from './commands/minutes';
import { formatSeed, runSeedDemo } from './commands/seed';
import { formatProfile, runExportKey, runProfileCreate, runProfileShow } from './commands/profile';
import { serve } from './commands/serve';
import { runExport, runImport } from './commands/sync';

declare const __KIEMTRA_VERSION__: string;

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('cổng phải là số 0–65535 / port must be 0–65535');
  return n;
}

function launchCodes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('số mã phải là 1–100 / must be 1–100');
  return n;
}

function lang(value: string): 'vi' | 'en' {
  if (value !== 'vi' && value !== 'en') throw new InvalidArgumentError('ngôn ngữ phải là vi hoặc en / language must be vi or en');
  return value;
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
  .option('--launch-codes <n>', 'số đường dẫn mở dùng một lần / how many one-time launch links to print (1–100)', launchCodes, 1)
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action(async (opts: { port: number; launchCodes: number; dataDir?: string }) => {
    const root = appRoot();
    const server = await serve({
      dataDir: opts.dataDir ?? program.opts().dataDir,
      port: opts.port,
      launchCodes: opts.launchCodes,
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
  .command('backup')
  .description('sao lưu tệp dữ liệu (an toàn khi ứng dụng đang mở) / back up the data file (safe while the app is open)')
  .option('--out <file>', 'tệp sao lưu mới / the new backup file')
  .option('--list', 'liệt kê các bản sao lưu tự động / list the automatic backups')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action(async (opts: { out?: string; list?: boolean; dataDir?: string }) => {
    const dataDir = opts.dataDir ?? program.opts().dataDir;
    if (opts.list) {
      console.log(formatBackupList(dataDir));
      return;
    }
    if (!opts.out) throw new KiemTraError('VALIDATION', 'Thiếu --out <tệp>.', 'Missing --out <file>.', { context: { field: '--out' } });
    const r = await runBackup(dataDir, opts.out);
    console.log(`Đã sao lưu / backed up ${r.file} → ${r.out} (${(r.sizeBytes / 1024).toFixed(0)} KiB)`);
  });

program
  .command('restore')
  .description('khôi phục tệp dữ liệu từ bản sao lưu (đóng ứng dụng trước) / restore the data file from a backup (close the app first)')
  .argument('[file]', 'tệp sao lưu / the backup file')
  .option('--latest', 'bản sao lưu tốt mới nhất trong thư mục sao lưu / the newest good automatic backup')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action((file: string | undefined, opts: { latest?: boolean; dataDir?: string }) => {
    const r = runRestore(opts.dataDir ?? program.opts().dataDir, file, opts.latest === true);
    console.log(`Đã khôi phục / restored ${r.restored.file} (lược đồ / schema ${r.restored.schemaVersion})`);
    if (r.setAside) console.log(`Tệp cũ được giữ tại / the previous file was kept at ${r.setAside}`);
  });

const profile = program.command('profile').description('hồ sơ cán bộ và khoá ký của thiết bị / inspector profile and device signing key');
profile
  .command('create')
  .description('tạo hồ sơ cán bộ và khoá ký (lần đầu) / create the profile and signing key (first run)')
  .requiredOption('--name <name>', 'họ và tên / full name')
  .option('--position <position>', 'chức vụ / position')
  .option('--unit <unit>', 'đơn vị / unit (mặc định / default: Sở Khoa học và Công nghệ tỉnh Sơn La)')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action((opts: { name: string; position?: string; unit?: string; dataDir?: string }) => {
    console.log(formatProfile(runProfileCreate(opts.dataDir ?? program.opts().dataDir, resourcesDirOf(appRoot()), opts)));
    console.log('Lưu ý / note: ngoài ứng dụng máy tính, khoá được lưu KHÔNG mã hoá (quyền 0600) / outside the desktop app the key is stored unencrypted (0600).');
  });
profile
  .command('show')
  .description('xem hồ sơ cán bộ / show the profile')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action((opts: { dataDir?: string }) => {
    console.log(formatProfile(runProfileShow(opts.dataDir ?? program.opts().dataDir, resourcesDirOf(appRoot()))));
  });
profile
  .command('export-key')
  .description('xuất khoá ký ra tệp để sao lưu / export the signing key to a backup file')
  .requiredOption('--out <file>', 'tệp sao lưu / backup file (không ghi đè / never overwritten)')
  .option('--passphrase-env <var>', 'biến môi trường chứa mật khẩu mã hoá tệp / environment variable holding a passphrase to encrypt it')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action((opts: { out: string; passphraseEnv?: string; dataDir?: string }) => {
    const passphrase = opts.passphraseEnv ? process.env[opts.passphraseEnv] : undefined;
    const file = runExportKey(opts.dataDir ?? program.opts().dataDir, resourcesDirOf(appRoot()), opts.out, passphrase);
    console.log(`Đã xuất khoá / key exported: ${file}${passphrase ? ' (mã hoá / encrypted)' : ' (KHÔNG mã hoá / NOT encrypted)'}`);
  });

program
  .command('report')
  .description('xuất báo cáo tổng hợp kết quả kiểm tra (XLSX, CSV, PDF, zip biên bản) / export the summary of check results (XLSX, CSV, PDF, or a zip of the signed minutes)')
  .requiredOption('--from <yyyy-mm-dd>', 'từ ngày kiểm tra / first check date')
  .requiredOption('--to <yyyy-mm-dd>', 'đến ngày kiểm tra / last check date')
  .requiredOption('--out <file>', 'tệp kết quả (CSV mọi chủ đề: một thư mục) / output file (CSV of every subject: a folder)')
  .option('--format <format>', 'xlsx | csv | pdf (báo cáo / the report) | zip (mọi biên bản đã ký / every signed minutes PDF)', 'xlsx')
  .option('--subject <subject>', `CSV: một chủ đề / one subject: ${reportSubjectsHelp()}`)
  .option('--commune <name>', 'chỉ một xã/phường / one commune or ward')
  .option('--kind <kind>', 'radiation | wastewater | combined | follow_up')
  .option('--team <name>', 'chỉ các cuộc có thành viên đoàn này / only checks with this team member')
  .option('--lang <lang>', 'vi | en', 'vi')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .action(async (opts: { from: string; to: string; out: string; format: string; subject?: string; commune?: string; kind?: string; team?: string; lang: string; dataDir?: string }) => {
    const files = await runReport(opts.dataDir ?? program.opts().dataDir, resourcesDirOf(appRoot()), opts);
    for (const f of files) console.log(f);
  });

program
  .command('minutes <inspection-id>')
  .description('in biên bản kiểm tra ra tệp PDF / write the inspection minutes as a PDF')
  .requiredOption('--out <file>', 'tệp PDF cần ghi / the PDF file to write')
  .option('--lang <lang>', 'ngôn ngữ vi | en / language vi | en', lang, 'vi')
  .action((inspectionId: string, opts: { out: string; lang: 'vi' | 'en'; dataDir?: string }) => {
    console.log(formatMinutes(runMinutes(opts.dataDir ?? program.opts().dataDir, resourcesDirOf(appRoot()), inspectionId, opts.out, opts.lang)));
  });

program
  .command('export')
  .description('xuất gói dữ liệu có chữ ký (.kiemtra) / export a signed bundle (.kiemtra)')
  .requiredOption('--out <file>', 'tệp gói / bundle file')
  .option('--all', 'mọi bản ghi, không chỉ thay đổi từ lần xuất trước / every record, not only changes since the last export')
  .option('--to <destination>', 'nơi nhận (đếm lần xuất theo nơi nhận) / destination (exports are counted per destination)')
  .option('--data-dir <dir>', 'thư mục dữ liệu / data folder')
  .addHelpText('after', '\nKý bằng khoá thiết bị của hồ sơ cán bộ (kiemtra profile create) / signed with the device key of the inspector profile (kiemtra profile create)')
  .action(async (opts: { out: string; all?: boolean; to?: string; dataDir?: string }) => {
    await runExport({ ...opts, dataDir: opts.dataDir ?? program.opts().dataDir, resourcesDir: resourcesDirOf(appRoot()), log: (l) => console.log(l) });
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
