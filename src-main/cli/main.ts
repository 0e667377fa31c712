import { Command, InvalidArgumentError } from 'commander';
import { KiemTraError } from '../../src-shared/api/errors';
import { appRoot, rendererDirOf, resourcesDirOf } from './app-root';
import { formatDoctor, runDoctor } from './commands/doctor';
import { reportSubjectsHelp, runReport } from './commands/report';
import { formatMinutes, runMinutes } from './commands/minutes';
import { formatSeed, runSeedDemo } from './commands/seed';
import { serve } from './commands/serve';

declare const __KIEMTRA_VERSION__: string;

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('cổng phải là số 0–65535 / port must be 0–65535');
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
  .command('report')
  .description('xuất báo cáo tổng hợp kết quả kiểm tra / export the summary of check results (XLSX or CSV)')
  .requiredOption('--from <yyyy-mm-dd>', 'từ ngày kiểm tra / first check date')
  .requiredOption('--to <yyyy-mm-dd>', 'đến ngày kiểm tra / last check date')
  .requiredOption('--out <file>', 'tệp kết quả (CSV mọi chủ đề: một thư mục) / output file (CSV of every subject: a folder)')
  .option('--format <format>', 'xlsx | csv', 'xlsx')
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

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof KiemTraError) {
    console.error(`kiemtra: ${err.vi}\nkiemtra: ${err.en}`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
